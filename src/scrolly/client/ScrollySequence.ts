/**
 * One scrolly sequence in the browser. A single source of truth, `activeIndex`, is set by scroll
 * (scrollama triggers, then the active step is re-derived from layout), by the previous/next
 * links and by the URL hash; everything the reader sees follows from it.
 *
 * DOM contract (tests rely on it): root [data-scrolly] gets data-active-step; each step
 * [data-step] has an id and the active one aria-current="step"; the graphic [data-graphic] gets
 * data-state when a transition starts.
 */
import scrollama from 'scrollama';
/**
 * scrollama's shipped index.d.ts lacks the `offset` setter that its code has (scrollama's own
 * README calls it `offsetTrigger`, which does not exist), and types offsets as a fixed list of
 * decimals. This is the part of the instance we use, as the source (src/entry.js) defines it.
 */
interface StepResponse {
  index: number;
  direction: 'up' | 'down';
}

interface Scroller {
  setup(options: { step: HTMLElement[]; offset: number }): Scroller;
  onStepEnter(callback: (response: StepResponse) => void): Scroller;
  onStepExit(callback: (response: StepResponse) => void): Scroller;
  offset(value: number): Scroller;
  resize(): Scroller;
}
import type { CompactStates } from '../../charts/compactStates';
import { expandState } from '../../charts/compactStates';
import type { Variant } from '../../charts/contract';
import { activeStepIndex, triggerOffset } from './activeStep';
import { KEY_FOLDED_QUERY, NARROW_QUERY } from './layoutQueries';
import { applyScene } from './applyScene';
import { fitTextToBox } from './fitText';
import { isMotionChosen, isMotionEnabled } from './motion';
import { animationIsAffordable, noteTransition, whenAnimationUnaffordable } from './frameBudget';
import { loadStates } from './states';
import { whenIdle } from './idle';

const DURATION_MS = 650;

export class ScrollySequence {
  private readonly steps: HTMLElement[];
  private readonly stepIds: string[];
  /** Where the chart's states are served, and the states once they have arrived. */
  private readonly statesHref: string | undefined;
  private states: CompactStates | null = null;
  /** A state has been bound to the drawing since the states arrived (see onStatesArrived). */
  private hasPainted = false;
  private readonly graphic: HTMLElement;
  private readonly svgs: Partial<Record<Variant, SVGSVGElement>> = {};
  private readonly announcer: HTMLElement | null;
  private readonly previousButton: HTMLButtonElement | null;
  private readonly nextButton: HTMLButtonElement | null;
  private readonly counter: HTMLElement | null;
  private readonly narrowQuery = window.matchMedia(NARROW_QUERY);
  private scroller = scrollama() as unknown as Scroller;
  /** -1: no step has reached the trigger line yet (the first state is shown). */
  private activeIndex = -1;
  private shownIndex = 0;
  /** While the page scrolls to a step the reader chose, layout-derived updates wait. */
  private navigatingTo: number | null = null;
  private navigationTimer = 0;
  private navigationStartedAt = 0;
  private lastScrollAt = 0;
  /** The reader's own last wheel, touch or key: a scroll after it is theirs, not a navigation's. */
  private lastInputAt = 0;
  /** The current navigation has already put its step back in place once (onScrollSettled). */
  private navigationReplaced = false;
  /** A layout measurement is on its way (scheduleSync): later requests ride on it. */
  private syncPending = false;
  private lastWidth = window.innerWidth;
  /** In presentation mode the chart follows the keys, not the page's scroll. */
  private presenting = false;
  private readonly presentCaption: HTMLElement | null;
  readonly id: string;
  /**
   * Which step each drawing shows. Only the drawing on screen follows the reader; the other is
   * brought up to date when the layout switches (half the DOM work on every step).
   */
  private readonly paintedStep: Partial<Record<Variant, string | undefined>> = {};

  constructor(readonly root: HTMLElement) {
    this.steps = Array.from(root.querySelectorAll<HTMLElement>('[data-step]'));
    this.stepIds = this.steps.map((step) => step.dataset.step!);
    this.statesHref = root.dataset.states;
    this.graphic = root.querySelector<HTMLElement>('[data-graphic]')!;
    for (const variant of ['wide', 'narrow'] as const) {
      const svg = root.querySelector<SVGSVGElement>(`[data-variant="${variant}"] svg`);
      if (svg) this.svgs[variant] = svg;
    }
    this.announcer = root.querySelector('[data-announcer]');
    this.previousButton = root.querySelector('button[data-step-link="previous"]');
    this.nextButton = root.querySelector('button[data-step-link="next"]');
    this.counter = root.querySelector('[data-step-counter]');
    this.presentCaption = root.querySelector('[data-present-caption]');
    this.id = root.dataset.scrolly!;
    // The page arrives with both drawings in the first step's state.
    for (const variant of ['wide', 'narrow'] as const) this.paintedStep[variant] = this.stepIds[0]!;
    whenAnimationUnaffordable(() => this.finishTransitions());
    this.foldKeyOnSmallScreens(root.querySelector<HTMLDetailsElement>('details[data-scrolly-key]'));
  }

  /**
   * On a small screen the chart's key lies over the drawing when open (scrolly.css), so it starts
   * folded there; elsewhere it sits beside or under the drawing and has no toggle, so it must be
   * open. Folding it moves nothing else on the page.
   */
  private foldKeyOnSmallScreens(key: HTMLDetailsElement | null): void {
    if (!key) return;
    const small = window.matchMedia(KEY_FOLDED_QUERY);
    const fold = () => (key.open = !small.matches);
    fold();
    small.addEventListener('change', fold);
  }

  /**
   * On an upright phone a step reached by a link puts its card just below the chart, whose height
   * depends on its caption and the screen: the chart's height is handed to the CSS
   * (`--scrolly-chart-height`, used by the steps' scroll-margin). A ResizeObserver reports it after
   * the browser's own layout, so reading it forces none.
   */
  private shareChartHeight(): void {
    const sticky = this.graphic.closest<HTMLElement>('.scrolly__sticky');
    if (!sticky || !('ResizeObserver' in window)) return;
    new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize?.[0]?.blockSize ?? entry?.target.getBoundingClientRect().height ?? 0;
      this.root.style.setProperty('--scrolly-chart-height', `${Math.round(height)}px`);
    }).observe(sticky);
  }

  /** Ends a transition in flight: the drawing jumps to the state it was moving to. */
  private finishTransitions(): void {
    if (isMotionChosen()) return;
    const variant = this.visibleVariant();
    if (this.svgs[variant]?.classList.contains('is-animating')) this.paint(variant, this.stepIds[this.shownIndex]!, 0);
  }

  /**
   * Every state of the chart, fetched once: when the reader comes within a screen of the
   * sequence, or at the first change of step if that comes first (a deep link).
   */
  private requestStates(): void {
    if (!this.statesHref || this.states) return;
    void loadStates(this.statesHref).then((states) => {
      if (!states || this.states) return;
      this.states = states;
      this.onStatesArrived();
    });
  }

  /**
   * If the reader moved on while the states were on their way, the drawing catches up at once.
   * Otherwise, in idle time, the shown state is bound to the drawing (it is already drawn, so
   * nothing on screen changes): the reader's first change of step then pays only for what
   * changes, not for the first run of the join code, which on a slow device made it the one long
   * task of the scroll.
   */
  private onStatesArrived(): void {
    const variant = this.visibleVariant();
    const shown = this.stepIds[this.shownIndex]!;
    if (this.paintedStep[variant] !== shown) {
      this.paint(variant, shown, 0);
      return;
    }
    whenIdle(() => {
      if (!this.hasPainted) this.paint(variant, shown, 0);
    });
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

  /** Shows a step full screen (see presentation.ts): no scrolling, the step's text as a caption. */
  present(index: number, { animate }: { animate: boolean }): void {
    this.presenting = true;
    this.root.classList.add('is-presented');
    this.syncVisibleDrawing();
    this.show(index, { animate: animate && Math.abs(index - this.shownIndex) <= 1, announce: true });
    this.renderCaption(index);
  }

  /** Leaves presentation without moving the page (when the class moves on to another sequence). */
  leavePresentation(): void {
    this.presenting = false;
    this.syncVisibleDrawing();
    this.root.classList.remove('is-presented');
    if (this.presentCaption) this.presentCaption.replaceChildren();
  }

  /** Leaves presentation and puts the page at the step shown, so the reader continues there. */
  stopPresenting(): void {
    if (!this.presenting) return;
    this.leavePresentation();
    this.goTo(this.shownIndex, { scroll: 'instant', animate: false, announce: false });
  }

  private renderCaption(index: number): void {
    if (!this.presentCaption) return;
    const card = this.steps[index]!.querySelector('.scrolly-step__card');
    const copy = card?.cloneNode(true) as HTMLElement | undefined;
    if (!copy) return;
    copy.querySelectorAll('.scrolly-step__note, .scrolly-step__figure, .scrolly-step__share, .term__popover, .term__button, .cite').forEach((node) => node.remove());
    copy.querySelectorAll('[id]').forEach((node) => node.removeAttribute('id'));
    this.presentCaption.replaceChildren(...Array.from(copy.childNodes));
    this.fitCaption();
  }

  /** The presented step's text at the largest size that shows it whole (again when the screen changes). */
  fitCaption(): void {
    if (this.presenting && this.presentCaption) fitTextToBox(this.presentCaption);
  }

  start(): void {
    this.root.classList.add('is-enhanced');
    this.shareChartHeight();
    this.scroller
      .setup({ step: this.steps, offset: triggerOffset(this.narrowQuery.matches) })
      .onStepEnter(({ index }) => this.onTrigger(index))
      .onStepExit(({ index, direction }) => {
        // Leaving a step upwards hands over to the one before it; leaving downwards, the next
        // step's own enter event follows.
        if (direction === 'up') this.onTrigger(index - 1);
      });

    const fromHash = this.stepIndexFromHash();
    const presentingOnLoad = new URLSearchParams(window.location.search).has('present');
    if (fromHash >= 0 && presentingOnLoad) {
      this.show(fromHash, { animate: false, announce: false });
    } else if (fromHash >= 0) {
      // A deep link: show its state at once and put the step in place ourselves, instead of
      // waiting for the browser's fragment scroll and animating through every step it passes.
      this.goTo(fromHash, { scroll: 'instant', animate: false, announce: false });
    } else {
      this.followLayoutQuietly();
    }
    for (const button of [this.previousButton, this.nextButton]) button?.addEventListener('click', () => this.onStepButton(button));

    // Once a scroll settles, the layout decides: this catches jumps that skip every trigger band
    // (End key, scrollbar drag). scrollend where it exists, and a quiet period after the last scroll
    // event everywhere (scrollend can arrive before a busy page has painted the jump).
    if ('onscrollend' in window) window.addEventListener('scrollend', () => this.onScrollSettled(), { passive: true });
    let scrollTimer = 0;
    window.addEventListener(
      'scroll',
      () => {
        this.lastScrollAt = performance.now();
        window.clearTimeout(scrollTimer);
        scrollTimer = window.setTimeout(() => this.onScrollSettled(), 150);
      },
      { passive: true },
    );
    for (const type of ['wheel', 'touchstart', 'keydown'] as const) {
      window.addEventListener(type, () => (this.lastInputAt = performance.now()), { passive: true, capture: true });
    }
    let resizeTimer = 0;
    window.addEventListener('resize', () => {
      window.clearTimeout(resizeTimer);
      resizeTimer = window.setTimeout(() => this.onResizeSettled(), 150);
    });
    this.narrowQuery.addEventListener('change', () => {
      this.syncVisibleDrawing();
      this.onResizeSettled();
    });
    window.addEventListener('hashchange', () => this.onHashChange());
    const nearby = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        nearby.disconnect();
        this.requestStates();
      },
      { rootMargin: '100% 0px' },
    );
    nearby.observe(this.root);
    // Back and forward between step links made with pushState.
    window.addEventListener('popstate', () => this.onHashChange({ scroll: false }));
  }

  private onStepButton(button: HTMLButtonElement): void {
    const index = this.stepIds.indexOf(button.dataset.target ?? '');
    if (index < 0) return;
    if (this.presenting) {
      this.root.dispatchEvent(new CustomEvent('scrolly:present-step', { bubbles: true, detail: { index } }));
      return;
    }
    // A history entry per step (the step's own link), so back and forward walk the steps too.
    window.history.pushState(null, '', `#${this.stepIds[index]}`);
    this.goTo(index, { scroll: isMotionEnabled() ? 'smooth' : 'instant', animate: true, announce: true });
  }

  /** Moves the page to a step and shows it; layout-derived updates wait until the scroll ends. */
  private goTo(index: number, { scroll, animate, announce }: { scroll: ScrollBehavior | false; animate: boolean; announce: boolean }): void {
    this.navigatingTo = index;
    this.navigationStartedAt = performance.now();
    this.navigationReplaced = false;
    window.clearTimeout(this.navigationTimer);
    // If the page does not scroll (already in place), no scrollend comes: stop waiting anyway.
    this.navigationTimer = window.setTimeout(() => this.endNavigation(), scroll === 'smooth' ? 1500 : 400);
    if (scroll) {
      // Where a step lands depends on the height of every card above it in the sequence; one not
      // yet drawn counts as its small placeholder, and the one just before, drawn by the browser
      // as it comes into view, would then push the step down past the trigger line.
      for (const step of this.steps.slice(0, index + 1)) step.querySelector<HTMLElement>('[data-draw-ahead]:not([data-drawn])')?.setAttribute('data-drawn', '');
      this.steps[index]!.scrollIntoView({ behavior: scroll, block: 'start' });
    }
    this.show(index, { animate: animate && Math.abs(index - this.shownIndex) <= 1, announce });
  }

  private stepIndexFromHash(): number {
    const id = decodeURIComponent(window.location.hash.slice(1));
    return id ? this.stepIds.indexOf(id) : -1;
  }

  /**
   * The active step according to the layout, read without forcing one. An IntersectionObserver
   * reports every step's box as the browser's own rendering pass computed it, in a task of its
   * own after that pass. Reading boxes or scrollY instead would force a layout whenever the chart
   * has just changed, and a change of state made in a frame callback would put its own redraw
   * into that same frame: one long task on a slow device instead of two short ones.
   */
  private measureActiveIndex(): Promise<number> {
    return new Promise((resolve) => {
      const observer = new IntersectionObserver((entries) => {
        observer.disconnect();
        // All targets observed before a rendering pass are reported together, in one call.
        const tops = new Map(entries.map((entry) => [entry.target, entry.boundingClientRect.top]));
        const viewportHeight = entries[0]?.rootBounds?.height ?? window.innerHeight;
        const stepTops = this.steps.map((step) => tops.get(step) ?? Number.POSITIVE_INFINITY);
        const index = activeStepIndex(stepTops, viewportHeight * triggerOffset(this.narrowQuery.matches));
        // What follows changes the page: in a task of its own, not in this one, where scrollama's
        // callbacks may come next and lay those changes out at once (see onTrigger).
        window.setTimeout(() => resolve(index), 0);
      });
      for (const step of this.steps) observer.observe(step);
    });
  }

  /**
   * A trigger from scrollama while the reader scrolls: trust it, without measuring anything (a
   * measurement here would force a layout in the middle of a chart transition). The layout is
   * consulted once the scroll settles, which also catches jumps that skipped every trigger.
   */
  private onTrigger(index: number): void {
    const scheduled = this.pendingTrigger !== null;
    this.pendingTrigger = index;
    if (scheduled) return;
    // scrollama reads the scroll position in each of its observer callbacks, and that read lays
    // out whatever is pending: a change of state made in one callback was laid out by the next,
    // in the same task. So the step is shown in a task of its own (triggers that arrive together,
    // as a step's exit and the next one's enter, make one change).
    window.setTimeout(() => {
      const latest = this.pendingTrigger!;
      this.pendingTrigger = null;
      this.followTrigger(latest);
    }, 0);
  }

  /** The step scrollama reported last, waiting for its own task (onTrigger). */
  private pendingTrigger: number | null = null;

  private followTrigger(index: number): void {
    if (this.navigatingTo !== null || this.presenting) return;
    this.show(index, { animate: Math.abs(index - this.activeIndex) <= 1, announce: true });
    // Triggers can arrive out of order (a resize moves the bands under the reader): the layout
    // has the last word once things are quiet.
    window.clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(() => this.scheduleSync(), 200);
  }

  private settleTimer = 0;

  private scheduleSync(): void {
    if (this.syncPending) return;
    this.syncPending = true;
    void this.measureActiveIndex().then((index) => {
      this.syncPending = false;
      if (this.navigatingTo !== null || this.presenting) return;
      this.show(index, { animate: Math.abs(index - this.activeIndex) <= 1, announce: true });
    });
  }

  private onScrollSettled(): void {
    if (this.navigatingTo !== null) {
      // The end of a scroll from before this navigation (its quiet-period timer, or a late
      // scrollend) must not end it: the layout would still show the step the reader left.
      if (this.lastScrollAt <= this.navigationStartedAt) return;
      const target = this.navigatingTo;
      if (this.lastInputAt < this.navigationStartedAt && !this.navigationReplaced) {
        this.endNavigationOn(target);
        return;
      }
      this.endNavigation();
    }
    this.scheduleSync();
  }

  /**
   * A navigation the reader did not interrupt ends on its step. Another scroll can still move the
   * page after it began: going back while a smooth scroll to the previous step is under way, the
   * browser stops where that scroll had got to. Then the step is put back in place, once.
   */
  private endNavigationOn(target: number): void {
    void this.measureActiveIndex().then((index) => {
      if (this.navigatingTo !== target) return; // a newer navigation took over
      if (index === target) {
        this.endNavigation();
        return;
      }
      this.navigationReplaced = true;
      this.steps[target]!.scrollIntoView({ behavior: 'instant', block: 'start' });
      this.navigationStartedAt = performance.now();
      window.clearTimeout(this.navigationTimer);
      this.navigationTimer = window.setTimeout(() => this.endNavigation(), 400);
    });
  }

  private onResizeSettled(): void {
    if (this.presenting) return;
    window.clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(() => this.scheduleSync(), 200);
    // Re-measure trigger bands only when the width changed or the layout switched: a phone's
    // address bar changes the height on every scroll (scrollama #145, #87).
    const width = window.innerWidth;
    const widthChanged = width !== this.lastWidth;
    this.lastWidth = width;
    if (widthChanged) this.scroller.offset(triggerOffset(this.narrowQuery.matches));
    else this.scroller.resize();
    if (this.navigatingTo !== null) this.show(this.navigatingTo, { animate: false, announce: false });
    else this.followLayoutQuietly();
  }

  /** Shows the step the layout says, at once and unannounced (on load, after a resize). */
  private followLayoutQuietly(): void {
    void this.measureActiveIndex().then((index) => {
      if (this.navigatingTo === null && !this.presenting) this.show(index, { animate: false, announce: false });
    });
  }

  private onHashChange({ scroll = true }: { scroll?: boolean } = {}): void {
    if (this.presenting) return;
    const index = this.stepIndexFromHash();
    if (index < 0) {
      // The reader went elsewhere (another sequence's step, or no step): a navigation of this
      // sequence still settling must not put its own step back in place under them.
      this.endNavigation();
      if (!scroll) this.scheduleSync(); // back to a URL without a step: follow the layout
      return;
    }
    // The browser scrolls to a fragment it navigates to; on back/forward it restores the position.
    this.goTo(index, { scroll: scroll ? 'instant' : false, animate: true, announce: true });
  }

  private endNavigation(): void {
    window.clearTimeout(this.navigationTimer);
    this.navigatingTo = null;
  }

  private show(index: number, { animate, announce }: { animate: boolean; announce: boolean }): void {
    const shown = Math.max(0, Math.min(index, this.steps.length - 1));
    const activeChanged = index !== this.activeIndex;
    this.activeIndex = index;
    if (activeChanged) {
      this.steps.forEach((step, i) => {
        if (i === index) step.setAttribute('aria-current', 'step');
        else step.removeAttribute('aria-current');
      });
      if (index >= 0) this.root.dataset.activeStep = this.stepIds[index]!;
      else delete this.root.dataset.activeStep;
    }
    this.updateControls(shown);
    if (shown === this.shownIndex && this.graphic.dataset.state === this.stepIds[shown]) return;
    this.shownIndex = shown;
    const stepId = this.stepIds[shown]!;
    this.graphic.dataset.state = stepId;
    // A struggling device stops animating (frameBudget.ts), unless the reader switched animation on.
    const duration = animate && isMotionEnabled() && (animationIsAffordable() || isMotionChosen()) ? DURATION_MS : 0;
    if (duration) noteTransition(duration);
    this.paint(this.visibleVariant(), stepId, duration);
    if (announce && this.announcer) {
      const note = this.steps[shown]!.querySelector('[data-step-description]')?.textContent?.trim() ?? '';
      this.announcer.textContent = `${this.counterText(shown)}. ${note}`;
    }
  }

  /** The drawing the reader sees: presentation mode always uses the wide one (see scrolly.css). */
  private visibleVariant(): Variant {
    return this.presenting || !this.narrowQuery.matches ? 'wide' : 'narrow';
  }

  /** Draws a state; before the states have arrived, asks for them (onStatesArrived catches up). */
  private paint(variant: Variant, stepId: string, duration: number): void {
    if (!this.states) {
      this.requestStates();
      return;
    }
    const svg = this.svgs[variant];
    const scene = expandState(this.states, variant, stepId);
    if (!svg || !scene) return;
    applyScene(svg, scene, duration);
    this.paintedStep[variant] = stepId;
    this.hasPainted = true;
  }

  /** After a switch between the phone and desktop layouts, bring the now-visible drawing up to date. */
  private syncVisibleDrawing(): void {
    const variant = this.visibleVariant();
    const stepId = this.stepIds[this.shownIndex]!;
    if (this.paintedStep[variant] !== stepId) this.paint(variant, stepId, 0);
  }

  private counterText(shown: number): string {
    const template = this.counter?.dataset.template ?? 'Step {current} of {total}';
    return template.replace('{current}', String(shown + 1)).replace('{total}', String(this.steps.length));
  }

  /** Writes only what changed: the controls sit in the sticky graphic, repainted on every write. */
  private updateControls(shown: number): void {
    const counterText = this.counterText(shown);
    if (this.counter && this.counter.textContent !== counterText) this.counter.textContent = counterText;
    const target = (button: HTMLButtonElement | null, index: number) => {
      if (!button) return;
      const exists = index >= 0 && index < this.steps.length;
      if (button.disabled !== !exists) button.disabled = !exists;
      const wanted = exists ? this.stepIds[index]! : undefined;
      if (button.dataset.target !== wanted) {
        if (wanted) button.dataset.target = wanted;
        else delete button.dataset.target;
      }
    };
    // Before the first step is reached, "next" leads to the first step.
    target(this.previousButton, this.activeIndex < 0 ? -1 : shown - 1);
    target(this.nextButton, this.activeIndex < 0 ? 0 : shown + 1);
  }
}
