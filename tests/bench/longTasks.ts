/** What the bench makes of the long tasks of a scroll (run.ts gathers them in the page). */

export interface LongTasks {
  count: number;
  longestMs: number;
  totalMs: number;
}

/** The median scroll (by count of long tasks, then by the longest), and the range of counts over all of them. */
export interface MedianLongTasks extends LongTasks {
  runs: number;
  countRange: [number, number];
}

export function medianLongTasks(runs: LongTasks[]): MedianLongTasks {
  const sorted = [...runs].sort((a, b) => a.count - b.count || a.longestMs - b.longestMs);
  const counts = runs.map((run) => run.count);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)]!, runs: runs.length, countRange: [Math.min(...counts), Math.max(...counts)] };
}

/** A longtask entry, or a long animation frame that blocked (`frame`). */
export interface LongEntry {
  start: number;
  duration: number;
  frame: boolean;
}

/**
 * The long tasks in a scroll: every longtask entry, and every blocking frame that holds none of
 * them (its long task was rendering, which longtask entries leave out). A frame's duration
 * includes its rendering, so it stands for the task it holds.
 */
export function longTasksOf(entries: LongEntry[]): LongTasks {
  const tasks = entries.filter((entry) => !entry.frame);
  const overlaps = (frame: LongEntry) => tasks.some((task) => task.start < frame.start + frame.duration && frame.start < task.start + task.duration);
  const counted = [...tasks, ...entries.filter((entry) => entry.frame && !overlaps(entry))];
  return {
    count: counted.length,
    longestMs: Math.round(Math.max(0, ...counted.map((task) => task.duration))),
    totalMs: Math.round(counted.reduce((sum, task) => sum + task.duration, 0)),
  };
}
