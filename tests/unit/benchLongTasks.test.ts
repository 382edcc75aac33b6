import { describe, expect, it } from 'vitest';
import { longTasksOf, medianLongTasks } from '../bench/longTasks';

describe('the long tasks of a scroll', () => {
  it('counts a blocking frame that holds no longtask entry: its long task was rendering', () => {
    const result = longTasksOf([
      { start: 100, duration: 60, frame: false },
      { start: 500, duration: 142, frame: true },
    ]);
    expect(result).toEqual({ count: 2, longestMs: 142, totalMs: 202 });
  });

  it('counts a task once when its frame blocked too', () => {
    const result = longTasksOf([
      { start: 90, duration: 80, frame: true },
      { start: 100, duration: 60, frame: false },
    ]);
    expect(result).toEqual({ count: 1, longestMs: 60, totalMs: 60 });
  });

  it('is zero for a smooth scroll', () => {
    expect(longTasksOf([])).toEqual({ count: 0, longestMs: 0, totalMs: 0 });
  });

  it('takes the median scroll by count, then by the longest, with the range of counts', () => {
    const median = medianLongTasks([
      { count: 2, longestMs: 70, totalMs: 130 },
      { count: 0, longestMs: 0, totalMs: 0 },
      { count: 1, longestMs: 52, totalMs: 52 },
    ]);
    expect(median).toEqual({ count: 1, longestMs: 52, totalMs: 52, runs: 3, countRange: [0, 2] });
  });
});
