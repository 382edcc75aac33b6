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
interface Scroller {
  setup(options: { step: HTMLElement[]; offset: number }): Scroller;
  onStepEnter(callback: () => void): Scroller;
  onStepExit(callback: () => void): Scroller;
  offset(value: number): Scroller;
  resize(): Scroller;
}
import type { CompactStates } from '../../charts/compactStates';
import { expandState } from '../../charts/compactStates';
import type { Variant } from '../../charts/contract';
import { activeStepIndex, triggerOffset } from './activeStep';
import { applyScene } from './applyScene';
import { isMotionEnabled } from './motion';

const NARROW_QUERY = '(max-width: 767.98px)';
const DURATION_MS = 650;

export class ScrollySequence {
  private readonly steps: HTMLElement[];
  private readonly stepIds: string[];
  private readonly payload: CompactStates;
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
  private syncFrame = 0;
  private lastWidth = window.innerWidth;
  /** In presentation mode the chart follows the keys, not the page's scroll. */
  private presenting = false;
  private readonly presentCaption: HTMLElement | null;
  readonly id: string;

  constructor(readonly root: HTMLElement) {
    this.steps = Array.from(root.querySelectorAll<HTMLElement>('[data-step]'));
    this.stepIds = this.steps.map((step) => step.dataset.step!);
    const payloadElement = root.querySelector('script[data-scrolly-payload]');
    this.payload = JSON.parse(payloadElement?.textContent ?? '{}') as CompactStates;
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
    this.show(index, { animate: animate && Math.abs(index - this.shownIndex) <= 1, announce: true });
    this.renderCaption(index);
  }

  /** Leaves presentation without moving the page (when the class moves on to another sequence). */
  leavePresentation(): void {
    this.presenting = false;
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
  }

  start(): void {
    this.root.classList.add('is-enhanced');
    this.scroller
      .setup({ step: this.steps, offset: triggerOffset(this.narrowQuery.matches) })
      .onStepEnter(() => this.scheduleSync())
      .onStepExit(() => this.scheduleSync());

    const fromHash = this.stepIndexFromHash();
    const presentingOnLoad = new URLSearchParams(window.location.search).has('present');
    if (fromHash >= 0 && presentingOnLoad) {
      this.show(fromHash, { animate: false, announce: false });
    } else if (fromHash >= 0) {
      // A deep link: show its state at once and put the step in place ourselves, instead of
      // waiting for the browser's fragment scroll and animating through every step it passes.
      this.goTo(fromHash, { scroll: 'instant', animate: false, announce: false });
    } else {
      this.show(this.indexFromLayout(), { animate: false, announce: false });
    }
    for (const button of [this.previousButton, this.nextButton]) button?.addEventListener('click', () => this.onStepButton(button));

    // scrollend catches jumps that skip every trigger band (End key, scrollbar drag).
    const supportsScrollEnd: boolean = 'onscrollend' in window;
    if (supportsScrollEnd) {
      window.addEventListener('scrollend', () => this.onScrollSettled(), { passive: true });
    } else {
      let timer = 0;
      window.addEventListener(
        'scroll',
        () => {
          window.clearTimeout(timer);
          timer = window.setTimeout(() => this.onScrollSettled(), 120);
        },
        { passive: true },
      );
    }
    let resizeTimer = 0;
    window.addEventListener('resize', () => {
      window.clearTimeout(resizeTimer);
      resizeTimer = window.setTimeout(() => this.onResizeSettled(), 150);
    });
    this.narrowQuery.addEventListener('change', () => this.onResizeSettled());
    window.addEventListener('hashchange', () => this.onHashChange());
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
    window.clearTimeout(this.navigationTimer);
    // If the page does not scroll (already in place), no scrollend comes: stop waiting anyway.
    this.navigationTimer = window.setTimeout(() => this.endNavigation(), scroll === 'smooth' ? 1500 : 400);
    if (scroll) this.steps[index]!.scrollIntoView({ behavior: scroll, block: 'start' });
    this.show(index, { animate: animate && Math.abs(index - this.shownIndex) <= 1, announce });
  }

  private stepIndexFromHash(): number {
    const id = decodeURIComponent(window.location.hash.slice(1));
    return id ? this.stepIds.indexOf(id) : -1;
  }

  private triggerLine(): number {
    return window.innerHeight * triggerOffset(this.narrowQuery.matches);
  }

  private indexFromLayout(): number {
    const tops = this.steps.map((step) => step.getBoundingClientRect().top);
    return activeStepIndex(tops, this.triggerLine());
  }

  private scheduleSync(): void {
    if (this.syncFrame) return;
    this.syncFrame = window.requestAnimationFrame(() => {
      this.syncFrame = 0;
      if (this.navigatingTo !== null || this.presenting) return;
      const index = this.indexFromLayout();
      this.show(index, { animate: Math.abs(index - this.activeIndex) <= 1, announce: true });
    });
  }

  private onScrollSettled(): void {
    if (this.navigatingTo !== null) this.endNavigation();
    this.scheduleSync();
  }

  private onResizeSettled(): void {
    if (this.presenting) return;
    // Re-measure trigger bands only when the width changed or the layout switched: a phone's
    // address bar changes the height on every scroll (scrollama #145, #87).
    const width = window.innerWidth;
    const widthChanged = width !== this.lastWidth;
    this.lastWidth = width;
    if (widthChanged) this.scroller.offset(triggerOffset(this.narrowQuery.matches));
    else this.scroller.resize();
    const fromHash = this.navigatingTo;
    this.show(fromHash ?? this.indexFromLayout(), { animate: false, announce: false });
  }

  private onHashChange({ scroll = true }: { scroll?: boolean } = {}): void {
    if (this.presenting) return;
    const index = this.stepIndexFromHash();
    if (index < 0) {
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
    const duration = animate && isMotionEnabled() ? DURATION_MS : 0;
    const visible: Variant = this.narrowQuery.matches ? 'narrow' : 'wide';
    for (const variant of ['wide', 'narrow'] as const) {
      const svg = this.svgs[variant];
      const scene = expandState(this.payload, variant, stepId);
      if (svg && scene) applyScene(svg, scene, variant === visible ? duration : 0);
    }
    if (announce && this.announcer) {
      const note = this.steps[shown]!.querySelector('[data-step-description]')?.textContent?.trim() ?? '';
      this.announcer.textContent = `${this.counterText(shown)}. ${note}`;
    }
  }

  private counterText(shown: number): string {
    const template = this.counter?.dataset.template ?? 'Step {current} of {total}';
    return template.replace('{current}', String(shown + 1)).replace('{total}', String(this.steps.length));
  }

  private updateControls(shown: number): void {
    if (this.counter) this.counter.textContent = this.counterText(shown);
    const target = (button: HTMLButtonElement | null, index: number) => {
      if (!button) return;
      const exists = index >= 0 && index < this.steps.length;
      button.disabled = !exists;
      if (exists) button.dataset.target = this.stepIds[index]!;
      else delete button.dataset.target;
    };
    // Before the first step is reached, "next" leads to the first step.
    target(this.previousButton, this.activeIndex < 0 ? -1 : shown - 1);
    target(this.nextButton, this.activeIndex < 0 ? 0 : shown + 1);
  }
}
