/**
 * The one source of the active step: an IntersectionObserver whose root is a 0-height band at the
 * trigger line (as The Pudding's Scrolly.svelte does), so it reports each step crossing the line.
 * A jump can carry a step across within one frame (End key, scrollbar, resize): no crossing, so
 * the controller asks for a full reading (`read`) once the page settles. Boxes come from the
 * browser's own rendering pass, in a task of their own: nothing here forces a layout.
 */
import { activeStepIndex, triggerOffset } from './activeStep';

export type Reading = 'crossing' | 'quiet' | 'settled';

export class StepBand {
  private observer: IntersectionObserver | undefined;
  /** Each step's top relative to the line, as last reported (its side of the line stays right between reports). */
  private readonly tops: number[];
  /** What the next report is, when a full reading was asked for. */
  private pending: Reading | undefined;
  /** The trigger line as a share of the screen's height. */
  private share = 0;

  constructor(
    private readonly steps: readonly HTMLElement[],
    private readonly report: (layoutIndex: number, reading: Reading) => void,
  ) {
    this.tops = steps.map(() => Number.POSITIVE_INFINITY);
  }

  /** (Re)places the band for a layout (the line is lower on a phone) and reads every step. */
  start(narrow: boolean, reading: Reading): void {
    this.observer?.disconnect();
    this.share = triggerOffset(narrow);
    this.observer = new IntersectionObserver((entries) => this.onEntries(entries), {
      // The document, not the implicit root: in a frame from another site (a school's learning
      // platform showing a chapter) the implicit root ignores rootMargin, and there would be no band.
      root: document,
      rootMargin: `-${Math.round(this.share * 100)}% 0px -${Math.round((1 - this.share) * 100)}% 0px`,
    });
    this.read(reading);
  }

  /** Reports every step at the next rendering: a newly observed target is always reported. */
  read(reading: Reading): void {
    if (!this.observer) return;
    // Reports already queued would answer this reading with only the steps they name; the full one follows.
    this.observer.takeRecords();
    if (this.pending !== 'settled') this.pending = reading;
    for (const step of this.steps) {
      this.observer.unobserve(step);
      this.observer.observe(step);
    }
  }

  /** A reading asked for before a navigation began is no answer to it. */
  forgetReading(): void {
    this.pending = undefined;
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const line = entry.rootBounds?.top ?? window.innerHeight * this.share;
      this.place(this.steps.indexOf(entry.target as HTMLElement), entry.boundingClientRect.top - line);
    }
    const reading = this.pending ?? 'crossing';
    this.pending = undefined;
    this.report(activeStepIndex(this.tops, 0), reading);
  }

  /**
   * Steps follow each other down the page, so a step's top bounds every other's: one that a fast
   * fling or a scrollbar drag carried across the line within a frame, unreported, is put on the
   * right side of it by the next step that is reported.
   */
  private place(index: number, top: number): void {
    this.tops[index] = top;
    for (let before = 0; before < index; before++) this.tops[before] = Math.min(this.tops[before]!, top);
    for (let after = index + 1; after < this.tops.length; after++) this.tops[after] = Math.max(this.tops[after]!, top);
  }
}
