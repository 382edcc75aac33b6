/**
 * Parts of a chapter marked `data-draw-ahead` (the step cards) skip rendering while far from the
 * screen: their CSS gives them `content-visibility: auto` until they carry `data-drawn`. Left to
 * the browser, a card is drawn when it comes within half a screen, in a frame of the scroll, and
 * its layout was often forced into the task that starts a chart's transition (scrollama's
 * observer reads the scroll position, which lays out whatever is pending).
 *
 * So each part is drawn earlier, when it comes within two screens, one part per idle period, and
 * laid out there and then: by the time the browser would have drawn it, nothing is left to do.
 * A part must be small: the quiz and the notes, laid out in one piece, were long tasks here, so
 * they are left to the browser (Quiz.astro).
 */
import { whenIdle } from './idle';

/** Far enough ahead that a part is drawn before the browser's own half-screen margin reaches it. */
const AHEAD = '200% 0px';

export function drawAhead(parts: Iterable<HTMLElement>): void {
  const waiting: HTMLElement[] = [];
  let scheduled = false;

  const drawNext = () => {
    scheduled = false;
    const part = waiting.shift();
    if (!part) return;
    part.dataset.drawn = '';
    // Reading its box lays the part out now, in idle time, rather than in the next frame.
    part.getBoundingClientRect();
    schedule();
  };
  const schedule = () => {
    if (scheduled || waiting.length === 0) return;
    scheduled = true;
    whenIdle(drawNext);
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        waiting.push(entry.target as HTMLElement);
      }
      schedule();
    },
    { rootMargin: AHEAD },
  );
  for (const part of parts) observer.observe(part);
}
