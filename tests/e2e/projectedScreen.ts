/**
 * Presentation mode on a projector (?present), measured in the page (passed to page.evaluate, so
 * nothing here imports): a projector washes out faint colour, so the marks a step does not point
 * at must still stand 3:1 against the background (WCAG 1.4.11), and the chart must fill the screen.
 * Used by chapterWalk.spec.ts at a projector's 1280 x 720 and again at 1024 x 768.
 */

/** Projectors' common screens: the walk presents at the first, then the resolution changes mid-lesson. */
export const PROJECTOR_SCREENS = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

/** WCAG 1.4.11 for the parts of a chart. */
export const MIN_FAINT_CONTRAST = 3;
/** The drawing's least share of the screen's width: the chart is what the class looks at (the text takes the rest). */
export const MIN_DRAWING_SHARE = 0.45;

/**
 * Runs in the page: each faint (.is-muted) mark of the presented drawing whose stronger paint,
 * fill or outline, blended at its opacity over the background, stands less than `min` to it.
 * Paint in the background's own colour (a hollow mark's inside, a label's halo) is not the mark,
 * and a guide drawn below 3:1 even when a step points at it (a row's rule) is no faint data mark.
 */
export function faintMarksBelow(min: number): string[] {
  const parse = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number) as number[];
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
  const contrast = (a: number[], b: number[]) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  const sequence = document.querySelector('.scrolly.is-presented')!;
  const background = parse(getComputedStyle(sequence.querySelector('.scrolly__sticky')!).backgroundColor);
  const svg = sequence.querySelector<SVGSVGElement>('.scrolly__svg[data-variant="wide"] svg')!;
  const problems: string[] = [];
  for (const mark of svg.querySelectorAll<SVGGraphicsElement>('.is-muted')) {
    if (mark instanceof SVGTextElement || mark.closest('text')) continue;
    let opacity = 1;
    for (let node: Element | null = mark; node && node !== svg; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
    const style = getComputedStyle(mark);
    if (opacity === 0 || style.display === 'none' || style.visibility === 'hidden') continue;
    const paints = [
      // A line has no inside to fill.
      { paint: style.fill, alpha: mark instanceof SVGLineElement ? 0 : Number(style.fillOpacity) },
      { paint: style.stroke, alpha: parseFloat(style.strokeWidth) > 0 ? Number(style.strokeOpacity) : 0 },
    ].filter(({ paint, alpha }) => paint.startsWith('rgb') && alpha > 0 && contrast(parse(paint).slice(0, 3), background) > 1.01);
    if (paints.length === 0) continue;
    const seen = paints.map(({ paint, alpha }) => {
      const [r, g, b, a = 1] = parse(paint);
      const total = alpha * a * opacity;
      return contrast([r!, g!, b!].map((value, i) => value * total + background[i]! * (1 - total)), background);
    });
    const best = Math.max(...seen);
    const atFull = Math.max(...paints.map(({ paint }) => contrast(parse(paint).slice(0, 3), background)));
    if (best < min && atFull >= min) problems.push(`${mark.getAttribute('data-key') ?? mark.tagName} (${mark.getAttribute('class')}): ${best.toFixed(2)}:1`);
  }
  return problems;
}

/**
 * Runs in the page: how the presented screen fails to be a projected chart. The drawing takes all
 * the room its grid cell gives it (at its own aspect: `meet`) and at least `minShare` of the
 * screen's width; the title, drawing, key, step text and controls are all on the screen and clear
 * of the drawing; and the step's text shows whole (presentation sizes it to fit: fitText.ts), since
 * nobody scrolls a caption from the back of a classroom.
 */
export function presentedScreenProblems(minShare: number): string[] {
  const sequence = document.querySelector('.scrolly.is-presented')!;
  const svg = sequence.querySelector<SVGSVGElement>('.scrolly__svg[data-variant="wide"] svg')!;
  const box = svg.getBoundingClientRect();
  const { width, height } = svg.viewBox.baseVal;
  const scale = Math.min(box.width / width, box.height / height);
  const drawing = new DOMRect(box.x + (box.width - width * scale) / 2, box.y + (box.height - height * scale) / 2, width * scale, height * scale);
  const cell = svg.parentElement!.getBoundingClientRect();
  const problems: string[] = [];
  if (drawing.width < cell.width - 2 && drawing.height < cell.height - 2) problems.push(`drawing ${Math.round(drawing.width)}x${Math.round(drawing.height)} in a ${Math.round(cell.width)}x${Math.round(cell.height)} cell`);
  if (drawing.width < minShare * innerWidth) problems.push(`drawing ${Math.round(drawing.width)} px wide on a ${innerWidth} px screen`);
  const onScreen = (r: DOMRect) => r.left >= -1 && r.top >= -1 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1;
  const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  if (!onScreen(drawing)) problems.push('drawing off the screen');
  for (const part of ['.scrolly__caption', '.scrolly__key', '.scrolly__present-caption', '.scrolly__controls']) {
    // A chart without a key has no key to place.
    const rect = sequence.querySelector<HTMLElement>(part)?.getBoundingClientRect();
    if (!rect || rect.width === 0) continue;
    if (!onScreen(rect)) problems.push(`${part} off the screen`);
    if (overlaps(rect, drawing)) problems.push(`${part} over the drawing`);
  }
  const text = sequence.querySelector<HTMLElement>('.scrolly__present-caption')!;
  if (text.scrollHeight > text.clientHeight + 1) problems.push(`step text cut by ${text.scrollHeight - text.clientHeight} px`);
  return problems;
}
