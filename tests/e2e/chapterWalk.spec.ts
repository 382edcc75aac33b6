/**
 * One walk per chapter and layout (the desktop and phone projects), every step reached every way a
 * reader reaches it: opened by its link on a fresh load (the chapter's first step, and the first of
 * its last sequence, far down the page), scrolled down to with the wheel (one flick a step; notch by
 * notch: scrolly.spec.ts), scrolled back up to, followed by its link (in long jumps both ways) and
 * stepped to with a presenter's keys (presentation opened by a link; by its button:
 * classroom.spec.ts). At every step, once the chart has settled:
 * - the step is the reader's: the sequence names it active, its card alone is `aria-current`, and
 *   the chart says it shows it (`data-shown-step`);
 * - by links, the two marks its hand-written expectation names first (tests/unit/steps), a check
 *   that does not lean on the build's own drawing;
 * - the drawing is the one the build draws for that step, whatever the path. The browser keeps each
 *   mark's element from state to state, so an attribute, class, text or element one state leaves
 *   behind would show only on some paths (issue 19);
 * - on the way down (light scheme) and back up (dark scheme), every word the chart draws stays
 *   inside the drawing, apart from the others and legible (chartTexts.ts);
 * - presented (on the desktop run, at a projector's 1280 x 720, then 1024 x 768 as if the
 *   resolution changed mid-lesson), the chart fills the screen, the step's text shows whole and every
 *   faint mark stands 3:1 against the background in both schemes (projectedScreen.ts);
 * - nothing logs an error.
 * Reduced motion, so each change is drawn at once; then (on the desktop, still at 1024 x 768) quick
 * animated steps, so the transitions' end values are held too. Words are measured once the fonts
 * have loaded. What each step draws, mark by mark, is checked without
 * a browser (tests/unit/stepScenes.test.ts); the wheel walked notch by notch: scrolly.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expandState, type SequenceStates } from '../../src/charts/compactStates';
import { CHART_SIZES, VARIANTS, type Variant } from '../../src/charts/contract';
import { renderScene } from '../../src/charts/renderScene';
import { CHART_TEXT_RULES, checkTexts } from './chartTexts';
import { drawingSignature } from './drawing';
import { faintMarksBelow, MIN_DRAWING_SHARE, MIN_FAINT_CONTRAST, presentedScreenProblems, PROJECTOR_SCREENS } from './projectedScreen';
import { animatesDuring, CHAPTER_SLUGS, DIST, watchPage } from './helpers';
import { chapterSteps, expectChartAt, type Step } from './sequenceSteps';
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
  // Words are measured as drawn: in the site's fonts, not the fallback shown until they swap in.
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
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
 * Waits for the step to be the reader's (active, its card alone current) and the visible drawing of
 * its sequence to show it, settled (no transition running) and matching the build's drawing; if it
 * never does, the difference is the failure.
 */
async function expectDrawn(page: Page, step: Step, path: string): Promise<void> {
  const result = await page.evaluate(
    ({ sequence, id }) =>
      new Promise<{
        matched: boolean;
        active?: string | undefined;
        current?: string[];
        state?: string | undefined;
        variant?: string | undefined;
        actual?: string | undefined;
        expected?: string | undefined;
      }>((resolve) => {
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
          const active = root.dataset.activeStep;
          const current = Array.from(root.querySelectorAll('[aria-current="step"]'), (element) => element.id);
          const isReaders = active === id && current.length === 1 && current[0] === id;
          if (isReaders && state === id && settled && actual === expected) resolve({ matched: true });
          else if (performance.now() - startedAt > 5000) resolve({ matched: false, active, current, state, variant, actual, expected });
          else window.setTimeout(check, 20);
        };
        check();
      }),
    step,
  );
  if (result.matched) return;
  const where = `${step.sequence} #${step.id}, reached by ${path}`;
  expect(result.active, `the active step at ${where}`).toBe(step.id);
  expect(result.current, `the steps marked current at ${where}`).toEqual([step.id]);
  expect(result.state, `the chart's state at ${where}`).toBe(step.id);
  expect(result.actual, `the ${result.variant} drawing at ${where}, against the build's`).toBe(result.expected);
  throw new Error(`The drawing at ${where} never settled (a transition still running)`);
}

/** What is wrong with the words the step's visible drawing writes (chartTexts.ts), each problem named with its step. */
async function textProblems(page: Page, step: Step, scheme: string): Promise<string[]> {
  const svg = page.locator(`[data-scrolly="${step.sequence}"] .scrolly__svg:visible svg`);
  const problems = await svg.evaluate(checkTexts, CHART_TEXT_RULES);
  return problems.map((problem) => `${scheme}: ${step.sequence} #${step.id}: ${problem}`);
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

  test(`${slug}: every step is the reader's and drawn as the build draws it, with legible words, by scrolling, links and presentation keys`, async ({ page }, testInfo) => {
    // Every step of the chapter, walked four ways: far longer than one check of one thing.
    test.setTimeout(180_000);
    const watcher = watchPage(page);
    const problems: string[] = [];

    await test.step('scrolling down through every step (light scheme), then back up (dark scheme)', async () => {
      // Opened at the first step's link, as a shared link does: the first drawing is that step's.
      await openChapter(page, `${chapter}#${steps[0]!.id}`, slug, steps);
      await expectDrawn(page, steps[0]!, 'a link, on a fresh load');
      await page.mouse.move(200, 300);
      for (const step of steps) {
        await flickToStep(page, step.id);
        await expectDrawn(page, step, 'scrolling down');
        problems.push(...(await textProblems(page, step, 'light')));
      }
      await page.emulateMedia({ colorScheme: 'dark' });
      problems.push(...(await textProblems(page, steps.at(-1)!, 'dark')));
      for (const step of [...steps].reverse().slice(1)) {
        await flickToStep(page, step.id);
        await expectDrawn(page, step, 'scrolling up');
        problems.push(...(await textProblems(page, step, 'dark')));
      }
      await page.emulateMedia({ colorScheme: 'light' });
      expect(problems, "the charts' words").toEqual([]);
    });

    await test.step('a fresh load at a link into the last sequence, then links to the steps in long jumps both ways', async () => {
      // The first step of the chapter's last sequence: a link far down the page, below cards not yet drawn.
      const farLink = steps.find((step) => step.sequence === steps.at(-1)!.sequence)!;
      await openChapter(page, `${chapter}#${farLink.id}`, slug, steps);
      await expectDrawn(page, farLink, 'a link into a later sequence, on a fresh load');
      for (const step of jumpOrder(steps)) {
        await page.evaluate((id) => (window.location.hash = id), step.id);
        await expectDrawn(page, step, 'a link');
        // Against the hand-written expectation too (tests/unit/steps), not only the build's own drawing.
        await expectChartAt(page, step.sequence, step.id);
      }
    });

    // Opened at a step of its own, so its first drawing is one jump from the build's first state.
    // On the desktop run, on a projector's screen: every step presented must fill it, with its faint
    // marks at 3:1 in both schemes; then the resolution changes and the class goes back.
    const projector = testInfo.project.name === 'desktop';
    const opening = steps.findIndex((_, index) => isLastOfSequence(steps, index));
    const projected = async (step: Step, screen: { width: number; height: number }, schemes: readonly ('light' | 'dark')[]) => {
      if (!projector) return;
      const at = `${step.id} (${screen.width}x${screen.height})`;
      for (const problem of await page.evaluate(presentedScreenProblems, MIN_DRAWING_SHARE)) problems.push(`${at}: ${problem}`);
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        for (const problem of await page.evaluate(faintMarksBelow, MIN_FAINT_CONTRAST)) problems.push(`${at}, ${colorScheme}: ${problem}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    };
    await test.step('presentation opened by a link, then Page Up to the start, Page Down to the end and Page Up back', async () => {
      const [projectorScreen, changedScreen] = PROJECTOR_SCREENS;
      if (projector) await page.setViewportSize(projectorScreen);
      await openChapter(page, `${chapter}?present#${steps[opening]!.id}`, slug, steps);
      await expectDrawn(page, steps[opening]!, 'a link that opens presentation mode');
      for (let index = opening - 1; index >= 0; index--) {
        await page.keyboard.press('PageUp');
        await expectDrawn(page, steps[index]!, 'Page Up');
      }
      await projected(steps[0]!, projectorScreen, ['light', 'dark']);
      for (let index = 1; index < steps.length; index++) {
        await page.keyboard.press('PageDown');
        await expectDrawn(page, steps[index]!, 'Page Down');
        await projected(steps[index]!, projectorScreen, ['light', 'dark']);
      }
      if (projector) {
        await page.setViewportSize(changedScreen);
        // The browser fires resize (the text is fitted again) in the next frame, before painting it: wait for that frame.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        await projected(steps.at(-1)!, changedScreen, []);
      }
      for (let index = steps.length - 2; index >= 0; index--) {
        await page.keyboard.press('PageUp');
        await expectDrawn(page, steps[index]!, 'Page Up');
        await projected(steps[index]!, changedScreen, []);
      }
      expect(problems, 'the presented screens').toEqual([]);
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
