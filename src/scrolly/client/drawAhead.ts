/**
 * Parts of a chapter marked `data-draw-ahead` (step cards, the quiz, the notes) skip rendering
 * while far from the screen: their CSS gives them `content-visibility: auto` until they carry
 * `data-drawn`. Left to the browser, a part is drawn when it comes within half a screen, in a
 * frame of the scroll: the notes' layout then made that frame a long task on a slow device, and
 * a card's was often forced into the task that starts a chart's transition (scrollama's observer
 * reads the scroll position, which lays out whatever is pending).
 *
 * So each part is drawn earlier, when it comes within two screens, one part per idle period, and
 * laid out there and then: by the time the browser would have drawn it, nothing is left to do.
 * Parts are small (a card, a question, a note) so that each idle task stays short. The chapter
 * list is not one: skipped, it misled axe's target-size rule, as Lighthouse runs it, into finding
 * its links obscured.
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
