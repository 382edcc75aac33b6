/**
 * Animation a device cannot keep smooth is worse than none. If chart transitions cause long tasks
 * (over 50 ms) twice during a visit, later state changes are instant. The reader's own choice (the
 * "Animate charts" toggle) is untouched: this only declines to animate on a struggling device.
 */
let animatingUntil = 0;
let strikes = 0;
let tooSlow = false;

export function noteTransition(durationMs: number): void {
  animatingUntil = performance.now() + durationMs;
}

export function animationIsAffordable(): boolean {
  return !tooSlow;
}

if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.startTime <= animatingUntil && ++strikes >= 2) tooSlow = true;
    }
  }).observe({ type: 'longtask' });
}
