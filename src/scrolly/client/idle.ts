/**
 * Runs `task` when the browser is idle, with the idle period's deadline (Safari has no
 * requestIdleCallback: soon after, then, and without a deadline).
 */
export function whenIdle(task: (deadline?: IdleDeadline) => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
