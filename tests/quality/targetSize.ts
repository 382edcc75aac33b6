/**
 * WCAG 2.5.8 (Target Size, Minimum), measured in the page. axe's `target-size` rule leaves out
 * targets inline in text, which would let a citation number or a glossary button be a few pixels
 * wide; this check holds every target to the rule except links that are words of a sentence.
 * A target passes if its box is at least 24 x 24 CSS px, or by the spacing exception: a 24 px
 * circle centred on it meets no other target and no other small target's circle.
 */
export const MIN_TARGET_PX = 24;

/** Runs in the page (passed to page.evaluate): one line per target that fails, naming it. */
export function smallTargetsInPage(minPx: number): string[] {
  const selector = 'a[href], button, summary, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';
  // A link that is words of a sentence is held by the line's height (WCAG's "inline" exception);
  // a number, a symbol or a lone mark is not words.
  const isWordsInSentence = (element: Element) => {
    if (element.tagName !== 'A' || getComputedStyle(element).display !== 'inline') return false;
    if (element.closest('sup, .term__button')) return false;
    const text = (element.textContent ?? '').trim();
    return /\p{L}{2,}/u.test(text) && element.parentElement !== null && (element.parentElement.textContent ?? '').trim().length > text.length;
  };
  const targets = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => {
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || element.closest('[inert], [aria-hidden="true"], .visually-hidden')) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  });
  // A labelled control is hit through its label too: its target is the box round both.
  const targetBox = (element: HTMLElement) => {
    const labels = element instanceof HTMLInputElement ? [...(element.labels ?? [])] : [];
    return labels.reduce((box, label) => {
      const other = label.getBoundingClientRect();
      const left = Math.min(box.left, other.left);
      const top = Math.min(box.top, other.top);
      return new DOMRect(left, top, Math.max(box.right, other.right) - left, Math.max(box.bottom, other.bottom) - top);
    }, element.getBoundingClientRect());
  };
  const boxes = targets.map(targetBox);
  const small = boxes.map((box) => box.width < minPx - 0.01 || box.height < minPx - 0.01);
  const radius = minPx / 2;
  const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
  const circleMeetsBox = (box: DOMRect, other: DOMRect) => {
    const { x, y } = centre(box);
    const dx = Math.max(other.left - x, 0, x - other.right);
    const dy = Math.max(other.top - y, 0, y - other.bottom);
    return dx * dx + dy * dy < radius * radius - 0.01;
  };
  const circlesMeet = (a: DOMRect, b: DOMRect) => {
    const ca = centre(a);
    const cb = centre(b);
    return Math.hypot(ca.x - cb.x, ca.y - cb.y) < 2 * radius - 0.01;
  };
  const name = (element: HTMLElement) => {
    const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
    return `<${element.tagName.toLowerCase()}${element.className ? ` class="${element.className}"` : ''}> "${label.trim().slice(0, 40)}"`;
  };
  const problems: string[] = [];
  targets.forEach((element, index) => {
    if (!small[index] || isWordsInSentence(element)) return;
    const box = boxes[index]!;
    const crowdedBy = targets.findIndex((other, otherIndex) => {
      if (otherIndex === index || other.contains(element) || element.contains(other)) return false;
      return circleMeetsBox(box, boxes[otherIndex]!) || (small[otherIndex] && circlesMeet(box, boxes[otherIndex]!));
    });
    if (crowdedBy < 0) return;
    problems.push(`${name(element)} is ${box.width.toFixed(1)} x ${box.height.toFixed(1)} px and too close to ${name(targets[crowdedBy]!)}`);
  });
  return problems;
}
