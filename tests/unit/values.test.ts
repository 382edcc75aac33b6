import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { findSeriesPoint, formatSeriesValue } from '../../src/data/values';
import { readDataset } from '../../src/data/readDataset';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));

describe('formatSeriesValue', () => {
  it('writes a value as stored by default', () => {
    const { series, point } = findSeriesPoint(dataset, 'us-cn-arena-gap-ai-index', '2024-01');
    expect(formatSeriesValue(series, point)).toBe('9.26%');
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
