/**
 * What a sequence shows around its chart: the active step (aria-current, data-active-step), the
 * previous/next buttons and counter, the announcer, the presentation caption, the key and the
 * chart's height for the phone layout. It writes only what changed: the controls sit in the sticky
 * graphic, repainted on every write.
 */
import { fitTextToBox } from './fitText';
import { KEY_FOLDED_QUERY } from './layoutQueries';

export class SequenceView {
  private readonly announcer: HTMLElement | null;
  private readonly previousButton: HTMLButtonElement | null;
  private readonly nextButton: HTMLButtonElement | null;
  private readonly counter: HTMLElement | null;
  private readonly presentCaption: HTMLElement | null;

  constructor(
    private readonly root: HTMLElement,
    private readonly steps: readonly HTMLElement[],
    private readonly stepIds: readonly string[],
  ) {
    this.announcer = root.querySelector('[data-announcer]');
    this.previousButton = root.querySelector('button[data-step-link="previous"]');
    this.nextButton = root.querySelector('button[data-step-link="next"]');
    this.counter = root.querySelector('[data-step-counter]');
    this.presentCaption = root.querySelector('[data-present-caption]');
    foldKeyOnSmallScreens(root.querySelector<HTMLDetailsElement>('details[data-scrolly-key]'));
  }

  start(onStepButton: (index: number) => void): void {
    this.root.classList.add('is-enhanced');
    shareChartHeight(this.root);
    for (const button of [this.previousButton, this.nextButton]) {
      button?.addEventListener('click', () => {
        const index = this.stepIds.indexOf(button.dataset.target ?? '');
        if (index >= 0) onStepButton(index);
      });
    }
  }

  /** -1: no step has reached the trigger line yet. */
  markActive(index: number): void {
    this.steps.forEach((step, i) => {
      if (i === index) step.setAttribute('aria-current', 'step');
      else step.removeAttribute('aria-current');
    });
    if (index >= 0) this.root.dataset.activeStep = this.stepIds[index]!;
    else delete this.root.dataset.activeStep;
  }

  /** Before the first step is reached (`active` -1), "next" leads to the first step. */
  updateControls(shown: number, active: number): void {
    const counterText = this.counterText(shown);
    if (this.counter && this.counter.textContent !== counterText) this.counter.textContent = counterText;
    this.aim(this.previousButton, active < 0 ? -1 : shown - 1);
    this.aim(this.nextButton, active < 0 ? 0 : shown + 1);
  }

  announce(shown: number): void {
    if (!this.announcer) return;
    const note = this.steps[shown]!.querySelector('[data-step-description]')?.textContent?.trim() ?? '';
    this.announcer.textContent = `${this.counterText(shown)}. ${note}`;
  }

  /** Presentation: the step's own text as the caption, without its notes, figure, links or ids. */
  present(index: number | undefined): void {
    this.root.classList.toggle('is-presented', index !== undefined);
    if (!this.presentCaption) return;
    const card = index === undefined ? undefined : this.steps[index]!.querySelector('.scrolly-step__card');
    const copy = card?.cloneNode(true) as HTMLElement | undefined;
    if (!copy) return this.presentCaption.replaceChildren();
    copy.querySelectorAll('.scrolly-step__note, .scrolly-step__figure, .scrolly-step__share, .term__popover, .term__button, .cite').forEach((node) => node.remove());
    copy.querySelectorAll('[id]').forEach((node) => node.removeAttribute('id'));
    this.presentCaption.replaceChildren(...Array.from(copy.childNodes));
    this.fitCaption();
  }

  /** The presented step's text at the largest size that shows it whole (again when the screen changes). */
  fitCaption(): void {
    if (this.presentCaption && this.root.classList.contains('is-presented')) fitTextToBox(this.presentCaption);
  }

  private aim(button: HTMLButtonElement | null, index: number): void {
    if (!button) return;
    const exists = index >= 0 && index < this.steps.length;
    if (button.disabled !== !exists) button.disabled = !exists;
    const wanted = exists ? this.stepIds[index]! : undefined;
    if (button.dataset.target === wanted) return;
    if (wanted) button.dataset.target = wanted;
    else delete button.dataset.target;
  }

  private counterText(shown: number): string {
    // The page's dictionary gives the template (Scrolly.astro): the client has no words of its own.
    const template = this.counter?.dataset.template ?? '{current} / {total}';
    return template.replace('{current}', String(shown + 1)).replace('{total}', String(this.steps.length));
  }
}

/**
 * On a small screen the chart's key lies over the drawing when open (scrolly.css), so it starts
 * folded there; elsewhere it sits beside or under the drawing and has no toggle, so it must be open.
 */
function foldKeyOnSmallScreens(key: HTMLDetailsElement | null): void {
  if (!key) return;
  const small = window.matchMedia(KEY_FOLDED_QUERY);
  const fold = () => (key.open = !small.matches);
  fold();
  small.addEventListener('change', fold);
}

/**
 * On an upright phone a step reached by a link puts its card just below the chart, whose height
 * depends on its caption and the screen: it is handed to the CSS (`--scrolly-chart-height`, the
 * steps' scroll-margin). A ResizeObserver reports it after the browser's own layout, forcing none.
 */
function shareChartHeight(root: HTMLElement): void {
  const sticky = root.querySelector<HTMLElement>('.scrolly__sticky');
  if (!sticky || !('ResizeObserver' in window)) return;
  new ResizeObserver(([entry]) => {
    const height = entry?.borderBoxSize?.[0]?.blockSize ?? entry?.target.getBoundingClientRect().height ?? 0;
    root.style.setProperty('--scrolly-chart-height', `${Math.round(height)}px`);
  }).observe(sticky);
}
