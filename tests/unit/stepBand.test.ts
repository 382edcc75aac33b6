/**
 * The band at the trigger line (src/scrolly/client/stepBand.ts), with a stand-in IntersectionObserver
 * driven by hand: the active step is the last one whose top has passed the line, from crossings
 * alone while the page scrolls, and from a full reading once it settles.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StepBand, type Reading } from '../../src/scrolly/client/stepBand';

const SCREEN = 1000;

class FakeObserver {
  static last: FakeObserver;
  observed = new Set<object>();
  /** Targets observed since the last report: the browser reports each of them at the next one, wherever it is. */
  fresh = new Set<object>();
  queued: IntersectionObserverEntry[] = [];
  constructor(
    readonly callback: (entries: IntersectionObserverEntry[]) => void,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
  }
  /** Observing a target already observed does nothing (as in the browser). */
  observe(target: object) {
    if (this.observed.has(target)) return;
    this.observed.add(target);
    this.fresh.add(target);
  }
  unobserve(target: object) {
    this.observed.delete(target);
    this.fresh.delete(target);
  }
  disconnect() {
    this.observed.clear();
    this.fresh.clear();
  }
  /** The task the browser had already queued for these reports runs. */
  deliverQueued() {
    const entries = this.takeRecords();
    if (entries.length > 0) this.callback(entries);
  }
  takeRecords() {
    return this.queued.splice(0);
  }
  /** The browser reports these steps, with their tops, against a line at `line` px. */
  report(tops: Map<object, number>, line: number) {
    this.fresh.clear();
    this.callback([...tops].map(([target, top]) => ({ target, boundingClientRect: { top }, rootBounds: { top: line } }) as unknown as IntersectionObserverEntry));
  }
}

const steps = [{}, {}, {}, {}] as HTMLElement[];
let reports: [number, Reading][];
let band: StepBand;

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('window', { innerHeight: SCREEN });
  vi.stubGlobal('document', { nodeType: 9 });
  reports = [];
  band = new StepBand(steps, (index, reading) => reports.push([index, reading]));
});
afterEach(() => vi.unstubAllGlobals());

const at = (...tops: number[]) => new Map(tops.map((top, index) => [steps[index]!, top]));

describe('StepBand', () => {
  it('puts a 0-height band at the trigger line: 55% down on a wide screen, 75% on a phone', () => {
    band.start(false, 'quiet');
    expect(FakeObserver.last.options.rootMargin).toBe('-55% 0px -45% 0px');
    expect(FakeObserver.last.options.root, 'the document, so that the band holds in a frame from another site too').toBe(document);
    band.start(true, 'quiet');
    expect(FakeObserver.last.options.rootMargin).toBe('-75% 0px -25% 0px');
    expect(FakeObserver.last.fresh.size).toBe(steps.length);
  });

  it('reads every step at the start, then follows crossings, each reporting only the step that crossed', () => {
    band.start(false, 'quiet');
    FakeObserver.last.report(at(300, 900, 1500, 2100), 550);
    FakeObserver.last.report(new Map([[steps[1]!, 540]]), 550);
    FakeObserver.last.report(new Map([[steps[1]!, 560]]), 550);
    expect(reports).toEqual([[0, 'quiet'], [1, 'crossing'], [0, 'crossing']]);
  });

  it('catches a jump that carried steps across the line without a crossing, at the reading asked for once the page settles', () => {
    band.start(false, 'quiet');
    FakeObserver.last.report(at(300, 900, 1500, 2100), 550);
    // The End key: every step jumps above the line within one frame, so none is reported...
    band.read('settled');
    expect(FakeObserver.last.fresh.size, 'steps the next report names, wherever they are').toBe(steps.length);
    FakeObserver.last.report(at(-3000, -2400, -1800, -1200), 550);
    expect(reports.at(-1)).toEqual([3, 'settled']);
  });

  it('keeps the steps in page order when one skips the line unreported (a fast fling, a scrollbar drag), so the next crossing names the right step', () => {
    band.start(false, 'quiet');
    FakeObserver.last.report(at(300, 900, 1500, 2100), 550);
    // One frame moves the page 1,300 px: step 1 passes the line unreported, step 2 crosses it.
    FakeObserver.last.report(new Map([[steps[2]!, 200]]), 550);
    expect(reports.at(-1)).toEqual([2, 'crossing']);
    // And back up: step 2 goes below the line; step 1, last seen above it, must count as below too.
    FakeObserver.last.report(new Map([[steps[0]!, 560]]), 550);
    expect(reports.at(-1)).toEqual([-1, 'crossing']);
  });

  it('answers a reading with the full report, not with reports already queued before it', () => {
    band.start(false, 'quiet');
    FakeObserver.last.report(at(300, 900, 1500, 2100), 550);
    FakeObserver.last.queued.push({ target: steps[1]!, boundingClientRect: { top: 500 }, rootBounds: { top: 550 } } as unknown as IntersectionObserverEntry);
    band.read('settled');
    FakeObserver.last.deliverQueued();
    expect(reports, 'a report of one step taken for the reading').toHaveLength(1);
    FakeObserver.last.report(at(-100, 500, 1100, 1700), 550);
    expect(reports.at(-1)).toEqual([1, 'settled']);
  });

  it('keeps a reading asked for after the page settled from being taken for a quiet one', () => {
    band.start(false, 'quiet');
    FakeObserver.last.report(at(300, 900, 1500, 2100), 550);
    band.read('settled');
    band.read('quiet'); // a resize while it is on its way
    FakeObserver.last.report(at(300, 900, 1500, 2100), 550);
    expect(reports.at(-1)).toEqual([0, 'settled']);
    band.read('settled');
    band.forgetReading(); // a navigation began: this reading is no answer to it
    FakeObserver.last.report(at(300, 900, 1500, 2100), 550);
    expect(reports.at(-1)).toEqual([0, 'crossing']);
  });
});
