/**
 * Presentation mode, for a projector: one sequence at a time, full screen, the chart large and
 * the step's text as a caption. Right arrow, Page Down and Space go forward (clickers send these),
 * left arrow and Page Up go back, Escape leaves. The URL (?present#step) follows the step, so a
 * teacher can reopen where the class stopped. It drives the same ScrollySequence objects as
 * scrolling does: one mechanism, another way in.
 */
import type { ScrollySequence } from './ScrollySequence';

const FORWARD = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar']);
const BACK = new Set(['ArrowLeft', 'PageUp']);

export interface Presentation {
  /** Enters presentation at the step in the URL, else the sequence on screen, else the first. */
  startFromPage(): void;
}

export function initPresentation(sequences: ScrollySequence[], canAnimate: () => boolean): Presentation {
  let current: { sequence: ScrollySequence; index: number } | null = null;

  const urlFor = (present: boolean, stepId?: string) => {
    const url = new URL(window.location.href);
    if (present) url.searchParams.set('present', '');
    else url.searchParams.delete('present');
    url.hash = stepId ? `#${stepId}` : url.hash;
    return `${url.pathname}${url.search.replace('present=', 'present')}${url.hash}`;
  };

  const show = (sequence: ScrollySequence, index: number, animate: boolean) => {
    if (current && current.sequence !== sequence) current.sequence.leavePresentation();
    current = { sequence, index };
    sequence.present(index, { animate: animate && canAnimate() });
    window.history.replaceState(null, '', urlFor(true, sequence.stepId(index)));
  };

  const enter = (sequence: ScrollySequence, index: number) => {
    document.documentElement.classList.add('is-presenting');
    show(sequence, index, false);
    focusPresented(sequence, () => current?.sequence === sequence);
  };

  const exit = () => {
    if (!current) return;
    const { sequence } = current;
    document.documentElement.classList.remove('is-presenting');
    window.history.replaceState(null, '', urlFor(false, sequence.stepId(sequence.currentIndex)));
    current = null;
    sequence.stopPresenting();
    document.querySelector<HTMLElement>('[data-present-start]')?.focus({ preventScroll: true });
  };

  const move = (delta: 1 | -1) => {
    if (!current) return;
    const { sequence } = current;
    const next = sequence.currentIndex + delta;
    if (next >= 0 && next < sequence.stepCount) return show(sequence, next, true);
    // Past either end of a sequence: on to the neighbouring sequence, if there is one.
    const neighbour = sequences[sequences.indexOf(sequence) + delta];
    if (neighbour) show(neighbour, delta > 0 ? 0 : neighbour.stepCount - 1, false);
  };

  document.addEventListener('keydown', (event) => {
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    if (FORWARD.has(event.key)) {
      event.preventDefault();
      move(1);
    } else if (BACK.has(event.key)) {
      event.preventDefault();
      move(-1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      exit();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      show(current.sequence, event.key === 'Home' ? 0 : current.sequence.stepCount - 1, false);
    }
  });

  // The previous/next buttons inside a presented sequence.
  document.addEventListener('scrolly:present-step', (event) => {
    const detail = (event as CustomEvent<{ index: number }>).detail;
    if (current) show(current.sequence, detail.index, true);
  });

  // A projector's resolution is often set after presentation starts, and the text's own font may
  // arrive after it was first fitted in a fallback font.
  window.addEventListener('resize', () => current?.sequence.fitCaption());
  void document.fonts?.ready.then(() => current?.sequence.fitCaption());

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-present-exit]')) button.addEventListener('click', exit);

  return {
    startFromPage() {
      if (sequences.length === 0) return;
      const fromHash = findStep(sequences, decodeURIComponent(window.location.hash.slice(1)));
      const inView = sequences.find((sequence) => sequence.root.dataset.activeStep !== undefined && isInView(sequence.root));
      if (fromHash) enter(fromHash.sequence, fromHash.index);
      else if (inView) enter(inView, inView.currentIndex);
      else enter(sequences[0]!, 0);
    },
  };
}

/**
 * Focus goes to the presented chart, so that a screen reader starts there and Tab reaches its
 * controls. WebKit clears focus when it scrolls to the URL's #step, which it does when the page
 * has loaded, after this ran: on a page still loading, focus is given again then, unless the
 * reader has put it somewhere of their own meanwhile or presentation has moved on.
 */
function focusPresented(sequence: ScrollySequence, stillPresented: () => boolean): void {
  const figure = sequence.root.querySelector<HTMLElement>('[data-graphic]');
  if (!figure) return;
  figure.focus({ preventScroll: true });
  if (document.readyState === 'complete') return;
  window.addEventListener(
    'load',
    () => {
      const focused = document.activeElement;
      if (stillPresented() && (!focused || focused === document.body)) figure.focus({ preventScroll: true });
    },
    { once: true },
  );
}

function findStep(sequences: ScrollySequence[], stepId: string) {
  for (const sequence of sequences) {
    const index = sequence.stepIndex(stepId);
    if (index >= 0) return { sequence, index };
  }
  return undefined;
}

function isInView(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.top < window.innerHeight && box.bottom > 0;
}
