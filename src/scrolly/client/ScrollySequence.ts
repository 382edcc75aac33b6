/**
 * One scrolly sequence in the browser: the controller. The step comes from one source, the band at
 * the trigger line (stepBand.ts), unless the mode (mode.ts) says a navigation or presentation has
 * it; the view (sequenceView.ts) and the painter (chartPainter.ts) show what this decides.
 *
 * DOM contract (tests rely on it): root [data-scrolly] gets data-active-step; each step
 * [data-step] has an id and the active one aria-current="step"; the graphic [data-graphic] gets
 * data-shown-step when a transition starts.
 */
import { ChartPainter } from './chartPainter';
import { NARROW_QUERY } from './layoutQueries';
import { FOLLOWING, PRESENTING, navigating, onLayout, onReaderInput, onSettled, type Mode, type Outcome } from './mode';
import { isMotionEnabled } from './motion';
import { SequenceView } from './sequenceView';
import { StepBand, type Reading } from './stepBand';

/** The page is taken to have stopped scrolling after this long without a scroll event (no scrollend in WebKit; nor after scroll anchoring). */
const QUIET_MS = 150;

interface Showing {
  animate: boolean;
  announce: boolean;
}

export class ScrollySequence {
  readonly id: string;
  private readonly steps: HTMLElement[];
  private readonly stepIds: string[];
  private readonly view: SequenceView;
  private readonly painter: ChartPainter;
  private readonly band: StepBand;
  private readonly narrowQuery = window.matchMedia(NARROW_QUERY);
  private mode: Mode = FOLLOWING;
  /** -1: no step has reached the trigger line yet (the first state is shown). */
  private activeIndex = -1;
  private shownIndex = 0;
  private lastScrollAt = 0;
  private quietTimer = 0;

  constructor(readonly root: HTMLElement) {
    this.id = root.dataset.scrolly!;
    this.steps = Array.from(root.querySelectorAll<HTMLElement>('[data-step]'));
    this.stepIds = this.steps.map((step) => step.dataset.step!);
    this.view = new SequenceView(root, this.steps, this.stepIds);
    this.painter = new ChartPainter(root, this.stepIds[0]!);
    this.band = new StepBand(this.steps, (index, reading) => this.onReading(index, reading));
  }

  get stepCount(): number {
    return this.steps.length;
  }

  get currentIndex(): number {
    return this.shownIndex;
  }

  stepIndex(stepId: string): number {
    return this.stepIds.indexOf(stepId);
  }

  stepId(index: number): string {
    return this.stepIds[index]!;
  }

  start(): void {
    this.view.start((index) => this.onStepButton(index));
    const fromHash = this.stepIndexFromHash();
    if (fromHash >= 0 && new URLSearchParams(window.location.search).has('present')) {
      this.show(fromHash, { animate: false, announce: false }); // presentation.ts takes it from here
    } else if (fromHash >= 0 && !scrollIsRestored()) {
      // A deep link: its state at once, and its step put in place by us rather than the browser's
      // fragment scroll, which lands by the placeholders of the cards above it, not yet drawn.
      this.navigate(fromHash, 'instant', { animate: false, announce: false });
    }
    this.band.start(this.narrowQuery.matches, 'quiet');

    if ('onscrollend' in window) window.addEventListener('scrollend', () => this.onScrollSettled(), { passive: true });
    window.addEventListener('scroll', () => this.onScroll(), { passive: true });
    // A press too: dragging the scrollbar sends no wheel or key, only a mousedown on the page.
    for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) {
      window.addEventListener(type, () => (this.mode = onReaderInput(this.mode)), { passive: true, capture: true });
    }
    // The band is a share of the screen's height; a resize can still move steps across it in one go.
    window.addEventListener('resize', () => this.band.read('quiet'));
    this.narrowQuery.addEventListener('change', () => this.band.start(this.narrowQuery.matches, 'quiet'));
    window.addEventListener('hashchange', () => this.onHashChange(true));
    // Back and forward between step links made with pushState.
    window.addEventListener('popstate', () => this.onHashChange(false));
  }

  /** Shows a step full screen (see presentation.ts): no scrolling, the step's text as a caption. */
  present(index: number, { animate }: { animate: boolean }): void {
    this.mode = PRESENTING;
    this.painter.setPresenting(true);
    this.show(index, { animate: animate && this.isNextTo(index), announce: true });
    this.view.present(index);
  }

  /** Leaves presentation without moving the page (when the class moves on to another sequence). */
  leavePresentation(): void {
    this.mode = FOLLOWING;
    this.painter.setPresenting(false);
    this.view.present(undefined);
  }

  /** The presented step's text fitted to its box again (the screen or the fonts changed). */
  fitCaption(): void {
    this.view.fitCaption();
  }

  /** Leaves presentation and puts the page at the step shown, so the reader continues there. */
  stopPresenting(): void {
    if (this.mode.kind !== 'presenting') return;
    this.leavePresentation();
    this.navigate(this.shownIndex, 'instant', { animate: false, announce: false });
  }

  private onStepButton(index: number): void {
    if (this.mode.kind === 'presenting') {
      this.root.dispatchEvent(new CustomEvent('scrolly:present-step', { bubbles: true, detail: { index } }));
      return;
    }
    // A history entry per step (the step's own link), so back and forward walk the steps too.
    window.history.pushState(null, '', `#${this.stepIds[index]}`);
    this.navigate(index, isMotionEnabled() ? 'smooth' : 'instant', { animate: true, announce: true });
  }

  /** The browser scrolls to a fragment it navigates to; on back/forward it restores the position. */
  private onHashChange(scroll: boolean): void {
    if (this.mode.kind === 'presenting') return;
    const index = this.stepIndexFromHash();
    if (index >= 0) return this.navigate(index, scroll ? 'instant' : false, { animate: true, announce: true });
    // Another sequence's step, or none: a navigation of this one must not put its step back under the reader.
    this.mode = FOLLOWING;
    if (!scroll) this.band.read('settled');
  }

  /** Moves the page to a step and shows it; the layout decides again once the page has settled. */
  private navigate(index: number, scroll: ScrollBehavior | false, { animate, announce }: Showing): void {
    this.mode = navigating(index, performance.now());
    this.band.forgetReading();
    if (scroll) this.placeStep(index, scroll);
    this.show(index, { animate: animate && this.isNextTo(index), announce });
    // If the page does not move (already there, or at its end), this is the settling there is.
    this.waitForQuiet();
  }

  /**
   * Where a step lands depends on the height of every card above it in the sequence; one not yet
   * drawn (drawAhead.ts) counts as its small placeholder, and the one just before, drawn by the
   * browser as it comes into view, would then push the step down past the trigger line.
   */
  private placeStep(index: number, behavior: ScrollBehavior): void {
    for (const step of this.steps.slice(0, index + 1)) step.querySelector<HTMLElement>('[data-draw-ahead]:not([data-drawn])')?.setAttribute('data-drawn', '');
    this.steps[index]!.scrollIntoView({ behavior, block: 'start' });
  }

  private onScroll(): void {
    this.lastScrollAt = performance.now();
    this.waitForQuiet();
  }

  private waitForQuiet(): void {
    window.clearTimeout(this.quietTimer);
    this.quietTimer = window.setTimeout(() => this.onScrollSettled(), QUIET_MS);
  }

  /** Once the page settles, the layout is read whole: this catches jumps that skipped the band (End key, scrollbar). */
  private onScrollSettled(): void {
    if (this.mode.kind !== 'presenting') this.band.read('settled');
  }

  private onReading(layoutIndex: number, reading: Reading): void {
    const outcome: Outcome = reading === 'settled' ? onSettled(this.mode, layoutIndex, this.lastScrollAt, performance.now()) : onLayout(this.mode, layoutIndex);
    this.mode = outcome.mode;
    if (outcome.replace !== undefined) {
      this.placeStep(outcome.replace, 'instant');
      this.waitForQuiet();
    }
    if (outcome.show === undefined) return;
    const loud = reading !== 'quiet';
    this.show(outcome.show, { animate: loud && this.isNextTo(outcome.show), announce: loud });
  }

  private show(index: number, { animate, announce }: Showing): void {
    const shown = Math.max(0, Math.min(index, this.steps.length - 1));
    if (index !== this.activeIndex) this.view.markActive(index);
    this.activeIndex = index;
    this.view.updateControls(shown, index);
    if (shown === this.shownIndex && this.painter.shown === this.stepIds[shown]) return;
    this.shownIndex = shown;
    this.painter.show(this.stepIds[shown]!, animate);
    if (announce) this.view.announce(shown);
  }

  /** Only a move to a neighbouring state animates: a longer jump would sweep through the ones between. */
  private isNextTo(index: number): boolean {
    return Math.abs(index - this.shownIndex) <= 1;
  }

  private stepIndexFromHash(): number {
    const id = decodeURIComponent(window.location.hash.slice(1));
    return id ? this.stepIds.indexOf(id) : -1;
  }
}

/**
 * A reload or a return through history: the browser puts the reader back where they were, which
 * may be far from the step in the address (a step link leaves it there as the reader scrolls on).
 */
function scrollIsRestored(): boolean {
  const type = (performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;
  return type === 'reload' || type === 'back_forward';
}
