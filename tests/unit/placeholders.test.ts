/**
 * Figures in glossary definitions come from the dataset through {{value ...}} placeholders,
 * written with the writer <Value> uses (src/i18n/values.ts); a placeholder that names nothing stops
 * the build with the glossary term and the field.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem, validateDataset, type RawDataFile } from '../../src/data/validate';
import { quoteValue } from '../../src/data/values';
import type { CollectionName, Dataset } from '../../src/data/schema';
import { writeValue, writeValuePlaceholders, writtenGlossary } from '../../src/i18n/values';
import { defaultWords } from '../../src/i18n/words';

const cite = { sources: ['a-source'], confidence: 'verified' };
const files: RawDataFile[] = [
  { collection: 'sources', records: [{ id: 'a-source', title: 'A report', publisher: 'A publisher', url: 'https://example.org/r', published: '2024', accessed: '2026-11-29', kind: 'research' }] },
  {
    collection: 'series',
    records: [
      { id: 'derivatives', kind: 'time', label: 'Derivatives', unit: 'count', asOf: '2025-02', estimate: false, measure: 'Models counted.', points: [{ date: '2025-02', value: 90000, floor: true }], ...cite },
      { id: 'charge', kind: 'time', label: 'Charge', unit: 'usd-billions', asOf: '2025-05', estimate: false, measure: 'A charge.', points: [{ date: '2025-04-15', value: 5.5 }, { date: '2025-05-28', value: 4.5 }], ...cite },
      {
        id: 'shares',
        kind: 'category',
        label: 'Shares',
        unit: 'percent',
        asOf: '2024',
        estimate: false,
        measure: 'Shares.',
        points: [{ category: '2024', group: 'cn', value: 47 }, { category: '2024', group: 'us', value: 18 }],
        ...cite,
      },
    ],
  },
  {
    collection: 'chips',
    records: [{ id: 'nvidia-h100', name: 'H100', vendor: 'Nvidia', country: 'US', released: '2022', tflopsDense: 989, market: 'global', coveredBy: [], estimate: false, ...cite }],
  },
].map(({ collection, records }) => ({ path: `content/data/${collection}/test.yaml`, collection: collection as CollectionName, text: stringify(records) }));

const term = (short: string, long?: string) => ({ id: 'a-term', term: 'A term', short, ...(long ? { long } : {}) });
const glossaryFile = (...terms: unknown[]): RawDataFile => ({ path: 'content/data/glossary/terms.yaml', collection: 'glossary', text: stringify(terms) });
const { dataset } = validateDataset(files);
const writeFigures = (text: string, data: Dataset) => writeValuePlaceholders(text, data, defaultWords);

describe('{{value ...}} placeholders in dataset text', () => {
  it('resolve a series point as <Value> writes it: unit, floor, group, bare, digits', () => {
    expect(writeFigures('Over {{value series="derivatives" at="2025-02"}} models.', dataset)).toBe('Over more than 90,000 models.');
    expect(writeFigures('A charge of {{value series="charge" at="2025-05-28"}}.', dataset)).toBe('A charge of $4.5 billion.');
    expect(writeFigures('{{value series="charge" at="2025-04-15" bare="true"}} billion', dataset)).toBe('5.5 billion');
    expect(writeFigures('{{value series="shares" at="2024" group="cn"}} against {{value series="shares" at="2024" group="us"}}', dataset)).toBe('47% against 18%');
    expect(writeFigures('{{value series="charge" at="2025-05-28" digits="2"}}', dataset)).toBe('$4.50 billion');
    // The same text as the chapter component.
    expect(writeFigures('{{value series="charge" at="2025-05-28"}}', dataset)).toBe(writeValue(quoteValue(dataset, { series: 'charge', at: '2025-05-28' }), defaultWords).text);
  });

  it('resolve a field of a record', () => {
    expect(writeFigures('{{value record="chips:nvidia-h100" field="tflopsDense"}}', dataset)).toBe('989 TFLOPS');
    expect(writeFigures('{{ value record="chips:nvidia-h100" field="tflopsDense" bare="true" }}', dataset)).toBe('989');
  });

  it('leave text without placeholders as it is', () => {
    expect(writeFigures('Plain words; {braces} stay.', dataset)).toBe('Plain words; {braces} stay.');
  });

  it('refuse what names nothing, or is written wrong', () => {
    const fails = (text: string, message: RegExp) => expect(() => writeFigures(text, dataset as Dataset)).toThrow(message);
    fails('{{value series="no-such" at="2024"}}', /\{\{value series="no-such" at="2024"\}\}: no series "no-such"/);
    fails('{{value series="charge" at="2026"}}', /series "charge" has no point "2026"; it has: 2025-04-15, 2025-05-28/);
    fails('{{value series="shares" at="2024"}}', /several points "2024": name a group/);
    fails('{{value record="chips:nvidia-h999" field="tflopsDense"}}', /no chips record "nvidia-h999"/);
    fails('{{value record="chips:nvidia-h100" field="price"}}', /has no number in field "price"/);
    fails('{{value series="charge"}}', /needs at=/);
    fails('{{value series="charge" at="2025-04-15" unit="usd"}}', /unknown attribute unit="usd"/);
    fails('{{value series="charge" at="2025-04-15" bare="yes"}}', /bare="yes" must be "true" or "false"/);
    fails('{{value series="charge" at="2025-04-15"}', /is not a placeholder like/);
    fails('{{series="charge" at="2025-04-15"}}', /is not a placeholder like/);
  });
});

describe('glossary definitions with placeholders', () => {
  it('are checked when the dataset is read, kept there, and written in the reader’s language by the pages', () => {
    const { dataset: read, problems } = validateDataset([...files, glossaryFile(term('A charge of {{value series="charge" at="2025-05-28"}}.', 'Expected: {{value series="charge" at="2025-04-15"}}.'))]);
    expect(problems).toEqual([]);
    expect(read.glossary[0]).toMatchObject({ short: 'A charge of {{value series="charge" at="2025-05-28"}}.' });
    expect(writtenGlossary(read, defaultWords)[0]).toMatchObject({ short: 'A charge of $4.5 billion.', long: 'Expected: $5.5 billion.' });
  });

  it('stop the build naming the term and the field when a placeholder names nothing', () => {
    const { problems } = validateDataset([...files, glossaryFile(term('Fine.', 'A charge of {{value series="charge" at="2024"}}.'))]);
    expect(problems.map(formatProblem)).toEqual([
      'content/data/glossary/terms.yaml › record "a-term" › field "long": {{value series="charge" at="2024"}}: series "charge" has no point "2024"; it has: 2025-04-15, 2025-05-28',
    ]);
  });
});
