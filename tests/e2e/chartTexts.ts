/**
 * What is wrong with the words a chart draws, measured by the browser with the site's own fonts
 * (passed to page.evaluate, so it imports nothing). Every word must fit inside its drawing and be
 * legible:
 * - Inside (across and down): a name right-aligned to an axis was cut off at the edge of a phone's
 *   drawing ("HumanEval"). The layouts place text with an estimate of its width
 *   (src/charts/shared/labels.ts), close on average and wrong for some words; this is the real measure.
 * - Apart: no word drawn over another (a release's name hid another's on the phone).
 * - Legible: drawn at `minTextPx` or more; text a step does not point at is drawn fainter, but still
 *   at `minContrast` against what it is drawn on, the page or a bar (WCAG 1.4.3; axe does not
 *   measure SVG text drawn with opacity). A class reads it projected.
 */

export interface TextRules {
  /** Slack at the drawing's edges, in drawing units: a glyph's box includes its side bearings. */
  slack: number;
  minContrast: number;
  /** Smallest text as drawn on the screen, in CSS px. */
  minTextPx: number;
}

/** WCAG AA for text under 18.66 px bold or 24 px: chart text is 12-13 units, drawn at 13-17 px. */
export const CHART_TEXT_RULES: TextRules = { slack: 0.5, minContrast: 4.5, minTextPx: 12 };

/** Runs in the page: what is wrong with the drawing's texts. */
export function checkTexts(svg: SVGSVGElement, { slack, minContrast, minTextPx }: TextRules): string[] {
  const { width, height } = svg.viewBox.baseVal;
  const scale = svg.getScreenCTM()?.a ?? 1;
  const problems: string[] = [];
  const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([red = 0, green = 0, blue = 0]: number[]) => {
    const channel = (value: number) => ((value /= 255) <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
  };
  /** How much of an element's fill reaches the screen: its fill's opacity and every opacity above it. */
  const alphaOf = (element: Element) => {
    let alpha = Number(getComputedStyle(element).fillOpacity);
    for (let node: Element | null = element; node && node !== svg.parentElement; node = node.parentElement) {
      alpha *= Number(getComputedStyle(node).opacity) * Number(node.getAttribute('opacity') ?? 1);
    }
    const own = rgb(getComputedStyle(element).fill)[3];
    return alpha * (own ?? 1);
  };
  const over = (color: number[], alpha: number, ground: number[]) => [0, 1, 2].map((i) => alpha * color[i]! + (1 - alpha) * ground[i]!);
  const page = rgb(getComputedStyle(document.body).backgroundColor);
  // Shapes with an inside (a line's default black fill covers nothing).
  const FILLED = [SVGRectElement, SVGCircleElement, SVGEllipseElement, SVGPolygonElement, SVGPathElement];
  const drawnBoxes: { text: string; ink: { left: number; right: number; top: number; bottom: number } }[] = [];
  for (const text of svg.querySelectorAll('text')) {
    const alpha = alphaOf(text);
    // A mark hidden in this state is not drawn.
    if (alpha === 0) continue;
    const box = text.getBBox();
    if (box.width === 0) continue;
    // The box runs from the font's ascent, well above the capitals, to its descent: the ink starts
    // about a quarter of the font size lower (Inter: ascent 0.97, capitals and digits 0.73).
    const size = parseFloat(getComputedStyle(text).fontSize);
    if (size * scale < minTextPx) problems.push(`"${text.textContent}" is drawn at ${(size * scale).toFixed(1)} px`);
    const ink = { left: box.x, right: box.x + box.width, top: box.y + 0.24 * size, bottom: box.y + box.height };
    for (const other of drawnBoxes) {
      const overlapX = Math.min(ink.right, other.ink.right) - Math.max(ink.left, other.ink.left);
      const overlapY = Math.min(ink.bottom, other.ink.bottom) - Math.max(ink.top, other.ink.top);
      if (overlapX > 1 && overlapY > size / 4) problems.push(`"${text.textContent}" overlaps "${other.text}"`);
    }
    drawnBoxes.push({ text: text.textContent ?? '', ink });
    if (box.x < -slack || box.x + box.width > width + slack) {
      problems.push(`"${text.textContent}" spans ${box.x.toFixed(1)} to ${(box.x + box.width).toFixed(1)} of ${width} across`);
    }
    // Down, the box runs from the font's ascent to its descent, a quarter of it beyond the ink.
    if (box.y < -box.height / 4 || box.y + box.height > height + box.height / 4) {
      problems.push(`"${text.textContent}" spans ${box.y.toFixed(1)} to ${(box.y + box.height).toFixed(1)} of ${height} down`);
    }
    // What the text is drawn on: its own halo (a stroke in the page's colour, painted first), or
    // else the shape under its middle (a bar, a shaded zone), over the page.
    const style = getComputedStyle(text);
    const halo = style.paintOrder.startsWith('stroke') && style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 2;
    const rect = text.getBoundingClientRect();
    const shape = halo
      ? undefined
      : document
          .elementsFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2)
          .find((element) => svg.contains(element) && !element.closest('text') && FILLED.some((kind) => element instanceof kind) && getComputedStyle(element).fill !== 'none' && alphaOf(element) > 0);
    const ground = halo ? over(rgb(style.stroke), Number(style.strokeOpacity), page) : shape ? over(rgb(getComputedStyle(shape).fill), alphaOf(shape), page) : page;
    const drawn = over(rgb(getComputedStyle(text).fill), alpha, ground);
    const [light, dark] = [luminance(drawn), luminance(ground)].sort((a, b) => b - a);
    const contrast = (light! + 0.05) / (dark! + 0.05);
    if (contrast < minContrast) problems.push(`"${text.textContent}" (${text.getAttribute('class')}) has a contrast of ${contrast.toFixed(2)}:1`);
  }
  return problems;
}
