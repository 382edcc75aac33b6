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
 * one sees it. A part already on screen or above it (after a jump to the chapter's end) is drawn
 * whole, as the browser would: many small placeholders drawn there, each a little off, moved the
 * page from under the reader over several frames. A reader who scrolls faster than the pieces are
 * drawn meets the rest as the browser draws them, a few at a time, half a screen ahead.
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

export function drawAhead(parts: Iterable<HTMLElement>): void {
  const waiting: HTMLElement[] = [];
  let scheduled = false;

  /**
   * Draws one part, or one piece. A part with pieces opens with its pieces still waiting, if it is
   * still below the screen: a jump may have carried the reader past it since it was queued.
   */
  const drawOne = (element: HTMLElement) => {
    let pieces = element.hasAttribute('data-draw-ahead') ? [...element.querySelectorAll<HTMLElement>('[data-draw-piece]')] : [];
    if (pieces.length > 0 && element.getBoundingClientRect().top < window.innerHeight) pieces = [];
    element.dataset.drawn = pieces.length > 0 ? 'pieces' : '';
    // Reading its box lays it out now, in idle time, rather than in the next frame.
    element.getBoundingClientRect();
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
        if (entry.boundingClientRect.top < window.innerHeight) {
          // On screen or above it (the reader jumped): drawn whole, in the next frame, as the
          // browser would. Only below the screen can a part grow a piece at a time unseen.
          part.dataset.drawn = '';
        } else {
          waiting.push(part);
        }
      }
      schedule();
    },
    { rootMargin: AHEAD },
  );
  for (const part of parts) observer.observe(part);
}
