/**
 * Parts of a chapter marked `data-draw-ahead` (step cards, the quiz, the notes) skip rendering
 * while far from the screen: their CSS gives them `content-visibility: auto` until they carry
 * `data-drawn`. Left to the browser, a part is drawn when it comes within half a screen, in a
 * frame of the scroll: a card's layout was often forced into the task that starts a chart's
 * transition (scrollama's observer reads the scroll position, which lays out whatever is
 * pending), and the notes, laid out in one frame, blocked the scroll for over 100 ms at a 4x
 * slowdown.
 *
 * So each part is drawn earlier, when it comes within three screens, in idle time, and laid out
 * there and then: by the time the browser would have drawn it, nothing is left to do. A large
 * part is drawn in pieces (`data-draw-piece`: a quiz question, a note). It first becomes
 * `data-drawn="pieces"`, its pieces still skipped with small placeholders (global.css), then each
 * piece is drawn in turn, as many per idle period as the period has time for.
 *
 * The pieces change height as they are drawn, so this only happens below the screen, where no
 * one sees it; a jump that lands on a part, or past it, is handled by `planFor`. A reader who
 * scrolls faster than the pieces are drawn meets the rest as the browser draws them, a few at a
 * time, half a screen ahead.
 *
 * The End key is the exception (`drawRestForEnd`): the browser fixes where its animated scroll
 * lands when the key is pressed, from the placeholders' estimated heights, and the notes drawn
 * taller on the way left the reader short of the end.
 */
import { whenIdle } from './idle';

/** Far enough ahead that a part is drawn before the browser's own half-screen margin reaches it. */
const AHEAD = '300% 0px';
/**
 * The most a piece takes to lay out, at a 4x slowdown. Another piece is drawn in the same idle
 * period only if the period has that much left and less than that has gone on pieces already:
 * an idle callback over 50 ms is a long task like any other.
 */
const PIECE_MS = 20;

type Plan = 'queue' | 'draw now' | 'leave to the browser';

/**
 * What to do with a part, from where it is. Below the screen, it is queued, and a part with
 * pieces grows a piece at a time unseen. A step's card is drawn at once if it is on screen, and
 * queued if it is above (a long card makes its step taller when drawn: keepPlace moves the page
 * back by as much). A part with pieces that a jump landed on, or carried the reader past, is left
 * to the browser, which draws
 * it whole when it is near: many small placeholders drawn where the reader looks, each a little
 * off, moved the page from under them over several frames, and drawing it above the screen would
 * change its height from the placeholder's estimate.
 */
function planFor(box: DOMRectReadOnly, hasPieces: boolean): Plan {
  if (box.top >= window.innerHeight) return 'queue';
  if (hasPieces) return 'leave to the browser';
  return box.bottom > 0 ? 'draw now' : 'queue';
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
    if (pieces.length > 0 && planFor(element.getBoundingClientRect(), true) === 'leave to the browser') return;
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
      const timeForMore = deadline && performance.now() - started < PIECE_MS && deadline.timeRemaining() > PIECE_MS;
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
        const plan = planFor(entry.boundingClientRect, part.querySelector('[data-draw-piece]') !== null);
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
