/**
 * Functions the cross-engine run sends into the page. Each is self-contained (it is sent as its
 * source text), takes one JSON argument, and answers null when all is well or a sentence saying
 * what the page shows instead, for the failure message.
 */

export interface StepWait {
  sequence: string;
  step: string;
  timeoutMs: number;
  /** Scroll first, so the step's top sits just above the trigger line (this share of the viewport height). */
  scrollToLine?: number;
  /** The sequence must be the one presented (presentation mode). */
  presented?: boolean;
  /** The step's own card must be on screen (a deep link puts it there). */
  inView?: boolean;
}

/** Waits until a sequence shows a step: it is the active step, and the chart is in its state. */
export async function waitForStep({ sequence, step, timeoutMs, scrollToLine, presented, inView }: StepWait): Promise<string | null> {
  const root = document.querySelector<HTMLElement>(`[data-scrolly="${sequence}"]`);
  const card = document.getElementById(step);
  if (!root || !card) return `the page has no sequence "${sequence}" with a step "${step}"`;
  const graphic = root.querySelector<HTMLElement>('[data-graphic]')!;
  if (scrollToLine !== undefined) {
    // 40 px above the line, as a reader's scroll leaves it (tests/e2e/wheel.ts).
    const top = card.getBoundingClientRect().top - (window.innerHeight * scrollToLine - 40);
    window.scrollBy({ top, behavior: 'instant' });
  }
  const shows = () =>
    root.dataset.activeStep === step && graphic.dataset.shownStep === step && (!presented || root.classList.contains('is-presented'));
  const deadline = performance.now() + timeoutMs;
  while (!shows() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 16));
  if (!shows()) {
    const presenting = presented ? `, presented: ${root.classList.contains('is-presented')}` : '';
    return `data-active-step is "${root.dataset.activeStep ?? '(none)'}" and data-shown-step is "${graphic.dataset.shownStep}"${presenting} after ${timeoutMs} ms`;
  }
  if (inView) {
    const box = card.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= window.innerHeight) return `the step's card is off screen (its top at ${Math.round(box.top)} px of ${window.innerHeight})`;
  }
  return null;
}

/**
 * Waits until the page has not scrolled for `quietMs`: a navigation of the page's own (a deep
 * link, the Next button) has then ended, and a scroll that follows is the reader's, not one the
 * navigation would put back in place (mode.ts, onSettled).
 */
export async function scrollSettled({ quietMs, timeoutMs }: { quietMs: number; timeoutMs: number }): Promise<string | null> {
  const deadline = performance.now() + timeoutMs;
  let last = window.scrollY;
  let quietSince = performance.now();
  while (performance.now() - quietSince < quietMs) {
    if (performance.now() > deadline) return `the page was still scrolling after ${timeoutMs} ms`;
    await new Promise((resolve) => setTimeout(resolve, 16));
    if (window.scrollY !== last) {
      last = window.scrollY;
      quietSince = performance.now();
    }
  }
  return null;
}

/**
 * In presentation mode, focus is in the presented sequence (a screen reader starts there, and Tab
 * reaches its controls), and the container that holds it draws no focus ring: on a projector a
 * ring around the whole screen is noise. A control (a button) keeps its ring.
 */
export function presentationFocus({ sequence }: { sequence: string }): string | null {
  const root = document.querySelector<HTMLElement>(`[data-scrolly="${sequence}"]`);
  const focused = document.activeElement as HTMLElement | null;
  const name = (element: Element | null) =>
    element ? `<${element.tagName.toLowerCase()}${element.className ? ` class="${element.className}"` : ''}>` : 'nothing';
  if (!root || !focused || !root.contains(focused)) return `focus is on ${name(focused)}, not in the presented sequence`;
  if (focused.matches('button, a, input, select, textarea')) return null;
  const style = getComputedStyle(focused);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
    return `the focused ${name(focused)} draws a ${style.outlineWidth} ${style.outlineStyle} focus ring around the presented chart`;
  }
  return null;
}

/** After Escape: presentation has ended, and focus is back on the button that starts it. */
export async function presentationEnded({ timeoutMs }: { timeoutMs: number }): Promise<string | null> {
  const deadline = performance.now() + timeoutMs;
  while (document.documentElement.classList.contains('is-presenting') && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 16));
  if (document.documentElement.classList.contains('is-presenting')) return `presentation mode was still on after ${timeoutMs} ms`;
  if (!document.activeElement?.matches('[data-present-start]')) return `focus is on <${document.activeElement?.tagName.toLowerCase()}>, not on the button that starts presenting`;
  return null;
}
