/**
 * What a reader sees of a step on a given screen, measured in the page: whether the active card
 * hides any of the chart's marks, the smallest chart text as drawn, how much of the card shows,
 * and whether the page scrolls sideways. Runs inside the browser (passed to page.evaluate), so it
 * imports nothing.
 */
export interface StepFit {
  step: string;
  /** Where the step was measured: reached by its link, or scrolled to where it turns, halfway, or where it is about to hand over. */
  at: string;
  /** Marks whose centre is under the active card (the topmost element there is in the card). */
  covered: string[];
  /** Smallest rendered chart text in CSS px: font size times the drawing's scale. */
  smallestText: number;
  /** Share of the card's height that is on screen and not under the chart. */
  cardShown: number;
  /** Words of prose in the card (notes, links and citation marks left out). */
  words: number;
  /** How far the page is wider than the screen, in CSS px. */
  overflow: number;
}

export type Arrival = 'link' | 'scroll';

/**
 * Brings each step in `stepIds` to the screen in turn, by its link (the client's own jump) or by
 * scrolling its top just past the trigger line, waits until the step is active and its chart has
 * settled, and measures it. `triggerShare` is the trigger line as a share of the screen's height.
 */
export async function measureSteps(args: { stepIds: string[]; arrival: Arrival; triggerShare: number }): Promise<StepFit[]> {
  const { stepIds, arrival, triggerShare } = args;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const visibleSvg = (sequence: Element, step: Element) =>
    [...sequence.querySelectorAll<SVGSVGElement>('.scrolly__svg svg')].find((svg) => svg.getBoundingClientRect().width > 0) ??
    step.querySelector<SVGSVGElement>('.scrolly-step__figure svg');
  const results: StepFit[] = [];
  // Scrolling, each step is measured where it turns (its top just past the trigger line), where it
  // is about to hand over (the next step's top just short of the line) and halfway between: its
  // card rises across the screen while the step is active, towards the chart on a phone.
  const sameSequence = (a: string, b: string | undefined) =>
    b !== undefined && document.getElementById(a)!.closest('[data-scrolly]') === document.getElementById(b)!.closest('[data-scrolly]');
  const visits =
    arrival === 'link'
      ? stepIds.map((stepId) => ({ stepId, at: 'link' }))
      : stepIds.flatMap((stepId, index) =>
          sameSequence(stepId, stepIds[index + 1]) ? ['turning', 'halfway', 'leaving'].map((at) => ({ stepId, at })) : [{ stepId, at: 'turning' }],
        );
  // A walk by scrolling follows the walk by links: the client holds the last link's step until the
  // page has been still for its quiet time (ScrollySequence's QUIET_MS, 150 ms), and a scroll no
  // wheel, touch, key or press started is the link's own. A reader takes longer than that to scroll on.
  if (arrival === 'scroll') await new Promise((resolve) => setTimeout(resolve, 400));
  /** The scroll position at which an element's top is `offset` px below the trigger line. */
  const scrollFor = (element: Element, offset: number) => window.scrollY + element.getBoundingClientRect().top - (window.innerHeight * triggerShare + offset);
  for (const { stepId, at } of visits) {
    const step = document.getElementById(stepId)!;
    const sequence = step.closest<HTMLElement>('[data-scrolly]')!;
    const graphic = sequence.querySelector<HTMLElement>('[data-graphic]')!;
    if (at === 'link') {
      window.location.hash = stepId;
    } else {
      const next = document.getElementById(stepIds[stepIds.indexOf(stepId) + 1] ?? stepId)!;
      const turning = scrollFor(step, -2);
      const leaving = scrollFor(next, 2);
      const top = at === 'turning' ? turning : at === 'leaving' ? leaving : (turning + leaving) / 2;
      window.scrollTo({ top, behavior: 'instant' });
    }
    const started = performance.now();
    for (;;) {
      await frame();
      const svg = visibleSvg(sequence, step);
      const settled = sequence.dataset.activeStep === stepId && graphic.dataset.shownStep === stepId && !svg?.classList.contains('is-animating');
      if (settled) break;
      if (performance.now() - started > 4000) throw new Error(`${stepId} did not become active (${at})`);
    }
    // The chart on screen: the sticky drawing, or the step's own where no chart follows the reader.
    const svg = visibleSvg(sequence, step)!;
    const card = step.querySelector<HTMLElement>('.scrolly-step__card')!;
    const covered: string[] = [];
    for (const mark of svg.querySelectorAll<SVGElement>('[data-key]')) {
      const box = mark.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) continue;
      const top = document.elementFromPoint(x, y);
      if (top && card.contains(top) && !top.closest('.scrolly-step__figure')) covered.push(mark.dataset.key!);
    }
    let smallestText = Number.POSITIVE_INFINITY;
    for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
      if (text.getBoundingClientRect().width === 0) continue;
      const matrix = text.getScreenCTM();
      if (!matrix) continue;
      smallestText = Math.min(smallestText, parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b));
    }
    const cardBox = card.getBoundingClientRect();
    const sticky = sequence.querySelector<HTMLElement>('.scrolly__sticky')!;
    const stickyBox = sticky.getBoundingClientRect();
    const stickyAbove = getComputedStyle(sticky).display !== 'none' && stickyBox.left < cardBox.right && stickyBox.right > cardBox.left;
    const shownTop = Math.max(cardBox.top, stickyAbove ? stickyBox.bottom : 0, 0);
    const shownBottom = Math.min(cardBox.bottom, window.innerHeight);
    const prose = card.cloneNode(true) as HTMLElement;
    prose.querySelectorAll('.scrolly-step__note, .scrolly-step__share, .scrolly-step__figure, .term__popover, .cite, sup').forEach((node) => node.remove());
    results.push({
      step: stepId,
      at,
      covered,
      smallestText: Math.round(smallestText * 10) / 10,
      cardShown: Math.round((Math.max(0, shownBottom - shownTop) / cardBox.height) * 100) / 100,
      words: (prose.textContent ?? '').trim().split(/\s+/).length,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    });
  }
  return results;
}
