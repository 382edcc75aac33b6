/**
 * Shrinks a box's text until it shows whole: a caption projected for a class cannot be scrolled
 * from the back of the room. The stylesheet's size is the largest; below the floor the box scrolls
 * instead, since smaller text would not be read from there either.
 */
export const SMALLEST_PROJECTED_TEXT_PX = 16;

export function fitTextToBox(box: HTMLElement, smallestPx = SMALLEST_PROJECTED_TEXT_PX): void {
  box.style.removeProperty('font-size');
  const fits = () => box.scrollHeight <= box.clientHeight + 1;
  if (fits()) return;
  // Six halvings of the range find the size to within about half a pixel.
  let [low, high] = [smallestPx, parseFloat(getComputedStyle(box).fontSize)];
  for (let step = 0; step < 6 && high - low > 0.5; step++) {
    const middle = (low + high) / 2;
    box.style.fontSize = `${middle}px`;
    if (fits()) low = middle;
    else high = middle;
  }
  box.style.fontSize = `${low}px`;
}
