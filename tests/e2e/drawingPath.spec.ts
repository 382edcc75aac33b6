/**
 * The drawing does not depend on the path (issue 19): for every step of every sequence, in both
 * layouts (the desktop and phone projects), the chart the reader sees once it has settled is the
 * one the build draws for that step, whether they scrolled down to it, scrolled up to it, followed
 * a link to it or stepped to it with a presenter's keys. The browser keeps each mark's element
 * from state to state, so an attribute, class, text or element one state leaves behind would show
 * only on some paths.
 *
 * One test per chapter and layout, two page loads, every step walked in each way; reduced motion,
 * so each change is drawn at once, then (on the desktop) quick animated steps, so the transitions'
 * end values are held too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expandState, type SequenceStates } from '../../src/charts/compactStates';
import { CHART_SIZES, VARIANTS, type Variant } from '../../src/charts/contract';
import { renderScene } from '../../src/charts/renderScene';
import { drawingSignature } from './drawing';
import { animatesDuring, CHAPTER_SLUGS, DIST, watchPage } from './helpers';
import { chapterSteps, type Step } from './sequenceSteps';
import { flickToStep } from './wheel';

/** The build's drawing of every state of a sequence, as SVG markup: variant -> step -> svg. */
type References = Record<string, Record<Variant, Record<string, string>>>;
/** Their signatures (tests/e2e/drawing.ts), the same way round. */
type Signatures = Record<string, Record<string, Record<string, string>>>;

declare global {
  interface Window {
    __drawingSignature?: typeof drawingSignature;
    __reference?: Signatures;
  }
}

/** Drawn by the build's own renderer from the build's own states (/states/<sequence>.json). */
function buildDrawings(sequence: string): Record<Variant, Record<string, string>> {
  const states = JSON.parse(readFileSync(join(DIST, 'states', `${sequence}.json`), 'utf8')) as SequenceStates;
  const drawings = {} as Record<Variant, Record<string, string>>;
  for (const variant of VARIANTS) {
    drawings[variant] = {};
    for (const { id } of states.steps) {
      const scene = expandState(states, variant, id)!;
      drawings[variant][id] = renderScene({ size: CHART_SIZES[variant], ...scene }, { id: `reference-${id}` });
    }
  }
  return drawings;
}

/** Worked out once per chapter in a worker, at the first load of its page. */
const signaturesByChapter = new Map<string, Signatures>();

/**
 * Opens a chapter with the signature function in the page, and leaves there the signature of the
 * build's drawing of every step. Each step also prints the build's wide drawing of its state
 * under its text (for paper and no-JS readers): those must match the references too.
 */
async function openChapter(page: Page, url: string, slug: string, steps: Step[]): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript({ content: `window.__drawingSignature = ${drawingSignature.toString()};` });
  // The engine starts with the page's module script, before DOMContentLoaded; the walk waits for each drawing anyway.
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const known = signaturesByChapter.get(slug);
  if (known) {
    await page.evaluate((signatures) => (window.__reference = signatures), known);
    return;
  }
  const markup: References = {};
  for (const { sequence } of steps) markup[sequence] ??= buildDrawings(sequence);
  const { signatures, unlike } = await page.evaluate((bySequence) => {
    const signature = window.__drawingSignature!;
    const parser = new DOMParser();
    const reference: NonNullable<Window['__reference']> = {};
    for (const [sequence, byVariant] of Object.entries(bySequence)) {
      reference[sequence] = {};
      for (const [variant, byStep] of Object.entries(byVariant)) {
        reference[sequence][variant] = {};
        for (const [step, svg] of Object.entries(byStep)) {
          reference[sequence][variant][step] = signature(parser.parseFromString(svg, 'image/svg+xml').documentElement);
        }
      }
    }
    window.__reference = reference;
    const printed = Array.from(document.querySelectorAll<HTMLElement>('[data-step-figure]'));
    const unlike = printed
      .filter((figure) => {
        const sequence = figure.closest<HTMLElement>('[data-scrolly]')!.dataset.scrolly!;
        return signature(figure.querySelector('svg')!) !== reference[sequence]!.wide![figure.dataset.stepFigure!];
      })
      .map((figure) => figure.dataset.stepFigure);
    return { signatures: reference, unlike };
  }, markup);
  expect(unlike, 'step figures printed by the build that differ from the build drawing of their state').toEqual([]);
  expect(Object.keys(signatures).sort(), 'sequences drawn').toEqual([...new Set(steps.map((step) => step.sequence))].sort());
  signaturesByChapter.set(slug, signatures);
}

/**
 * Waits for the visible drawing of the step's sequence to show that step, settled (no transition
 * running), and to match the build's drawing; if it never does, the difference is the failure.
 */
async function expectDrawn(page: Page, step: Step, path: string): Promise<void> {
  const result = await page.evaluate(
    ({ sequence, id }) =>
      new Promise<{ matched: boolean; state?: string | undefined; variant?: string | undefined; actual?: string | undefined; expected?: string | undefined }>((resolve) => {
        const root = document.querySelector<HTMLElement>(`[data-scrolly="${sequence}"]`)!;
        const startedAt = performance.now();
        const check = () => {
          const holder = Array.from(root.querySelectorAll<HTMLElement>('[data-variant]')).find((element) => element.getClientRects().length > 0);
          const svg = holder?.querySelector('svg');
          const state = root.querySelector<HTMLElement>('[data-graphic]')!.dataset.shownStep;
          const variant = holder?.dataset.variant;
          const expected = variant ? window.__reference![sequence]![variant]![id] : undefined;
          const actual = svg ? window.__drawingSignature!(svg) : undefined;
          const settled = svg && !svg.classList.contains('is-animating');
          if (state === id && settled && actual === expected) resolve({ matched: true });
          else if (performance.now() - startedAt > 5000) resolve({ matched: false, state, variant, actual, expected });
          else window.setTimeout(check, 20);
        };
        check();
      }),
    step,
  );
  if (result.matched) return;
  const where = `${step.sequence} #${step.id}, reached by ${path}`;
  expect(result.state, `the chart's state at ${where}`).toBe(step.id);
  expect(result.actual, `the ${result.variant} drawing at ${where}, against the build's`).toBe(result.expected);
  throw new Error(`The drawing at ${where} never settled (a transition still running)`);
}

/** Long jumps both ways: each sequence's last step, its first, the one before the last, the second... */
function jumpOrder(steps: Step[]): Step[] {
  const order: Step[] = [];
  for (const sequence of new Set(steps.map((step) => step.sequence))) {
    const own = steps.filter((step) => step.sequence === sequence);
    for (let low = 0, high = own.length - 1; low <= high; low++, high--) {
      order.push(own[high]!);
      if (low !== high) order.push(own[low]!);
    }
  }
  return order;
}

/** Whether a step ends, or starts, its sequence (steps in reading order). */
const isLastOfSequence = (steps: Step[], index: number) => steps[index + 1]?.sequence !== steps[index]!.sequence;
const isFirstOfSequence = (steps: Step[], index: number) => steps[index - 1]?.sequence !== steps[index]!.sequence;

/** Time between a presenter's presses in the animated walk: each change interrupts the last one's transition part-way. */
const QUICK_PRESS_MS = 50;

for (const slug of CHAPTER_SLUGS) {
  const chapter = `/chapters/${slug}/`;
  const steps = chapterSteps(slug);

  test(`${slug}: every step's settled drawing is the build's, by scrolling down and up, by links and by presentation keys`, async ({ page }, testInfo) => {
    // Every step of the chapter, walked four ways: far longer than one check of one thing.
    test.setTimeout(180_000);
    const watcher = watchPage(page);

    await test.step('scrolling down through every step, then back up', async () => {
      await openChapter(page, chapter, slug, steps);
      await page.mouse.move(200, 300);
      for (const step of steps) {
        await flickToStep(page, step.id);
        await expectDrawn(page, step, 'scrolling down');
      }
      for (const step of [...steps].reverse().slice(1)) {
        await flickToStep(page, step.id);
        await expectDrawn(page, step, 'scrolling up');
      }
    });

    await test.step('links to the steps, in long jumps both ways', async () => {
      for (const step of jumpOrder(steps)) {
        await page.evaluate((id) => (window.location.hash = id), step.id);
        await expectDrawn(page, step, 'a link');
      }
    });

    // Opened at a step of its own, so its first drawing is one jump from the build's first state.
    const opening = steps.findIndex((_, index) => isLastOfSequence(steps, index));
    await test.step('presentation opened by a link, then Page Up to the start, Page Down to the end and Page Up back', async () => {
      await openChapter(page, `${chapter}?present#${steps[opening]!.id}`, slug, steps);
      await expectDrawn(page, steps[opening]!, 'a link that opens presentation mode');
      for (let index = opening - 1; index >= 0; index--) {
        await page.keyboard.press('PageUp');
        await expectDrawn(page, steps[index]!, 'Page Up');
      }
      for (let index = 1; index < steps.length; index++) {
        await page.keyboard.press('PageDown');
        await expectDrawn(page, steps[index]!, 'Page Down');
      }
      for (let index = steps.length - 2; index >= 0; index--) {
        await page.keyboard.press('PageUp');
        await expectDrawn(page, steps[index]!, 'Page Up');
      }
    });

    // Presentation draws the wide chart in both layouts: once is enough for the transitions.
    if (testInfo.project.name !== 'desktop') return watcher.assertClean();
    await test.step('with motion, quick presses that cut each transition short end on the build drawing', async () => {
      // The reader's own "on" animates whatever the frame budget says (frameBudget.ts).
      await page.evaluate(() => window.localStorage.setItem('tt-motion', 'on'));
      // So this walk can fail: the changes of state do animate.
      const pressDown = () => page.keyboard.press('PageDown');
      expect(await animatesDuring(page, `[data-scrolly="${steps[1]!.sequence}"]`, pressDown), 'a quick Page Down animates').toBe(true);
      await page.waitForTimeout(QUICK_PRESS_MS);
      for (let index = 2; index < steps.length; index++) {
        await pressDown();
        await page.waitForTimeout(QUICK_PRESS_MS);
      }
      // Each sequence was left at its last step, its transition finishing on its own.
      for (const index of steps.keys()) if (isLastOfSequence(steps, index)) await expectDrawn(page, steps[index]!, 'quick animated Page Down presses');
      for (let index = steps.length - 2; index >= 0; index--) {
        await page.keyboard.press('PageUp');
        await page.waitForTimeout(QUICK_PRESS_MS);
      }
      for (const index of steps.keys()) if (isFirstOfSequence(steps, index)) await expectDrawn(page, steps[index]!, 'quick animated Page Up presses');
    });
    watcher.assertClean();
  });
}
