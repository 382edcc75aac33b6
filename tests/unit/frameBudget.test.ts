/** The adaptive motion rule: a long task while loading or during a transition turns transitions off. */
import { afterEach, describe, expect, it, vi } from 'vitest';

type Entries = { startTime: number }[];
let deliver: (entries: Entries) => void = () => {};
let observedWith: { type: string; buffered?: boolean } | undefined;

class FakeObserver {
  static supportedEntryTypes = ['longtask'];
  constructor(callback: (list: { getEntries(): Entries }) => void) {
    deliver = (entries) => callback({ getEntries: () => entries });
  }
  observe(options: { type: string; buffered?: boolean }) {
    observedWith = options;
  }
  disconnect() {
    deliver = () => {};
  }
}

/** A fresh module, on a page whose load event ended at `loadEnd` (undefined: still loading). */
async function freshBudget(loadEnd?: number) {
  vi.resetModules();
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  vi.spyOn(performance, 'getEntriesByType').mockImplementation((type: string) =>
    type === 'navigation' && loadEnd !== undefined ? ([{ loadEventEnd: loadEnd }] as unknown as PerformanceEntryList) : [],
  );
  return import('../../src/scrolly/client/frameBudget');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('frameBudget', () => {
  it('ignores long tasks after the load and outside transitions', async () => {
    const budget = await freshBudget(1);
    const finish = vi.fn();
    budget.whenAnimationUnaffordable(finish);
    deliver([{ startTime: performance.now() + 10_000 }]);
    expect(budget.animationIsAffordable()).toBe(true);
    expect(finish).not.toHaveBeenCalled();
  });

  it('stops animating after a long task during a transition, and ends transitions in flight once', async () => {
    const budget = await freshBudget(1);
    const finish = vi.fn();
    budget.whenAnimationUnaffordable(finish);
    budget.noteTransition(650);
    deliver([{ startTime: performance.now() }]);
    expect(budget.animationIsAffordable()).toBe(false);
    expect(finish).toHaveBeenCalledTimes(1);
    deliver([{ startTime: performance.now() }]);
    expect(finish).toHaveBeenCalledTimes(1);
  });

  it('stops animating before the first transition when the load had a long task (read from the buffer)', async () => {
    const budget = await freshBudget(5_000);
    expect(observedWith).toEqual({ type: 'longtask', buffered: true });
    deliver([{ startTime: 1_200 }]);
    expect(budget.animationIsAffordable()).toBe(false);
  });

  it('counts a long task while the page is still loading', async () => {
    const budget = await freshBudget(undefined);
    deliver([{ startTime: performance.now() + 10_000 }]);
    expect(budget.animationIsAffordable()).toBe(false);
  });
});
