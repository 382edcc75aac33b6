/**
 * The scrolly engine on the Chips chapter's first sequence, in the desktop and phone projects:
 * scrolling, jumps, resizes, deep links, keyboard control, no JavaScript, and drawing what is far
 * away later. Motion, fetching the states and the data table do not depend on the layout: desktop
 * only. What each step draws is checked without a browser (tests/unit/steps/chips.ts); here the
 * chart's state and a mark or two of it.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { sequenceExpectation } from '../unit/steps';
import { animatesDuring, DESKTOP_ONLY, watchPage } from './helpers';
import { NARROW_QUERY, triggerOffset } from './layout';
import { expectActive as expectSequenceActive } from './sequenceSteps';
import { settleScroll, wheelToStep } from './wheel';

const CHAPTER = '/chapters/chips/';
const SEQUENCE_ID = 'chip-thresholds';
const SEQUENCE = `[data-scrolly="${SEQUENCE_ID}"]`;
const STEPS = Object.keys(sequenceExpectation(SEQUENCE_ID).steps);

const visibleMark = (page: Page, key: string) => page.locator(`${SEQUENCE} .scrolly__svg:visible [data-key="${key}"]`);
const expectActive = (page: Page, stepId: string) => expectSequenceActive(page, SEQUENCE_ID, stepId);

/** Where the engine's trigger line is, and each step's top, read from the live layout. */
function layout(page: Page) {
  return page.evaluate(({ steps, query, offsets }) => {
    const narrow = window.matchMedia(query).matches;
    const line = window.innerHeight * (narrow ? offsets.narrow : offsets.wide);
    const tops = steps.map((id) => document.getElementById(id)!.getBoundingClientRect().top);
    let expected = -1;
    tops.forEach((top, index) => {
      if (top <= line) expected = index;
    });
    return { line, tops, expected: expected >= 0 ? steps[expected] : null };
  }, { steps: STEPS, query: NARROW_QUERY, offsets: { narrow: triggerOffset(true), wide: triggerOffset(false) } });
}

test.describe('chip-thresholds sequence', () => {
  test('scrolling through activates each step in turn and changes the chart', async ({ page }) => {
    const watcher = watchPage(page);
    await page.goto(CHAPTER);
    await page.mouse.move(200, 300);
    for (const stepId of STEPS) {
      await wheelToStep(page, stepId);
      await expectActive(page, stepId);
    }
    // And back up again.
    for (const stepId of [...STEPS].reverse().slice(1)) {
      await wheelToStep(page, stepId);
      await expectActive(page, stepId);
    }
    watcher.assertClean();
  });

  test('the End key jumps past every step and activates the last one', async ({ page }) => {
    await page.goto(CHAPTER);
    await page.locator('h1').click();
    await page.keyboard.press('End');
    await expectActive(page, 'h200-box');
  });

  test('a jump that skips steps (like a scrollbar drag) lands on the step the layout says', async ({ page }) => {
    await page.goto(CHAPTER);
    await page.evaluate(() => {
      const target = document.getElementById('h20')!;
      window.scrollTo({ top: target.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3, behavior: 'instant' });
    });
    const { expected } = await layout(page);
    expect(expected).toBe('h20');
    await expectActive(page, 'h20');
  });

  // As in WebKit, which has no scrollend: a link's navigation holds its step until the page has been
  // still for the client's quiet time (150 ms), and puts it back once if the page moved elsewhere.
  // The link, the press and the move happen within one task of the page, well inside that time.
  for (const pressed of [true, false]) {
    const what = pressed ? 'dragging the scrollbar just after following a link leaves the reader where they dragged to' : 'a scroll nobody started, just after following a link, is taken back to its step';
    test(what, async ({ page }) => {
      await page.addInitScript(() => delete (window as { onscrollend?: unknown }).onscrollend);
      await page.goto(`${CHAPTER}#a800-h800`);
      await expectActive(page, 'a800-h800');
      expect(await page.evaluate(() => 'onscrollend' in window), 'scrollend taken away').toBe(false);
      await page.evaluate(async (press) => {
        const followed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
        window.location.hash = 'oct-2022';
        await followed;
        // A drag sends no wheel or key, only a press on the page (the scrollbar's).
        if (press) document.documentElement.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
        const target = document.getElementById('h20')!;
        window.scrollTo({ top: target.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3, behavior: 'instant' });
      }, pressed);
      // Well past the quiet time, when a navigation whose scroll went astray puts its step back.
      await page.waitForTimeout(600);
      const landed = pressed ? 'h20' : 'oct-2022';
      await expect(page.locator(`#${landed}`)).toBeInViewport();
      await expectActive(page, landed);
    });
  }

  test('resizing between desktop and phone mid-sequence keeps the right step and state', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${CHAPTER}#oct-2023`);
    await expectActive(page, 'oct-2023');
    for (const size of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
      { width: 844, height: 390 }, // a phone turned sideways
    ]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(400);
      const { expected } = await layout(page);
      expect(expected, `a step is past the line at ${size.width}x${size.height}`).not.toBeNull();
      await expectActive(page, expected!);
    }
  });

  test('a deep link shows its step at once, without passing through the earlier states', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenStates: string[] }).seenStates = seen;
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target as Element;
          if (record.attributeName === 'data-shown-step' && target.hasAttribute('data-graphic')) seen.push(target.getAttribute('data-shown-step')!);
        }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-shown-step'] });
    });
    await page.goto(`${CHAPTER}#oct-2023`);
    await expectActive(page, 'oct-2023');
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => (window as unknown as { seenStates: string[] }).seenStates)).toEqual(['oct-2023']);
    await expect(page.locator('#oct-2023')).toBeInViewport();
    // Drawn instantly: the new marks are fully opaque, with no transition running.
    await expect(visibleMark(page, 'chip-nvidia-a800')).toHaveAttribute('opacity', '1');
    await expect(page.locator(`${SEQUENCE} .scrolly__svg:visible svg`)).not.toHaveClass(/is-animating/);
  });

  test('previous and next step controls work from the keyboard, and back/forward follow', async ({ page }) => {
    await page.goto(`${CHAPTER}#a800-h800`);
    await expectActive(page, 'a800-h800');
    const next = page.locator(`${SEQUENCE} [data-step-link="next"]`);
    const previous = page.locator(`${SEQUENCE} [data-step-link="previous"]`);
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#oct-2023$/);
    await expectActive(page, 'oct-2023');
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await expectActive(page, 'h20');
    await expect(page.locator(`${SEQUENCE} [data-step-counter]`)).toHaveText('Step 5 of 8');
    await previous.focus();
    await page.keyboard.press('Enter');
    await expectActive(page, 'oct-2023');
    await page.goBack();
    await expect(page).toHaveURL(/#h20$/);
    await expectActive(page, 'h20');
    await page.goBack();
    await expectActive(page, 'oct-2023');
    await page.goForward();
    await expectActive(page, 'h20');
  });

  test('a name drawn bold in one step is drawn plain again when the step no longer picks it out', async ({ page }) => {
    // The browser keeps a mark's element from state to state; an attribute the new state no longer sets must go.
    await page.goto(`${CHAPTER}#oct-2022`);
    await expectActive(page, 'oct-2022');
    const a100 = visibleMark(page, 'chip-label-nvidia-a100');
    await expect(a100).toHaveAttribute('font-weight', 'bold');
    await page.locator(`${SEQUENCE} [data-step-link="previous"]`).click();
    await expectActive(page, 'before-rules');
    await expect(a100).not.toHaveClass(/is-controlled/);
    await expect(a100).not.toHaveAttribute('font-weight', /.*/);
  });

  test('going back while a smooth scroll is under way still lands on the step the address names', async ({ page }) => {
    await page.goto(`${CHAPTER}#oct-2023`);
    await expectActive(page, 'oct-2023');
    const next = page.locator(`${SEQUENCE} [data-step-link="next"]`);
    await next.focus();
    await page.keyboard.press('Enter');
    await expectActive(page, 'h20');
    await settleScroll(page);
    await page.locator(`${SEQUENCE} [data-step-link="previous"]`).focus();
    await page.keyboard.press('Enter');
    // Mid-way through the smooth scroll back up: the browser stops it where it has got to.
    await page.waitForTimeout(150);
    await page.goBack();
    await expect(page).toHaveURL(/#h20$/);
    await settleScroll(page);
    await expectActive(page, 'h20');
    const { expected } = await layout(page);
    expect(expected).toBe('h20');
  });

  test('the first and last steps disable the control that leads nowhere', async ({ page }) => {
    await page.goto(`${CHAPTER}#h200-box`);
    await expectActive(page, 'h200-box');
    await expect(page.locator(`${SEQUENCE} [data-step-link="next"]`)).toBeDisabled();
    await expect(page.locator(`${SEQUENCE} [data-step-link="previous"]`)).toBeEnabled();
  });

  test('state changes are announced politely to screen readers', async ({ page }) => {
    await page.goto(`${CHAPTER}#oct-2022`);
    await expectActive(page, 'oct-2022');
    await page.locator(`${SEQUENCE} [data-step-link="next"]`).click();
    const announcer = page.locator(`${SEQUENCE} [data-announcer]`);
    await expect(announcer).toHaveAttribute('aria-live', 'polite');
    await expect(announcer).toContainText('Step 3 of 8');
    await expect(announcer).toContainText('The A800 and H800 appear');
    // The SVG's accessible description follows the state.
    await expect(page.locator(`${SEQUENCE} .scrolly__svg:visible svg desc`)).toContainText('Can still be sold to China without a licence: A800, H800');
  });
});

test.describe('motion', DESKTOP_ONLY, () => {
  test('with reduced motion, state changes are instant', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${CHAPTER}#apr-2025`);
    await expectActive(page, 'apr-2025');
    await expect(page.locator(`${SEQUENCE} input[data-motion-toggle]`).first()).not.toBeChecked();
    await page.locator(`${SEQUENCE} [data-step-link="next"]`).click();
    // Read the new mark in the same task as the change: no fade means it is already opaque.
    const opacityAtChange = await page.evaluate(
      ({ sequence, query }) =>
        new Promise<string | null>((resolve) => {
          const variant = window.matchMedia(query).matches ? 'narrow' : 'wide';
          const check = () => {
            const mark = document.querySelector(`${sequence} .scrolly__svg[data-variant="${variant}"] [data-key="chip-huawei-ascend-910b"]`);
            if (mark) resolve(mark.getAttribute('opacity'));
            else requestAnimationFrame(check);
          };
          check();
        }),
      { sequence: SEQUENCE, query: NARROW_QUERY },
    );
    expect(opacityAtChange).toBe('1');
    await expect(page.locator(`${SEQUENCE} .scrolly__svg:visible svg`)).not.toHaveClass(/is-animating/);
    await context.close();
  });

  test('with motion allowed, a step change animates (so the test above can fail)', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    // The reader's own "on" keeps animation even where the device struggles (frameBudget.ts), so a
    // busy test machine cannot turn it off under the test.
    await page.addInitScript(() => window.localStorage.setItem('tt-motion', 'on'));
    await page.goto(`${CHAPTER}#apr-2025`);
    await expectActive(page, 'apr-2025');
    const next = () => page.locator(`${SEQUENCE} [data-step-link="next"]`).click();
    expect(await animatesDuring(page, SEQUENCE, next)).toBe(true);
    await expectActive(page, 'ascend');
  });

  test('a colour eases only on the marks whose class the change sets, and only during it', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('tt-motion', 'on'));
    await page.goto(`${CHAPTER}#apr-2025`);
    await expectActive(page, 'apr-2025');
    const svg = page.locator(`${SEQUENCE} .scrolly__svg:visible svg`);
    const classes = () =>
      svg.evaluate((element) => Object.fromEntries(Array.from(element.querySelectorAll('[data-key]'), (mark) => [mark.getAttribute('data-key')!, mark.getAttribute('class')!.replace(/ ?is-easing/, '')])));
    const before = await classes();
    // Watching from before the press: the marks that carry the class as the change starts.
    await svg.evaluate((element) => {
      window.__atChange = new Promise((resolve) => {
        new MutationObserver((_, observer) => {
          if (!element.classList.contains('is-animating')) return;
          observer.disconnect();
          resolve(Array.from(element.querySelectorAll('.is-easing'), (mark) => mark.getAttribute('data-key')!).sort());
        }).observe(element, { attributes: true, attributeFilter: ['class'] });
      });
    });
    await page.locator(`${SEQUENCE} [data-step-link="next"]`).click();
    const easing = (await page.evaluate(() => window.__atChange)) as string[];
    const easingTransition = await svg.evaluate((element) => element.querySelector('.is-easing') && getComputedStyle(element.querySelector('.is-easing')!).transitionProperty);
    await expect(svg).not.toHaveClass(/is-animating/);
    const after = await classes();
    const changed = Object.keys(after).filter((key) => key in before && before[key] !== after[key]).sort();
    expect(changed.length, 'some mark changes class between the two steps').toBeGreaterThan(0);
    expect(easing).toEqual(changed);
    expect(easingTransition ?? '', 'the class lets the colour ease (charts.css)').toContain('fill');
    expect(await svg.locator('.is-easing').count(), 'no mark eases once the change has settled').toBe(0);
  });

  test('a mark fading out, brought back by a quick change the other way, is drawn whole again', async ({ page }) => {
    // applyScene skips an element that already shows its mark, settled: one caught half faded is not.
    await page.addInitScript(() => window.localStorage.setItem('tt-motion', 'on'));
    await page.goto(`${CHAPTER}#ascend`);
    await expectActive(page, 'ascend');
    const mark = visibleMark(page, 'chip-huawei-ascend-910b');
    await expect(mark).toHaveCount(1);
    const element = await mark.elementHandle();
    // In the page, so no round trip comes between: back, and forward again once the mark is half faded.
    const caughtAt = await page.evaluate(
      ({ sequence, key }) =>
        new Promise<number>((resolve) => {
          const root = document.querySelector(sequence)!;
          const faded = Array.from(root.querySelectorAll(`.scrolly__svg [data-key="${key}"]`)).find((candidate) => candidate.getClientRects().length > 0)!;
          root.querySelector<HTMLButtonElement>('[data-step-link="previous"]')!.click();
          const check = () => {
            const opacity = Number(faded.getAttribute('opacity') ?? 1);
            if (opacity < 0.9) {
              root.querySelector<HTMLButtonElement>('[data-step-link="next"]')!.click();
              resolve(opacity);
            } else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      { sequence: SEQUENCE, key: 'chip-huawei-ascend-910b' },
    );
    expect(caughtAt).toBeGreaterThan(0);
    await expectActive(page, 'ascend');
    await expect(page.locator(`${SEQUENCE} .scrolly__svg:visible svg`)).not.toHaveClass(/is-animating/);
    // The very element caught fading, kept and drawn whole again.
    expect(await element!.evaluate((node) => node.isConnected)).toBe(true);
    expect(await element!.evaluate((node) => Number(node.getAttribute('opacity') ?? 1))).toBe(1);
  });

  test('the "Animate charts" toggle turns animation off and is remembered on other pages', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(`${CHAPTER}#apr-2025`);
    const toggle = page.locator(`${SEQUENCE} input[data-motion-toggle]`);
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect(page.locator('html')).toHaveClass(/motion-off/);
    await page.locator(`${SEQUENCE} [data-step-link="next"]`).click();
    await expectActive(page, 'ascend');
    await expect(page.locator(`${SEQUENCE} .scrolly__svg:visible svg`)).not.toHaveClass(/is-animating/);
    await page.goto('/chapters/chips/');
    await expect(page.locator('html')).toHaveClass(/motion-off/);
    await expect(page.locator(`${SEQUENCE} input[data-motion-toggle]`)).not.toBeChecked();
  });
});

test.describe('a change to a new view', DESKTOP_ONLY, () => {
  // The closing chart's first two steps show two different views: no mark of the first is kept.
  const CLOSING = '[data-scrolly="closing-threads"]';

  test('fades the old layers out and the new ones in as whole groups, with marks made before the change', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('tt-motion', 'on'));
    const states = page.waitForResponse((response) => response.url().endsWith('/states/closing-threads.json'));
    await page.goto('/chapters/conclusion/#gaps');
    await expectSequenceActive(page, 'closing-threads', 'gaps');
    await states;
    // The marks the next step adds are made in idle time once the states have come, a few per idle
    // period: many idle periods later, they are made.
    await page.evaluate(async () => {
      for (let period = 0; period < 20; period++) await new Promise((resolve) => requestIdleCallback(resolve));
    });
    const svg = page.locator(`${CLOSING} .scrolly__svg:visible svg`);
    await svg.evaluate((element) => {
      const made: string[] = [];
      const create = document.createElementNS.bind(document);
      document.createElementNS = ((namespace: string, name: string) => {
        made.push(name);
        return create(namespace, name);
      }) as typeof document.createElementNS;
      window.__atChange = new Promise((resolve) => {
        new MutationObserver((_, observer) => {
          if (!element.classList.contains('is-animating')) return;
          observer.disconnect();
          document.createElementNS = create;
          const fading = Array.from(element.querySelectorAll(':scope > g[data-layer][opacity]'));
          const leaving = Array.from(element.querySelectorAll(':scope > g[data-layer-leaving]'));
          const change = {
            made,
            leaving: leaving.length,
            fadingIn: fading.length,
            marksInFading: fading.reduce((sum, group) => sum + group.querySelectorAll(':scope > [data-key][opacity="0"]').length, 0),
          };
          // Two frames in, the old layers are still there to see, fading (from 1 to 0 over half the change).
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve({ ...change, leavingOpacity: Math.min(...leaving.map((group) => Number(group.getAttribute('opacity')))) })),
          );
        }).observe(element, { attributes: true, attributeFilter: ['class'] });
      });
    });
    await page.locator(`${CLOSING} [data-step-link="next"]`).click();
    const change = (await page.evaluate(() => window.__atChange)) as { made: string[]; leaving: number; fadingIn: number; marksInFading: number; leavingOpacity: number };
    expect(change.leaving, 'old layers fading out').toBeGreaterThan(0);
    expect(change.leavingOpacity, 'the old layers fade, not vanish').toBeGreaterThan(0.3);
    expect(change.fadingIn, 'new layers fading in').toBeGreaterThan(0);
    expect(change.marksInFading, 'a new layer fades as a whole, not mark by mark').toBe(0);
    expect(change.made.filter((name) => name !== 'g'), 'no mark element is made at the change').toEqual([]);
    await expect(svg).not.toHaveClass(/is-animating/);
    expect(await svg.evaluate((element) => element.querySelectorAll(':scope > g[data-layer-leaving], :scope > g[opacity]').length), 'settled: one group per layer, opaque').toBe(0);
  });
});

// Every chapter's text and static charts without JavaScript, at the desktop's width: quality.spec.ts.
// Here the engine's part of it, in both layouts: no controls, every card, and the table.

test('without JavaScript, the static chart, every step text and the data table are there, in both layouts', DESKTOP_ONLY, async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const sequence = page.locator(SEQUENCE);
  for (const viewport of [{ width: 1280, height: 800 }, { width: 412, height: 915 }]) {
    await page.setViewportSize(viewport);
    const at = `at ${viewport.width} px`;
    await expect(sequence.locator('.scrolly__svg:visible svg'), at).toHaveCount(1);
    await expect(sequence.locator('.scrolly__svg:visible [data-key="chip-nvidia-a100"]'), at).toHaveCount(1);
    for (const stepId of STEPS) {
      await expect(page.locator(`#${stepId} .scrolly-step__card`), at).toBeVisible();
      // Each step says in words what its chart state shows.
      await expect(page.locator(`#${stepId} .scrolly-step__note`), at).toBeVisible();
    }
    await expect(sequence.locator('.scrolly__controls'), at).toBeHidden();
  }
  await sequence.locator('summary', { hasText: 'Show the data as a table' }).click();
  const rows = sequence.locator('table tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(8);
  await context.close();
});

test('the data table lists every chip the chart can show', DESKTOP_ONLY, async ({ page }) => {
  await page.goto(CHAPTER);
  await page.locator(`${SEQUENCE} .chart-footer__table summary`).click();
  const names = await page.locator(`${SEQUENCE} table tbody th`).allTextContents();
  for (const name of ['A100', 'H100', 'A800', 'H800', 'H20', 'Ascend 910B', 'Ascend 910C']) expect(names).toContain(name);
});

test.describe('chart states', DESKTOP_ONLY, () => {
  test('are not in the page: each sequence fetches its own, once, when the reader comes near it', async ({ page, request }) => {
    const html = await (await request.get(CHAPTER)).text();
    expect(html).toContain('data-states="/states/chip-thresholds.json"');
    expect(html).not.toContain('"marks":[');
    const file = await request.get('/states/chip-thresholds.json');
    expect(file.ok()).toBe(true);
    expect(((await file.json()) as { steps: { id: string }[] }).steps.map((step) => step.id)).toEqual(STEPS);

    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/states/')) fetched.push(path);
    });
    await page.goto(CHAPTER);
    await page.waitForLoadState('networkidle');
    // The chapter's last sequence is many screens down: not fetched yet.
    expect(fetched).not.toContain('/states/training-compute.json');
    await page.locator('[data-scrolly="training-compute"]').scrollIntoViewIfNeeded();
    await expect.poll(() => fetched).toContain('/states/training-compute.json');

    // A deep link needs its states at once; walking on reuses them. (Routing turns the HTTP cache
    // off, so every fetch reaches the route.)
    let requests = 0;
    await page.route('**/states/chip-thresholds.json', (route) => {
      requests += 1;
      return route.continue();
    });
    await page.goto('about:blank');
    await page.goto(`${CHAPTER}#h20`);
    await expectActive(page, 'h20');
    // From the keyboard: a pointer click could land on a step card sliding over the phone's chart.
    await page.locator(`${SEQUENCE} [data-step-link="next"]`).focus();
    for (const stepId of ['apr-2025', 'ascend']) {
      await page.keyboard.press('Enter');
      await expectActive(page, stepId);
    }
    expect(requests).toBe(1);
  });

  test('when they cannot be had, the steps still work and the chart keeps the state it was drawn in', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/states/**', (route) => route.abort());
    await page.goto(`${CHAPTER}#oct-2022`);
    await expect(page.locator('#oct-2022')).toHaveAttribute('aria-current', 'step');
    await page.locator(`${SEQUENCE} [data-step-link="next"]`).click();
    await expect(page.locator('#a800-h800')).toHaveAttribute('aria-current', 'step');
    await expect(page.locator(`${SEQUENCE} [data-step-counter]`)).toHaveText('Step 3 of 8');
    // The first state, as the page drew it.
    await expect(visibleMark(page, 'chip-nvidia-a100')).toHaveCount(1);
    await expect(visibleMark(page, 'chip-nvidia-a800')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

/** Whether an element's contents are drawn now, or skipped until the reader nears them (`content-visibility: auto`). */
const isDrawn = (locator: Locator) => locator.evaluate((element) => element.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }));

test.describe('drawing what is far away later', () => {
  test('step cards and the end matter far below the screen are drawn only when the reader comes near', DESKTOP_ONLY, async ({ page }) => {
    await page.goto(CHAPTER);
    await page.waitForLoadState('networkidle');
    const lastCard = page.locator('.scrolly-step__card').last();
    // Each note waits behind its own placeholder (ChapterSources.astro); the quiz waits whole.
    const notes = page.locator('.chapter-sources [data-draw-piece]').first();
    const quiz = page.locator('.quiz');
    expect(await isDrawn(page.locator('h1').locator('..'))).toBe(true);
    for (const [name, part] of Object.entries({ lastCard, notes, quiz })) expect(await isDrawn(part), `${name} waits`).toBe(false);

    await lastCard.scrollIntoViewIfNeeded();
    await expect.poll(() => isDrawn(lastCard)).toBe(true);
    await expect(lastCard.locator('p').first()).toBeInViewport();
    await page.keyboard.press('End');
    await expect.poll(() => isDrawn(notes)).toBe(true);
    await expect(page.locator('.chapter__all a').first()).toBeVisible();
  });

  // Many small placeholders drawn where the reader looks, each a little off, would move the page
  // from under them over several frames: a jump leaves the notes to the browser, drawn whole.
  test('after a jump to the end, the notes are drawn whole by the browser, not a piece at a time', DESKTOP_ONLY, async ({ page }) => {
    await page.goto(CHAPTER);
    await page.waitForLoadState('networkidle');
    // As a scrollbar drag or a link makes it.
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    const notes = page.locator('.chapter-sources [data-draw-piece]').last();
    const pieces = page.locator('[data-drawn="pieces"], [data-draw-piece][data-drawn]');
    await expect(page.locator('.chapter__all a').last()).toBeInViewport();
    await expect(pieces).toHaveCount(0);
    // Back up into the notes, as the reader would: the browser draws them whole as they come near
    // (the chapter list and footer below them can be taller than the browser's drawing margin).
    await page.mouse.move(200, 200);
    await expect
      .poll(async () => {
        if (await isDrawn(notes)) return true;
        await page.mouse.wheel(0, -400);
        return false;
      })
      .toBe(true);
    await expect(pieces).toHaveCount(0);
  });

  // The browser fixes where the End key's animated scroll lands when the key is pressed: the
  // notes drawn taller than their placeholder on the way left the reader short of the end
  // (4 times in 20 on the phone).
  test('the End key draws the rest of the chapter first, and lands at the very end', async ({ page }) => {
    await page.goto(CHAPTER);
    await page.waitForLoadState('networkidle');
    const parts = page.locator('[data-draw-ahead]');
    expect(await parts.count()).toBeGreaterThan(10);
    await expect(page.locator('[data-draw-ahead]:not([data-drawn])').first()).toBeAttached();
    await page.keyboard.press('End');
    expect(await parts.evaluateAll((all) => all.filter((part) => part.dataset.drawn !== '').length), 'parts not drawn whole').toBe(0);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight - window.scrollY), 'distance to the end').toBeLessThan(2);
    await expect(page.locator('.chapter__all a').last()).toBeInViewport();
  });

  // The notes and the quiz are too large to lay out in one go without a long task on a slow
  // phone: the client draws them a piece (a note, a question) at a time, in idle time, while
  // they are still below the screen (drawAhead.ts).
  // At full speed a question takes a few milliseconds: the chapter's four may fit in one idle period.
  for (const [name, part, fewestTasks] of [
    ['notes', '.chapter-sources', 2],
    ['quiz', '.quiz', 1],
  ] as const) {
    test(`the ${name} are drawn ahead a piece at a time, below the screen`, DESKTOP_ONLY, async ({ page }) => {
      await page.goto(CHAPTER);
      await page.waitForLoadState('networkidle');
      const section = page.locator(part);
      const pieces = section.locator('[data-draw-piece]');
      expect(await pieces.count()).toBeGreaterThan(2);
      // Each callback of a mutation observer ends a task: count the tasks that drew pieces.
      await section.evaluate((element) => {
        const batches: number[] = [];
        (window as unknown as { pieceBatches: number[] }).pieceBatches = batches;
        new MutationObserver((records) => {
          const drawn = records.filter((record) => (record.target as Element).hasAttribute('data-draw-piece')).length;
          if (drawn > 0) batches.push(drawn);
        }).observe(element, { subtree: true, attributeFilter: ['data-drawn'] });
      });
      // Its top two and a half screens below the bottom of the screen.
      await section.evaluate((element) => window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - 3.5 * window.innerHeight, behavior: 'instant' }));
      const scrolledTo = await page.evaluate(() => window.scrollY);

      await expect(section).toHaveAttribute('data-drawn', 'pieces');
      await expect(section.locator('[data-draw-piece]:not([data-drawn])')).toHaveCount(0);
      const drawn = await pieces.evaluateAll((all) => all.map((piece) => piece.checkVisibility({ contentVisibilityAuto: true }) && piece.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })));
      expect(drawn.every(Boolean), 'every piece is drawn').toBe(true);
      const batches = await page.evaluate(() => (window as unknown as { pieceBatches: number[] }).pieceBatches);
      expect(batches.reduce((sum, count) => sum + count, 0)).toBe(await pieces.count());
      expect(batches.length, 'tasks that drew pieces').toBeGreaterThanOrEqual(fewestTasks);
      // All of it happened below the screen: the reader's place did not move.
      await expect(section).not.toBeInViewport();
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolledTo);
    });
  }

  // The browser draws a skipped card when it comes within about half a screen, in a frame of the
  // scroll; the client draws it in idle time, well before (drawAhead.ts).
  test("a step's card is drawn in idle time before the browser would draw it", DESKTOP_ONLY, async ({ page }) => {
    await page.goto(CHAPTER);
    await page.waitForLoadState('networkidle');
    const card = page.locator('#memory-and-minerals .scrolly-step__card');
    expect(await isDrawn(card), 'far away at load').toBe(false);
    // Its top a screen and a quarter below the bottom of the screen.
    await card.evaluate((element) => window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - 2.25 * window.innerHeight, behavior: 'instant' }));
    await expect(card).toHaveAttribute('data-drawn', '');
    expect(await isDrawn(card)).toBe(true);
    await expect(card).not.toBeInViewport();
  });

  // A deep link scrolls its step to a place computed from the cards above it. One not yet drawn
  // counts as its small placeholder; drawn by the browser as it came into view, a long card just
  // before the step pushed the step down past the trigger line, and on a phone over the controls.
  // H20's card is among the chapter's longest.
  test('a deep link after a long card stays on its step, and the card above leaves the controls clear', async ({ page }) => {
    await page.goto(`${CHAPTER}#apr-2025`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#h20 .scrolly-step__card')).toHaveAttribute('data-drawn', '');
    const landed = await page.locator('#apr-2025').evaluate((step) => step.getBoundingClientRect().top);
    await page.waitForTimeout(500);
    expect(await page.locator('#apr-2025').evaluate((step) => step.getBoundingClientRect().top)).toBeCloseTo(landed, 0);
    await expectActive(page, 'apr-2025');
    const next = page.locator(`${SEQUENCE} [data-step-link="next"]`);
    const uncovered = await next.evaluate((button) => {
      const box = button.getBoundingClientRect();
      return button.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
    });
    expect(uncovered, 'the Next button is not under a card').toBe(true);
  });

  /** Reloads, and expects the page back where it was, on the step of the export-rules sequence given. */
  async function reloadExpectingStep(page: Page, stepId: string) {
    const before = await page.evaluate(() => window.scrollY);
    await page.reload();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeCloseTo(before, -1);
    await expect(page.locator(`#${stepId}`)).toHaveAttribute('aria-current', 'step');
    await expect(page.locator('[data-scrolly="export-rules"] [data-graphic]')).toHaveAttribute('data-shown-step', stepId);
  }

  // The browser restores the scroll position after the engine has started: the engine must
  // follow it to the step and chart the reader left, however much of the page was drawn.
  test('a reload comes back to the step the reader was on, with its chart', async ({ page }) => {
    await page.goto(CHAPTER);
    await page.mouse.move(200, 300);
    // In the second sequence: everything above it has been laid out at its real height.
    await page.locator('#memory-and-minerals').evaluate((step) => step.scrollIntoView({ block: 'center' }));
    await wheelToStep(page, 'memory-and-minerals');
    await expect(page.locator('#memory-and-minerals')).toHaveAttribute('aria-current', 'step');
    await reloadExpectingStep(page, 'memory-and-minerals');
    await expect(page.locator('#memory-and-minerals .scrolly-step__card p').first()).toBeInViewport();
  });

  test('a reload comes back to where the reader scrolled, not to the step a link left in the address', async ({ page }) => {
    await page.goto(`${CHAPTER}#first-rule`);
    await expect(page.locator('#first-rule')).toHaveAttribute('aria-current', 'step');
    await page.mouse.move(200, 300);
    await wheelToStep(page, 'memory-and-minerals');
    await expect(page.locator('#memory-and-minerals')).toHaveAttribute('aria-current', 'step');
    expect(new URL(page.url()).hash).toBe('#first-rule');
    await reloadExpectingStep(page, 'memory-and-minerals');
  });

  test('on paper every step is drawn, near or far', async ({ page }) => {
    await page.goto(CHAPTER);
    await page.emulateMedia({ media: 'print' });
    const cards = page.locator('.scrolly-step__card');
    const drawn = await cards.evaluateAll((all) => all.map((card) => card.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })));
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.every(Boolean)).toBe(true);
    // The quiz and the notes too, even while the client is drawing them a piece at a time.
    await page.locator('[data-draw-piece]').first().evaluate(() => {
      for (const part of document.querySelectorAll<HTMLElement>('.chapter-sources, .quiz')) part.dataset.drawn = 'pieces';
    });
    for (const part of ['.chapter-sources', '.quiz']) expect(await isDrawn(page.locator(part)), part).toBe(true);
    const pieces = await page
      .locator('[data-draw-piece]')
      .evaluateAll((all) => all.map((piece) => piece.checkVisibility({ contentVisibilityAuto: true }) && piece.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })));
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.every(Boolean), 'every question and note').toBe(true);
  });
});
