/**
 * `npm run test:engines`: the cross-engine smoke run, in Firefox ESR and WebKitGTK (drivers.ts),
 * against the built site (run `npm run build` first). For each chapter, at a phone and a desktop
 * size, in two page loads:
 * 1. `#<step>`: the deep link opens its step, with its card on screen; every step of every
 *    sequence, scrolled to in turn, turns the chart to its state (`data-active-step` on the
 *    sequence, `data-shown-step` on its graphic); back at the linked step, Next opens the one after.
 * 2. `?present#<first step>`: presentation mode opens there with focus in the presented sequence
 *    and no focus ring around the chart, Page Down walks the steps, Escape leaves, and Enter on
 *    the Present button comes back, again with focus in the chart and no ring.
 * Neither load may raise a script error (probe.ts). Each failure names the engine, chapter, size
 * and step. The engines run side by side; the run stops with an error if one is missing, unless
 * ENGINES says otherwise (README). Runs on Node 24's TypeScript support.
 */
import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { triggerOffset } from '../../src/scrolly/client/activeStep.ts';
import { builtPages, DIST, readPage } from '../quality/dist.ts';
import { attr, parseHtml } from '../quality/html.ts';
import { checkInstalled, enginesToRun, launch, type EngineName, type EnginePage, type Viewport } from './drivers.ts';
import { presentationEnded, presentationFocus, scrollSettled, waitForStep } from './inPage.ts';
import { readProblems } from './probe.ts';
import { serveDist } from './server.ts';
import { NARROW_QUERY } from '../../src/scrolly/client/layoutQueries.ts';

const PORT = Number(process.env.ENGINES_PORT ?? 4330);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** WebKitWebDriver listens on the port after the site's. */
const WEBKIT_DRIVER_PORT = PORT + 1;
const SIZES: Record<string, Viewport> = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
/** How long a step may take to show: the chart's states arrive over the network once per sequence. */
const STEP_TIMEOUT_MS = 5_000;
/** Steps presented in turn at the phone size (every step at the desktop size). */
const PHONE_PRESENTED_STEPS = 3;
/**
 * Well past the client's own wait before it takes the page to have settled (ScrollySequence's
 * QUIET_MS, 150 ms) and reads the layout in its next frame: until then a deep link's navigation is
 * under way, and a jump the probe makes would be put back to the link's step once (mode.ts). At
 * 450 ms, WebKit beside the end-to-end suite on a busy two-core machine once ran out of it.
 */
const SETTLE = { quietMs: 1_000, timeoutMs: 6_000 };

interface Sequence {
  id: string;
  steps: string[];
}

/** The sequences of a chapter and their steps, in page order, read from the build. */
function sequencesOf(slug: string): Sequence[] {
  const sequences: Sequence[] = [];
  for (const element of parseHtml(readPage(DIST, `/chapters/${slug}/`))) {
    const sequence = attr(element, 'data-scrolly');
    const step = attr(element, 'data-step');
    if (sequence) sequences.push({ id: sequence, steps: [] });
    else if (step) sequences.at(-1)?.steps.push(step);
  }
  return sequences.filter((sequence) => sequence.steps.length > 0);
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const sizeLabel = (size: string) => `(${SIZES[size]!.width}x${SIZES[size]!.height})`;

/** Load 1: the deep link; every step scrolled to, down the page; back up to the linked step, and Next. */
async function checkScrolling(page: EnginePage, slug: string, size: string, sequences: Sequence[], fail: (what: string) => void): Promise<void> {
  const last = sequences.at(-1)!;
  // A step with one after it, far down the page: the deep link must scroll there itself.
  const linked = last.steps[Math.max(0, last.steps.length - 2)]!;
  await page.open(`${ORIGIN}/chapters/${slug}/#${linked}`, SIZES[size]!);
  const opened = await page.run(waitForStep, { sequence: last.id, step: linked, timeoutMs: STEP_TIMEOUT_MS, inView: true });
  if (opened) return fail(`the deep link #${linked} did not open its step: ${opened}`);
  const settled = await page.run(scrollSettled, SETTLE);
  if (settled) return fail(`after the deep link #${linked}, ${settled}`);
  const line = triggerOffset(await page.run((query) => window.matchMedia(query).matches, NARROW_QUERY));
  const scrollTo = (sequence: string, step: string) => page.run(waitForStep, { sequence, step, timeoutMs: STEP_TIMEOUT_MS, scrollToLine: line });
  for (const sequence of sequences) {
    for (const step of sequence.steps) {
      const shown = await scrollTo(sequence.id, step);
      if (shown) return fail(`scrolled down to step #${step} (${sequence.id}), the chart did not follow: ${shown}`);
    }
  }
  const following = last.steps[last.steps.indexOf(linked) + 1];
  if (!following) return;
  const back = await scrollTo(last.id, linked);
  if (back) return fail(`scrolled back up to step #${linked}, the chart did not follow: ${back}`);
  await page.click(`[data-scrolly="${last.id}"] button[data-step-link="next"]`);
  const next = await page.run(waitForStep, { sequence: last.id, step: following, timeoutMs: STEP_TIMEOUT_MS });
  if (next) fail(`the Next button at #${linked} did not open #${following}: ${next}`);
}

/**
 * Load 2: presentation mode from the URL, walked with Page Down to the chapter's last step (on a
 * phone, the first few steps: projectors are desktop screens, and the phone is presented with
 * the same wide drawings the desktop walk has shown); then
 * Escape leaves it, and Enter on the Present button (focused on leaving) enters it again, as a
 * presenter at the keyboard does. Each time, focus is in the presented sequence and no ring is
 * drawn around the chart.
 */
async function checkPresentation(page: EnginePage, slug: string, size: string, sequences: Sequence[], fail: (what: string) => void): Promise<void> {
  const order = sequences.flatMap((sequence) => sequence.steps.map((step) => ({ sequence: sequence.id, step })));
  const first = order[0]!;
  await page.open(`${ORIGIN}/chapters/${slug}/?present#${first.step}`, SIZES[size]!);
  const opened = await page.run(waitForStep, { ...first, timeoutMs: STEP_TIMEOUT_MS, presented: true });
  if (opened) return fail(`?present#${first.step} did not present its step: ${opened}`);
  const focus = await page.run(presentationFocus, { sequence: first.sequence });
  if (focus) fail(`in presentation mode opened from the URL, ${focus}`);
  const walked = size === 'desktop' ? order : order.slice(0, PHONE_PRESENTED_STEPS);
  for (const [index, { sequence, step }] of walked.entries()) {
    if (index === 0) continue;
    await page.press('PageDown');
    const shown = await page.run(waitForStep, { sequence, step, timeoutMs: STEP_TIMEOUT_MS, presented: true });
    if (shown) return fail(`in presentation mode, Page Down from #${order[index - 1]!.step} did not present #${step} (${sequence}): ${shown}`);
  }
  const last = walked.at(-1)!;
  await page.press('Escape');
  const ended = await page.run(presentationEnded, { timeoutMs: STEP_TIMEOUT_MS });
  if (ended) return fail(`Escape at #${last.step}: ${ended}`);
  await page.press('Enter');
  const again = await page.run(waitForStep, { ...last, timeoutMs: STEP_TIMEOUT_MS, presented: true });
  if (again) return fail(`Enter on the Present button did not present #${last.step} again: ${again}`);
  const focusAgain = await page.run(presentationFocus, { sequence: last.sequence });
  if (focusAgain) fail(`in presentation mode entered from the keyboard, ${focusAgain}`);
}

async function runEngine(engine: EngineName, chapters: Map<string, Sequence[]>): Promise<string[]> {
  const failures: string[] = [];
  const started = performance.now();
  const page = await launch(engine, WEBKIT_DRIVER_PORT);
  try {
    for (const size of Object.keys(SIZES)) {
      for (const [slug, sequences] of chapters) {
        const fail = (what: string) => {
          const message = `[${engine}] ${slug} at ${size} ${sizeLabel(size)}: ${what}`;
          failures.push(message);
          console.log(`  ✗ ${message}`);
        };
        const phases: string[] = [];
        for (const check of [checkScrolling, checkPresentation]) {
          const phaseStarted = performance.now();
          try {
            await check(page, slug, size, sequences, fail);
          } catch (error) {
            fail(`the driver failed: ${(error as Error).message.split('\n')[0]}`);
          }
          for (const problem of await page.run(readProblems, null).catch(() => [] as string[])) fail(`script error: ${problem}`);
          phases.push(seconds(phaseStarted));
        }
        const steps = sequences.reduce((sum, sequence) => sum + sequence.steps.length, 0);
        console.log(`[${engine}] ${slug} at ${size}: ${steps} steps scrolled and presented (${phases.join(' + ')})`);
      }
    }
  } finally {
    await page.close();
  }
  console.log(`[${engine}] done in ${seconds(started)}`);
  return failures;
}

async function main(): Promise<number> {
  const engines = enginesToRun();
  if (engines.length === 0) {
    console.log('Cross-engine run SKIPPED (ENGINES=chromium-only): Firefox and WebKit are not tested.');
    return 0;
  }
  checkInstalled(engines);
  if (!existsSync(DIST)) throw new Error('No build in dist/: run `npm run build` first.');
  const only = process.env.ENGINES_CHAPTERS?.split(',');
  const slugs = builtPages()
    .flatMap((path) => path.match(/^\/chapters\/([^/]+)\/$/)?.[1] ?? [])
    .filter((slug) => !only || only.includes(slug));
  if (slugs.length === 0) throw new Error('The build in dist/ has no chapter pages.');
  const chapters = new Map(slugs.map((slug) => [slug, sequencesOf(slug)] as const).filter(([, sequences]) => sequences.length > 0));
  const server: Server = await serveDist(PORT);
  try {
    const results = await Promise.all(engines.map((engine) => runEngine(engine, chapters)));
    const failures = results.flat();
    if (failures.length) {
      console.error(`\nThe cross-engine run failed (${failures.length}):\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
      return 1;
    }
    console.log(`\nThe cross-engine run passed in ${engines.join(' and ')}.`);
    return 0;
  } finally {
    server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`The cross-engine run could not run: ${error.message}`);
    process.exit(1);
  },
);
