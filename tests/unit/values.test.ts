import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { formatDate, formatDateShort, formatDateShortWithoutYear } from '../../src/i18n/format';
import { quoteValue } from '../../src/data/values';
import { writeValue } from '../../src/i18n/values';
import { defaultWords } from '../../src/i18n/words';
import { readDataset } from '../../src/data/readDataset';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));

const write = (series: string, at: string, digits?: number) => writeValue(quoteValue(dataset, { series, at, digits }), defaultWords);

describe('writeValue', () => {
  it('writes a value as stored by default', () => {
    // Stored as 8.0, which YAML reads as the number 8: without `digits` the ".0" is lost.
    expect(write('open-closed-arena-gap-ai-index', '2024-01').text).toBe('8%');
  });

  it('rounds to fixed decimals when asked, as a source rounds ("9.3%", "8.0%", "1.7%")', () => {
    const at = (id: string, date: string) => write(id, date, 1).text;
    expect(at('us-cn-arena-gap-ai-index', '2024-01')).toBe('9.3%');
    expect(at('open-closed-arena-gap-ai-index', '2024-01')).toBe('8.0%');
    expect(at('us-cn-arena-gap-ai-index', '2025-02')).toBe('1.7%');
  });
});

describe('dates at their precision', () => {
  it('keep the precision the source gives, long, short, and short without the year where it is said beside them', () => {
    expect(['2024', '2024-07', '2024-07-09'].map(formatDate)).toEqual(['2024', 'July 2024', '9 July 2024']);
    expect(['2024', '2024-07', '2024-07-09'].map(formatDateShort)).toEqual(['2024', 'Jul 2024', '9 Jul 2024']);
    expect(['2024', '2024-07', '2024-07-09'].map(formatDateShortWithoutYear)).toEqual(['2024', 'Jul', '9 Jul']);
  });
});

describe('a quoted figure in words', () => {
  const series = (unit: string, value: number, extra: Record<string, unknown> = {}) =>
    ({ from: 'series', value, unit, bare: false, label: 'A measure', estimate: false, asOf: '2025-06', ...extra }) as Parameters<typeof writeValue>[0];
  const text = (quoted: Parameters<typeof writeValue>[0]) => writeValue(quoted, defaultWords).text;

  it('writes each unit from the dictionary, a month in the singular', () => {
    expect(text(series('usd-billions', 4.5))).toBe('$4.5 billion');
    expect(text(series('rmb-billions', 344))).toBe('RMB 344 billion');
    expect(text(series('percentage-points', 2.5))).toBe('2.5 percentage points');
    expect(text(series('months', 1))).toBe('1 month');
    expect(text(series('months', 7))).toBe('7 months');
    expect(text(series('flop', 3.4e24))).toBe('3.4 × 10²⁴');
    expect(text(series('count', 12345))).toBe('12,345');
  });

  it('drops the unit of a bare figure but keeps a percentage and a power of ten whole', () => {
    expect(text(series('usd-billions', 4.5, { bare: true }))).toBe('4.5');
    expect(text(series('percent', 47, { bare: true }))).toBe('47%');
    expect(text(series('flop', 3.4e24, { bare: true }))).toBe('3.4 × 10²⁴');
  });

  it('words a floor as its source does, except where bare', () => {
    expect(text(series('count', 90000, { floor: 'more than' }))).toBe('more than 90,000');
    expect(text(series('count', 17, { floor: 'at least' }))).toBe('at least 17');
    expect(text(series('count', 17, { floor: 'at least', bare: true }))).toBe('17');
  });

  it('names the measure, an estimate and the date it describes in the hover text', () => {
    expect(writeValue(series('count', 1), defaultWords).title).toBe('A measure, as of June 2025');
    expect(writeValue(series('count', 1, { estimate: true, asOf: '2024' }), defaultWords).title).toBe('A measure (estimate), as of 2024');
  });

  it('writes a record field with its unit, or bare', () => {
    expect(writeValue(quoteValue(dataset, { record: 'chips:nvidia-h100', field: 'memoryBandwidthTBs' }), defaultWords).text).toMatch(/^[\d.]+ TB\/s$/);
    expect(writeValue({ from: 'record', value: 3.4e24, unit: 'flop', bare: false }, defaultWords).text).toBe('3.4 × 10²⁴ FLOP');
    expect(writeValue({ from: 'record', value: 814, unit: 'square-millimetres', bare: true }, defaultWords).text).toBe('814');
  });
});
