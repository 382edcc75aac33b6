import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { formatDate, formatDateShort, formatDateShortWithoutYear } from '../../src/data/format';
import { findSeriesPoint, formatSeriesValue } from '../../src/data/values';
import { readDataset } from '../../src/data/readDataset';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));

describe('formatSeriesValue', () => {
  it('writes a value as stored by default', () => {
    const { series, point } = findSeriesPoint(dataset, 'open-closed-arena-gap-ai-index', '2024-01');
    // Stored as 8.0, which YAML reads as the number 8: without `digits` the ".0" is lost.
    expect(formatSeriesValue(series, point)).toBe('8%');
  });

  it('rounds to fixed decimals when asked, as a source rounds ("9.3%", "8.0%", "1.7%")', () => {
    const at = (id: string, date: string) => {
      const { series, point } = findSeriesPoint(dataset, id, date);
      return formatSeriesValue(series, point, { digits: 1 });
    };
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
