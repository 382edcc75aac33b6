/** Entry point: enhances every scrolly sequence on the page. Loaded only by pages that have one. */
import { initMotionToggles, isMotionEnabled } from './motion';
import { ScrollySequence } from './ScrollySequence';
import { initPresentation } from './presentation';
import { initCopyLinks } from './copyLinks';
import { drawAhead } from './drawAhead';

initMotionToggles();
const sequences = Array.from(document.querySelectorAll<HTMLElement>('[data-scrolly]'), (root) => new ScrollySequence(root));
for (const sequence of sequences) sequence.start();
const presentation = initPresentation(sequences, isMotionEnabled);
if (sequences.length > 0 && new URLSearchParams(window.location.search).has('present')) presentation.startFromPage();
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-present-start]')) {
  button.addEventListener('click', () => presentation.startFromPage());
}
initCopyLinks();
drawAhead(document.querySelectorAll<HTMLElement>('[data-draw-ahead]'));
