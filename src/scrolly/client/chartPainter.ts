/**
 * Draws a sequence's states on its two drawings (wide, narrow). Only the drawing on screen follows
 * the reader; the other is brought up to date when the layout switches (half the DOM work on every
 * step). The states are fetched once, when the reader comes within a screen of the sequence or at
 * the first change of step if that comes first (a deep link); until then the page's drawing stays.
 */
import type { SequenceStates } from '../../charts/compactStates';
import { expandState } from '../../charts/compactStates';
import type { Mark, Variant } from '../../charts/contract';
import { applyScene, marksToPrepare, prepareMark } from './applyScene';
import { NARROW_QUERY } from './layoutQueries';
import { isMotionChosen, isMotionEnabled } from './motion';
import { animationIsAffordable, noteTransition, transitionMs, whenAnimationUnaffordable } from './frameBudget';
import { loadStates } from './states';
import { whenIdle } from './idle';

const DURATION_MS = 650;
/** Marks made ahead per idle callback where the browser gives no deadline (Safari's stand-in, idle.ts). */
const MARKS_PER_UNTIMED_IDLE = 10;

export class ChartPainter {
  private readonly graphic: HTMLElement;
  private readonly svgs: Partial<Record<Variant, SVGSVGElement>> = {};
  private readonly statesHref: string | undefined;
  private states: SequenceStates | null = null;
  /** The drawing whose neighbouring steps' marks are being made ahead, and those still to make (listed in idle time). */
  private preparing: { variant: Variant; marks?: Mark[] } | undefined;
  /** A state has been bound to the drawing since the states arrived (see onStatesArrived). */
  private hasPainted = false;
  /** Which step each drawing shows: the page arrives with both in the first step's state. */
  private readonly paintedStep: Partial<Record<Variant, string>>;
  private readonly narrowQuery = window.matchMedia(NARROW_QUERY);
  /** The step the chart is to show, and whether presentation mode draws it (always wide). */
  private stepId: string;
  private presenting = false;

  constructor(root: HTMLElement, firstStepId: string) {
    this.graphic = root.querySelector<HTMLElement>('[data-graphic]')!;
    for (const variant of ['wide', 'narrow'] as const) {
      const svg = root.querySelector<SVGSVGElement>(`[data-variant="${variant}"] svg`);
      if (svg) this.svgs[variant] = svg;
    }
    this.statesHref = root.dataset.states;
    this.stepId = firstStepId;
    this.paintedStep = { wide: firstStepId, narrow: firstStepId };
    whenAnimationUnaffordable(() => this.finishTransitions());
    this.narrowQuery.addEventListener('change', () => this.syncVisibleDrawing());
    const nearby = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        nearby.disconnect();
        this.requestStates();
      },
      { rootMargin: '100% 0px' },
    );
    nearby.observe(root);
  }

  /** The step the chart shows (data-shown-step), set when its transition starts. */
  get shown(): string | undefined {
    return this.graphic.dataset.shownStep;
  }

  show(stepId: string, animate: boolean): void {
    this.stepId = stepId;
    this.graphic.dataset.shownStep = stepId;
    const duration = transitionMs(DURATION_MS, { animate, enabled: isMotionEnabled(), chosen: isMotionChosen(), affordable: animationIsAffordable() });
    if (duration) noteTransition(duration);
    this.paint(this.visibleVariant(), duration);
  }

  setPresenting(presenting: boolean): void {
    this.presenting = presenting;
    this.syncVisibleDrawing();
  }

  /** The drawing the reader sees: presentation mode always uses the wide one (see scrolly.css). */
  private visibleVariant(): Variant {
    return this.presenting || !this.narrowQuery.matches ? 'wide' : 'narrow';
  }

  /** Draws the step on a drawing; before the states have arrived, asks for them (onStatesArrived catches up). */
  private paint(variant: Variant, duration: number): void {
    if (!this.states) return this.requestStates();
    const svg = this.svgs[variant];
    const scene = expandState(this.states, variant, this.stepId);
    if (!svg || !scene) return;
    applyScene(svg, scene, duration);
    this.paintedStep[variant] = this.stepId;
    this.hasPainted = true;
    this.prepareNeighbours(variant);
  }

  /**
   * In idle time, makes the elements the steps before and after the shown one would add, a few per
   * idle period, so that the next change of step only inserts them (applyScene.ts).
   */
  private prepareNeighbours(variant: Variant): void {
    const wasPreparing = this.preparing !== undefined;
    this.preparing = { variant };
    if (!wasPreparing) whenIdle((deadline) => this.prepareSome(deadline));
  }

  /** The marks the steps before and after the shown one would add to the drawing. */
  private marksForNeighbours(variant: Variant, svg: SVGSVGElement, states: SequenceStates): Mark[] {
    const index = states.steps.findIndex((step) => step.id === this.stepId);
    const neighbours = [states.steps[index - 1], states.steps[index + 1]].flatMap((step) => (step ? [expandState(states, variant, step.id)!] : []));
    return marksToPrepare(svg, neighbours);
  }

  private prepareSome(deadline?: IdleDeadline): void {
    const job = this.preparing;
    const svg = job && this.svgs[job.variant];
    if (!job || !svg || !this.states) {
      this.preparing = undefined;
      return;
    }
    job.marks ??= this.marksForNeighbours(job.variant, svg, this.states);
    // At least one mark per idle period, more while the period lasts; without a deadline (Safari), a few.
    let made = 0;
    do {
      const mark = job.marks.shift();
      if (!mark) break;
      prepareMark(svg, mark);
      made++;
    } while (deadline ? deadline.timeRemaining() > 4 : made < MARKS_PER_UNTIMED_IDLE);
    if (job.marks.length === 0) this.preparing = undefined;
    else whenIdle((next) => this.prepareSome(next));
  }

  private syncVisibleDrawing(): void {
    const variant = this.visibleVariant();
    if (this.paintedStep[variant] !== this.stepId) this.paint(variant, 0);
  }

  /** Ends a transition in flight when the device is found too slow: the drawing jumps to its state. */
  private finishTransitions(): void {
    if (isMotionChosen()) return;
    const variant = this.visibleVariant();
    if (this.svgs[variant]?.classList.contains('is-animating')) this.paint(variant, 0);
  }

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
   * Otherwise, in idle time, the shown state is bound to the drawing (already drawn, so nothing on
   * screen changes): the reader's first change of step then pays only for what changes, not for
   * the first run of the join code, which on a slow device made it the one long task of the scroll.
   */
  private onStatesArrived(): void {
    if (this.paintedStep[this.visibleVariant()] !== this.stepId) return this.syncVisibleDrawing();
    whenIdle(() => {
      if (!this.hasPainted) this.paint(this.visibleVariant(), 0);
    });
  }
}
