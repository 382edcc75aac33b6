/**
 * The adaptive motion rule: long frames (gaps between animation frames over 50 ms) while loading
 * or during a transition turn transitions off. Frames are made up: a fake requestAnimationFrame
 * is driven with chosen timestamps, as every engine would call it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countLongFrames, transitionMs } from '../../src/scrolly/client/frameBudget';

interface FakeDocument {
  readyState: DocumentReadyState;
  hide(): void;
}

let pending: FrameRequestCallback[] = [];
/** Runs the frame callbacks waiting, at time `at`; false when none was waiting (frames not watched). */
function frame(at: number): boolean {
  const callbacks = pending;
  pending = [];
  for (const callback of callbacks) callback(at);
  return callbacks.length > 0;
}
function frames(...times: number[]): void {
  for (const time of times) frame(time);
}

/** A fresh module on a page that is still loading (or has loaded), at performance.now() = 0. */
async function freshBudget(readyState: DocumentReadyState): Promise<{ budget: typeof import('../../src/scrolly/client/frameBudget'); page: FakeDocument }> {
  vi.resetModules();
  pending = [];
  const listeners: (() => void)[] = [];
  const page: FakeDocument = {
    readyState,
    hide: () => listeners.forEach((listener) => listener()),
  };
  vi.stubGlobal('document', { get readyState() { return page.readyState; }, addEventListener: (_type: string, listener: () => void) => listeners.push(listener) });
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => pending.push(callback));
  vi.spyOn(performance, 'now').mockReturnValue(0);
  return { budget: await import('../../src/scrolly/client/frameBudget'), page };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('countLongFrames', () => {
  it('counts the gaps between frames over 50 ms', () => {
    expect(countLongFrames([0, 16.7, 33.3, 50, 66.7])).toBe(0);
    expect(countLongFrames([0, 16.7, 83.4, 100, 170, 220])).toBe(2);
    expect(countLongFrames([0, 50])).toBe(0);
    expect(countLongFrames([])).toBe(0);
  });
});

describe('transitionMs: how long a change of state animates', () => {
  const smooth = { animate: true, enabled: true, chosen: false, affordable: true };
  it('animates a wanted change where motion is on and the device keeps up', () => {
    expect(transitionMs(650, smooth)).toBe(650);
  });
  it('never animates a jump, or with motion off (reduced motion, or the toggle off)', () => {
    expect(transitionMs(650, { ...smooth, animate: false })).toBe(0);
    expect(transitionMs(650, { ...smooth, enabled: false, chosen: false })).toBe(0);
  });
  it('stops by default on a struggling device, unless the reader switched animation on', () => {
    expect(transitionMs(650, { ...smooth, affordable: false })).toBe(0);
    expect(transitionMs(650, { ...smooth, affordable: false, chosen: true })).toBe(650);
  });
});

describe('frameBudget', () => {
  it('stops animating when the load has two long frames, and ends transitions in flight once', async () => {
    const { budget } = await freshBudget('loading');
    const finish = vi.fn();
    budget.whenAnimationUnaffordable(finish);
    frames(0, 16, 90);
    expect(budget.animationIsAffordable()).toBe(true); // one long frame is chance
    frames(106, 180);
    expect(budget.animationIsAffordable()).toBe(false);
    expect(finish).toHaveBeenCalledTimes(1);
    expect(frame(300)).toBe(false); // decided: no more frames watched
    expect(finish).toHaveBeenCalledTimes(1);
  });

  it('keeps animating after a smooth load, and stops watching frames once loaded', async () => {
    const { budget, page } = await freshBudget('loading');
    frames(0, 16, 33, 50);
    page.readyState = 'complete';
    frame(66);
    expect(frame(5_000)).toBe(false); // an idle page watches nothing
    expect(budget.animationIsAffordable()).toBe(true);
  });

  it('stops animating after two long frames during a transition', async () => {
    const { budget } = await freshBudget('complete');
    const finish = vi.fn();
    budget.whenAnimationUnaffordable(finish);
    expect(frame(0)).toBe(false);
    budget.noteTransition(650);
    frames(10, 27, 120, 137, 240);
    expect(budget.animationIsAffordable()).toBe(false);
    expect(finish).toHaveBeenCalledTimes(1);
  });

  it('does not count the time between transitions, or a smooth transition', async () => {
    const { budget } = await freshBudget('complete');
    budget.noteTransition(100);
    frames(10, 27, 44, 61, 78, 95, 112);
    expect(frame(129)).toBe(false); // the transition is over
    vi.mocked(performance.now).mockReturnValue(5_000);
    budget.noteTransition(100);
    frames(5_010, 5_027, 5_044, 5_061, 5_078, 5_095, 5_112, 5_129);
    vi.mocked(performance.now).mockReturnValue(9_000);
    budget.noteTransition(100);
    frames(9_010, 9_027, 9_044, 9_061, 9_078, 9_095, 9_112, 9_129);
    expect(budget.animationIsAffordable()).toBe(true);
  });

  it('does not count a gap across a time the page was hidden', async () => {
    const { budget, page } = await freshBudget('loading');
    frames(0, 16, 90); // one long frame
    page.hide();
    frames(3_000, 3_016, 3_033);
    expect(budget.animationIsAffordable()).toBe(true);
  });
});
