/**
 * Animation a device cannot keep smooth is worse than none. The first long task (over 50 ms)
 * during a chart transition shows the device is struggling: from then on, state changes are
 * instant, and transitions already running jump to their end at once instead of stuttering on.
 * A reader who switches "Animate charts" on themselves keeps animation (ScrollySequence.show);
 * turning it off always wins. This only declines to animate by default where animating costs the
 * reader smooth scrolling.
 */
let animatingUntil = 0;
let tooSlow = false;
const onTooSlow: (() => void)[] = [];

export function noteTransition(durationMs: number): void {
  animatingUntil = Math.max(animatingUntil, performance.now() + durationMs);
}

export function animationIsAffordable(): boolean {
  return !tooSlow;
}

/** Runs `finish` once, when transitions stop being affordable (to end those in flight). */
export function whenAnimationUnaffordable(finish: () => void): void {
  onTooSlow.push(finish);
}

if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntries().some((entry) => entry.startTime <= animatingUntil)) return;
    tooSlow = true;
    observer.disconnect();
    for (const finish of onTooSlow.splice(0)) finish();
  });
  observer.observe({ type: 'longtask' });
}
