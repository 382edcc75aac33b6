/**
 * Parts of a chapter marked `data-draw-ahead` (step cards, the quiz, the notes) skip rendering
 * while far from the screen (`content-visibility: auto` until they carry `data-drawn`). Left to the
 * browser, a part is drawn half a screen ahead, in a frame of the scroll: at a 4x slowdown the notes
 * blocked the scroll for over 100 ms. So each is drawn three screens ahead, in idle time, a large
 * one a piece (`data-draw-piece`) at a time (drawAheadPolicy.ts says when and how much). The End
 * key draws the rest at once: the browser fixes where it lands from the placeholders' heights.
 */
import { whenIdle } from './idle';
import { planFor, timeForAnotherPiece } from './drawAheadPolicy';

/** Far enough ahead that a part is drawn before the browser's own half-screen margin reaches it: three screens above and below. */
const AHEAD_SCREENS = 3;
const AHEAD = `${AHEAD_SCREENS * 100}% 0px`;

/**
 * The screen's height, from the observer's own root (the screen and three more above and below):
 * reading `innerHeight` in the callback made a phone lay out the page there, mid-scroll (15-19 ms
 * at a 4x slowdown). A frame from another site gets no root bounds: it reads the window.
 */
function screenHeightOf(entry: IntersectionObserverEntry): number {
  return entry.rootBounds ? entry.rootBounds.height / (1 + 2 * AHEAD_SCREENS) : window.innerHeight;
}

/** The key will scroll the page: it is not typed into a field, nor taken by another handler (presentation mode's End). */
function isScrollKey(event: KeyboardEvent): boolean {
  const target = event.target;
  const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  return !event.defaultPrevented && !typing;
}

/**
 * Draws a part and lays it out at once. A part that starts above the top of the screen (queued
 * after a jump) can be taller than its placeholder's share of its step, and would push everything
 * below it, the step the reader is on included, down the screen: the page is moved back by what
 * the browser's own scroll anchoring has not already made up (Chromium and Firefox anchor, WebKit
 * does not).
 */
function drawKeepingPlace(element: HTMLElement, drawn: '' | 'pieces', startsAbove: boolean): void {
  const pageHeight = document.documentElement.scrollHeight;
  const scrolled = window.scrollY;
  element.dataset.drawn = drawn;
  element.getBoundingClientRect();
  if (!startsAbove) return;
  const shift = document.documentElement.scrollHeight - pageHeight - (window.scrollY - scrolled);
  if (Math.abs(shift) >= 1) window.scrollBy({ top: shift, behavior: 'instant' });
}

export function drawAhead(parts: Iterable<HTMLElement>): void {
  const all = [...parts];
  const waiting: HTMLElement[] = [];
  let scheduled = false;

  /**
   * Draws one part, or one piece. A part with pieces is placed again first: a jump may have
   * carried the reader to it, or past it, since it was queued (the keyboard's End is animated).
   */
  const drawOne = (element: HTMLElement) => {
    if (element.dataset.drawn === '') return;
    const pieces = [...element.querySelectorAll<HTMLElement>('[data-draw-piece]')];
    if (pieces.length > 0 && planFor(element.getBoundingClientRect(), window.innerHeight, true) === 'leave to the browser') return;
    // Reading its box lays it out now, in idle time, rather than in the next frame.
    drawKeepingPlace(element, pieces.length > 0 ? 'pieces' : '', element.getBoundingClientRect().top < 0);
    waiting.unshift(...pieces);
  };
  const drawSome = (deadline?: IdleDeadline) => {
    scheduled = false;
    const started = performance.now();
    let next = waiting.shift();
    while (next) {
      drawOne(next);
      const timeForMore = deadline && timeForAnotherPiece(performance.now() - started, deadline.timeRemaining());
      if (!timeForMore || !waiting[0]?.hasAttribute('data-draw-piece')) break;
      next = waiting.shift();
    }
    schedule();
  };
  const schedule = () => {
    if (scheduled || waiting.length === 0) return;
    scheduled = true;
    whenIdle(drawSome);
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const part = entry.target as HTMLElement;
        observer.unobserve(part);
        const plan = planFor(entry.boundingClientRect, screenHeightOf(entry), part.querySelector('[data-draw-piece]') !== null);
        if (plan === 'draw now') part.dataset.drawn = '';
        else if (plan === 'queue') waiting.push(part);
      }
      schedule();
    },
    { rootMargin: AHEAD },
  );
  for (const part of all) observer.observe(part);

  /**
   * End: every part is drawn whole before the browser works out where the end is. It lays out
   * what lies between in one go (a long task on a slow phone), but on a key press that is about to
   * scroll the whole page, not in the middle of a scroll.
   */
  const drawRestForEnd = (event: KeyboardEvent) => {
    if (event.key !== 'End' || !isScrollKey(event)) return;
    window.removeEventListener('keydown', drawRestForEnd);
    observer.disconnect();
    waiting.length = 0;
    for (const part of all) part.dataset.drawn = '';
  };
  // Bubbling, so that a handler that takes the key (presentation mode) has run before it.
  window.addEventListener('keydown', drawRestForEnd);
}
