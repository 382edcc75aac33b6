/**
 * Animation a device cannot keep smooth is worse than none. A long task (over 50 ms) while the
 * page loads, or during a chart transition, shows the device is struggling: from then on, state
 * changes are instant, and transitions already running jump to their end at once instead of
 * stuttering on. Deciding from the load means a slow device never pays for a first, janky
 * transition; long tasks at other times (the reader opening a popover, say) are not evidence.
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

/** When the page finished loading (its load event ended), or Infinity while it is still loading. */
function loadEndedAt(): number {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return navigation && navigation.loadEventEnd > 0 ? navigation.loadEventEnd : Infinity;
}

if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
  const observer = new PerformanceObserver((list) => {
    const loadEnd = loadEndedAt();
    if (!list.getEntries().some((entry) => entry.startTime < loadEnd || entry.startTime <= animatingUntil)) return;
    tooSlow = true;
    observer.disconnect();
    for (const finish of onTooSlow.splice(0)) finish();
  });
  // buffered: the long tasks of the load, which happened before this script ran.
  observer.observe({ type: 'longtask', buffered: true });
}
