/** Runs `task` when the browser is idle (Safari has no requestIdleCallback: soon after, then). */
export function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
