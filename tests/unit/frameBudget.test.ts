/** The adaptive motion rule: the first long task during a transition turns transitions off. */
import { afterEach, describe, expect, it, vi } from 'vitest';

type Entries = { startTime: number }[];
let deliver: (entries: Entries) => void = () => {};

class FakeObserver {
  static supportedEntryTypes = ['longtask'];
  constructor(callback: (list: { getEntries(): Entries }) => void) {
    deliver = (entries) => callback({ getEntries: () => entries });
  }
  observe() {}
  disconnect() {
    deliver = () => {};
  }
}

async function freshBudget() {
  vi.resetModules();
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return import('../../src/scrolly/client/frameBudget');
}

afterEach(() => vi.unstubAllGlobals());

describe('frameBudget', () => {
  it('ignores long tasks outside transitions', async () => {
    const budget = await freshBudget();
    const finish = vi.fn();
    budget.whenAnimationUnaffordable(finish);
    deliver([{ startTime: performance.now() + 10_000 }]);
    expect(budget.animationIsAffordable()).toBe(true);
    expect(finish).not.toHaveBeenCalled();
  });

  it('stops animating after a long task during a transition, and ends transitions in flight once', async () => {
    const budget = await freshBudget();
    const finish = vi.fn();
    budget.whenAnimationUnaffordable(finish);
    budget.noteTransition(650);
    deliver([{ startTime: performance.now() }]);
    expect(budget.animationIsAffordable()).toBe(false);
    expect(finish).toHaveBeenCalledTimes(1);
    deliver([{ startTime: performance.now() }]);
    expect(finish).toHaveBeenCalledTimes(1);
  });
});
