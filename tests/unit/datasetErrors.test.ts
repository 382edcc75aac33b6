/**
 * Bad data must stop the build with a message naming the file, the record and the field. Each
 * case feeds one malformed record through the same validator the content loader uses.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem, validateDataset, type RawDataFile } from '../../src/data/validate';
import type { CollectionName } from '../../src/data/schema';

const source = {
  id: 'good-source',
  title: 'A report',
  publisher: 'A publisher',
  url: 'https://example.org/report',
  published: '2024-05',
  accessed: '2026-11-29',
  kind: 'research',
};
const model = {
  id: 'qwen-test',
  name: 'Qwen Test',
  organisation: 'Alibaba',
  country: 'CN',
  family: 'Qwen',
  released: '2024-09-19',
  access: 'open-weights',
  licence: 'Apache 2.0',
  licenceKind: 'permissive',
  sources: ['good-source'],
  confidence: 'verified',
};
const event = {
  id: 'an-event',
  date: '2022-10-07',
  country: 'US',
  actor: 'BIS',
  kind: 'export-control',
  title: 'A rule',
  summary: 'A one-line summary.',
  sources: ['good-source'],
  confidence: 'verified',
};
const series = {
  id: 'a-series',
  kind: 'time',
  label: 'A count',
  unit: 'count',
  asOf: '2025-06',
  estimate: false,
  measure: 'Things counted on a date.',
  points: [{ date: '2024', value: 3 }],
  sources: ['good-source'],
  confidence: 'verified',
};
const chip = {
  id: 'a-chip',
  name: 'Chip',
  vendor: 'Maker',
  country: 'US',
  released: '2023',
  tflopsDense: 100,
  market: 'global',
  coveredBy: [],
  estimate: false,
  sources: ['good-source'],
  confidence: 'verified',
};

function file(collection: CollectionName, records: unknown[], name = 'test.yaml'): RawDataFile {
  return { path: `content/data/${collection}/${name}`, collection, text: stringify(records) };
}

/** Validates the good baseline plus the given files and returns the formatted messages. */
function problemsWith(...files: RawDataFile[]): string[] {
  const baseline = [file('sources', [source], 'base.yaml')];
  return validateDataset([...baseline, ...files]).problems.map(formatProblem);
}

describe('malformed records stop the build with file, record and field', () => {
  it('accepts the well-formed baseline', () => {
    expect(problemsWith(file('models', [model]), file('events', [event]), file('series', [series]), file('chips', [chip]))).toEqual([]);
  });

  it('a record without sources', () => {
    const { sources: _omit, ...noSources } = model;
    expect(problemsWith(file('models', [noSources]))).toEqual([
      'content/data/models/test.yaml › record "qwen-test" › field "sources": needs a list of source ids',
    ]);
  });

  it('an empty source list', () => {
    expect(problemsWith(file('models', [{ ...model, sources: [] }]))).toEqual([
      'content/data/models/test.yaml › record "qwen-test" › field "sources": must cite at least one source',
    ]);
  });

  it('a source id the sources collection does not hold', () => {
    expect(problemsWith(file('events', [{ ...event, sources: ['good-source', 'no-such-source'] }]))).toEqual([
      'content/data/events/test.yaml › record "an-event" › field "sources[1]": cites source "no-such-source", which the sources collection does not hold',
    ]);
  });

  it('a duplicate id across two files', () => {
    expect(problemsWith(file('models', [model], 'a.yaml'), file('models', [model], 'b.yaml'))).toEqual([
      'content/data/models/b.yaml › record "qwen-test" › field "id": duplicate id in models: already used in content/data/models/a.yaml',
    ]);
  });

  it('a second record for the same source (same address and title) under another id', () => {
    expect(problemsWith(file('sources', [{ ...source, id: 'same-report-again', title: 'A Report ' }]))).toEqual([
      'content/data/sources/test.yaml › record "same-report-again" › field "url": same source as "good-source" (content/data/sources/base.yaml): cite that record instead',
    ]);
    // Two editions of a tracker at one address are two sources.
    expect(problemsWith(file('sources', [{ ...source, id: 'report-2020', title: 'A report (2020 edition)' }]))).toEqual([]);
  });

  it('a date that does not exist', () => {
    expect(problemsWith(file('events', [{ ...event, date: '2023-02-30' }]))).toEqual([
      'content/data/events/test.yaml › record "an-event" › field "date": must be a real date written 2024, 2024-07 or 2024-07-09',
    ]);
  });

  it('a date in the wrong format', () => {
    expect(problemsWith(file('events', [{ ...event, date: '07/10/2022' }]))).toEqual([
      'content/data/events/test.yaml › record "an-event" › field "date": must be a real date written 2024, 2024-07 or 2024-07-09',
    ]);
  });

  it('a negative value', () => {
    expect(problemsWith(file('series', [{ ...series, points: [{ date: '2024', value: -3 }] }]))).toEqual([
      'content/data/series/test.yaml › record "a-series" › field "points[0].value": value must not be negative',
    ]);
  });

  it('a value that is not a number', () => {
    expect(problemsWith(file('chips', [{ ...chip, tflopsDense: '312 TFLOPS' }]))).toEqual([
      'content/data/chips/test.yaml › record "a-chip" › field "tflopsDense": tflopsDense must be a number',
    ]);
  });

  it('an unknown country code', () => {
    expect(problemsWith(file('models', [{ ...model, country: 'UK' }]))).toEqual([
      `content/data/models/test.yaml › record "qwen-test" › field "country": "UK" is not a known country or bloc code (US, CN, TW, EU, GB, FR, DE, IT, KR, JP, IN, CA, AU, IL, IR, RU, AE, SG, INT)`,
    ]);
  });

  it('a url that is not a url', () => {
    expect(problemsWith(file('sources', [{ ...source, id: 'bad-url', url: 'www.example.org/report' }]))).toEqual([
      'content/data/sources/test.yaml › record "bad-url" › field "url": must be a full http(s) URL',
    ]);
  });

  it('a series without an "as of" date', () => {
    const { asOf: _omit, ...noAsOf } = series;
    expect(problemsWith(file('series', [noAsOf]))).toEqual([
      'content/data/series/test.yaml › record "a-series" › field "asOf": needs a date like 2024-07-09',
    ]);
  });

  it('an empty title', () => {
    expect(problemsWith(file('events', [{ ...event, title: '   ' }]))).toEqual([
      'content/data/events/test.yaml › record "an-event" › field "title": a title must not be empty',
    ]);
  });

  it('an open-weights model without a licence', () => {
    const { licence: _omit, ...noLicence } = model;
    expect(problemsWith(file('models', [noLicence]))).toEqual([
      'content/data/models/test.yaml › record "qwen-test" › field "licence": an open-weights model must name its licence',
    ]);
  });

  it('a recalled figure without a review note', () => {
    expect(problemsWith(file('events', [{ ...event, confidence: 'recalled' }]))).toEqual([
      'content/data/events/test.yaml › record "an-event" › field "review": a recalled figure must say what to review (field "review")',
    ]);
  });

  it('a misspelt field', () => {
    expect(problemsWith(file('events', [{ ...event, sumary: 'typo' }]))).toEqual([
      'content/data/events/test.yaml › record "an-event": Unrecognized key: "sumary"',
    ]);
  });

  it('a chip covered by something that is not an export rule', () => {
    expect(problemsWith(file('chips', [{ ...chip, coveredBy: ['not-a-rule'] }]))).toEqual([
      'content/data/chips/test.yaml › record "a-chip" › field "coveredBy[0]": "not-a-rule" is not an export-control event',
    ]);
  });

  it('a percentage above 100', () => {
    expect(problemsWith(file('series', [{ ...series, unit: 'percent', points: [{ date: '2024', value: 140 }] }]))).toEqual([
      'content/data/series/test.yaml › record "a-series" › field "points[0].value": a percentage cannot exceed 100',
    ]);
  });

  it('a file that is not valid YAML', () => {
    const broken: RawDataFile = { path: 'content/data/events/broken.yaml', collection: 'events', text: '- id: x\n  title: [unclosed' };
    const [message] = problemsWith(broken);
    expect(message).toMatch(/^content\/data\/events\/broken\.yaml: cannot be read: /);
  });

  it('a record without an id is named by its position', () => {
    const { id: _omit, ...noId } = event;
    expect(problemsWith(file('events', [event, noId]))).toEqual(['content/data/events/test.yaml › record "#2 (no id)" › field "id": needs an id']);
  });

  it('reports every problem at once, not only the first', () => {
    expect(problemsWith(file('models', [{ ...model, country: 'XX', released: 'soon' }]))).toHaveLength(2);
  });
});

describe('a record that rests only on copies says so (restsOnCopy), and only then', () => {
  const copy = { ...source, id: 'a-copy', url: 'https://example.org/repost', copyOf: 'A wire report of 2025-05-12' };
  const otherCopy = { ...source, id: 'another-copy', url: 'https://example.org/relay', copyOf: "The maker's figure; no original named" };
  const withCopies = (...files: RawDataFile[]) => problemsWith(file('sources', [copy, otherCopy], 'copies.yaml'), ...files);

  it('accepts a record on copies that carries the mark, and one with an original that does not', () => {
    expect(withCopies(file('events', [{ ...event, sources: ['a-copy', 'another-copy'], restsOnCopy: true }]))).toEqual([]);
    expect(withCopies(file('events', [{ ...event, sources: ['a-copy', 'good-source'] }]))).toEqual([]);
  });

  it('a record whose every source is a copy, without the mark', () => {
    expect(withCopies(file('models', [{ ...model, sources: ['a-copy', 'another-copy'] }]))).toEqual([
      'content/data/models/test.yaml › record "qwen-test" › field "restsOnCopy": every source it cites is a copy (copyOf on "a-copy", "another-copy"): add restsOnCopy: true',
    ]);
    expect(withCopies(file('chips', [{ ...chip, sources: ['a-copy'] }]))[0]).toMatch(/record "a-chip" › field "restsOnCopy": every source it cites is a copy/);
    expect(withCopies(file('series', [{ ...series, sources: ['a-copy'] }]))[0]).toMatch(/record "a-series" › field "restsOnCopy": every source it cites is a copy/);
  });

  it('a record marked as resting on copies while one of its sources is not a copy', () => {
    expect(withCopies(file('events', [{ ...event, sources: ['a-copy', 'good-source'], restsOnCopy: true }]))).toEqual([
      'content/data/events/test.yaml › record "an-event" › field "restsOnCopy": restsOnCopy is true, but "good-source" is not a copy (no copyOf): remove restsOnCopy, or mark the source',
    ]);
  });

  it('a series point with its own sources, all copies, carries its own mark', () => {
    const points = [{ date: '2024', value: 3, sources: ['a-copy'] }];
    expect(withCopies(file('series', [{ ...series, points }]))).toEqual([
      'content/data/series/test.yaml › record "a-series" › field "points[0].restsOnCopy": every source it cites is a copy (copyOf on "a-copy"): add restsOnCopy: true',
    ]);
    expect(withCopies(file('series', [{ ...series, points: [{ ...points[0], restsOnCopy: true }] }]))).toEqual([]);
    expect(withCopies(file('series', [{ ...series, points: [{ date: '2024', value: 3, sources: ['good-source'], restsOnCopy: true }] }]))[0]).toMatch(
      /field "points\[0\]\.restsOnCopy": restsOnCopy is true, but "good-source" is not a copy/,
    );
  });

  it('a point without sources of its own cannot carry the mark (the series carries it)', () => {
    expect(withCopies(file('series', [{ ...series, points: [{ date: '2024', value: 3, restsOnCopy: true }] }]))).toEqual([
      'content/data/series/test.yaml › record "a-series" › field "points[0].restsOnCopy": only a point that cites its own sources carries restsOnCopy (the series carries it for the rest)',
    ]);
  });

  it('the mark is true or absent', () => {
    expect(withCopies(file('events', [{ ...event, restsOnCopy: false }]))).toEqual([
      'content/data/events/test.yaml › record "an-event" › field "restsOnCopy": restsOnCopy is either true or left out',
    ]);
  });
});
