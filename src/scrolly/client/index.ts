/** Entry point: enhances every scrolly sequence on the page. Loaded only by pages that have one. */
import { initMotionToggles } from './motion';
import { ScrollySequence } from './ScrollySequence';

initMotionToggles();
for (const root of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
  new ScrollySequence(root).start();
}
