/** Entry point: enhances every scrolly sequence on the page. Loaded only by pages that have one. */
import { initMotionToggles } from './motion';
import { ScrollySequence } from './ScrollySequence';
import { initPresentation } from './presentation';
import { initCopyLinks } from './copyLinks';

initMotionToggles();
const sequences = Array.from(document.querySelectorAll<HTMLElement>('[data-scrolly]'), (root) => new ScrollySequence(root));
for (const sequence of sequences) sequence.start();
initPresentation(sequences);
initCopyLinks();
