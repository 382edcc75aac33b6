/**
 * Presentation mode on a projector (?present): a projector washes out faint colour, so the marks
 * a step does not point at must still stand 3:1 against the background (WCAG 1.4.11), and the
 * chart must fill the screen. Every step of every sequence, in the light and dark schemes.
 */
import { expect, test, type Page } from '@playwright/test';
import { CHAPTER_SLUGS, DESKTOP_ONLY } from './helpers';

const MIN_CONTRAST = 3;

/**
 * Runs in the page: each faint (.is-muted) mark of the presented drawing whose stronger paint,
 * fill or outline, blended at its opacity over the background, stands less than `min` to it.
 * Paint in the background's own colour (a hollow mark's inside, a label's halo) is not the mark,
 * and a guide drawn below 3:1 even when a step points at it (a row's rule) is no faint data mark.
 */
function faintMarksBelow(min: number): string[] {
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

/** Enters presentation at a chapter's first sequence, as a teacher does; the states have arrived before the first key. */
async function present(page: Page, slug: string) {
  await page.goto(`/chapters/${slug}/`, { waitUntil: 'networkidle' });
  await page.locator('button[data-present-start]').first().click();
  await expect(page.locator('html')).toHaveClass(/is-presenting/);
}

test.describe('presentation mode on a projector', () => {
  test.use({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });

  for (const slug of CHAPTER_SLUGS) {
    // Sets its own screen size: the desktop run is enough.
    test(`${slug}: every faint mark of every step stands ${MIN_CONTRAST}:1 against the background, light and dark`, DESKTOP_ONLY, async ({ page }) => {
      test.setTimeout(90_000);
      await present(page, slug);
      const stepIds = await page.locator('[data-scrolly] [data-step]').evaluateAll((steps) => steps.map((step) => step.getAttribute('data-step')!));
      const problems: string[] = [];
      for (const [index, stepId] of stepIds.entries()) {
        if (index > 0) await page.keyboard.press('PageDown');
        await expect(page.locator('.scrolly.is-presented [data-graphic]')).toHaveAttribute('data-state', stepId);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          for (const problem of await page.evaluate(faintMarksBelow, MIN_CONTRAST)) problems.push(`${stepId} (${colorScheme}): ${problem}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
