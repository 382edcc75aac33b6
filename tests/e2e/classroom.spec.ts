/**
 * The classroom kit: print handouts, presentation mode, teacher guides, quizzes and glossary terms.
 * Only printing runs on the phone too; the rest does not depend on the layout (DESKTOP_ONLY).
 */
import { expect, test } from '@playwright/test';
import { CHAPTER_SLUGS, DESKTOP_ONLY } from './helpers';

const CHAPTER = '/chapters/chips/';
const SEQUENCE = '[data-scrolly="chip-thresholds"]';

test.describe('print', () => {
  test('printing a chapter hides navigation and controls and shows one figure per step', async ({ page }) => {
    await page.goto(CHAPTER);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.chapter-pagination', '.scrolly__controls', 'button[data-print]']) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    const steps = page.locator(`${SEQUENCE} [data-step]`);
    const count = await steps.count();
    for (let index = 0; index < count; index++) {
      const step = steps.nth(index);
      const id = await step.getAttribute('data-step');
      await expect(step.locator('.scrolly-step__figure svg'), `figure for ${id}`).toBeVisible();
      await expect(step.locator('.scrolly-step__figure svg [data-key]').first()).toBeAttached();
      await expect(step.locator('p').first()).toBeVisible();
    }
    // The figures show each step's own state, not the live chart's.
    await expect(page.locator(`${SEQUENCE} [data-step-figure="oct-2022"] [data-key="rule-line-bis-rule-2022-10-07"]`)).toHaveCount(1);
    await expect(page.locator(`${SEQUENCE} [data-step-figure="before-rules"] [data-key="rule-line-bis-rule-2022-10-07"]`)).toHaveCount(0);
    await expect(page.locator(`${SEQUENCE} .scrolly__svg`).first()).toBeHidden();
    // Sources are printed with their addresses.
    await expect(page.locator('.chapter-sources .source-citation__url').first()).toBeVisible();
  });

  test('the print button opens the print dialog', async ({ page }) => {
    await page.goto(CHAPTER);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.locator('button[data-print]').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  test('a printed chapter is a real PDF of several pages', async ({ page, browserName }, testInfo) => {
    test.skip(browserName !== 'chromium' || testInfo.project.name !== 'desktop');
    await page.goto(CHAPTER);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(2);
  });
});

test.describe('presentation mode', DESKTOP_ONLY, () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('keys step forward and back, the URL follows, and Escape leaves at the same step', async ({ page }) => {
    await page.goto(CHAPTER);
    await page.locator('button[data-present-start]').click();
    await expect(page.locator('html')).toHaveClass(/is-presenting/);
    await expect(page.locator(SEQUENCE)).toHaveClass(/is-presented/);
    await expect(page).toHaveURL(/\?present#before-rules$/);
    for (const [key, step] of [
      ['ArrowRight', 'oct-2022'],
      ['PageDown', 'a800-h800'],
      [' ', 'oct-2023'],
      ['ArrowLeft', 'a800-h800'],
      ['PageUp', 'oct-2022'],
    ] as const) {
      await page.keyboard.press(key);
      await expect(page).toHaveURL(new RegExp(`\\?present#${step}$`));
      await expect(page.locator(`${SEQUENCE} [data-graphic]`)).toHaveAttribute('data-shown-step', step);
    }
    // The step's text is the caption, in large type, and a counter shows where the class is.
    await expect(page.locator(`${SEQUENCE} [data-present-caption]`)).toContainText('the US Commerce Department set its first test');
    await expect(page.locator(`${SEQUENCE} [data-step-counter]`)).toHaveText('Step 2 of 8');
    const captionSize = await page.locator(`${SEQUENCE} [data-present-caption]`).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(captionSize).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/is-presenting/);
    await expect(page).toHaveURL(/\/chapters\/chips\/#oct-2022$/);
    await expect(page.locator('#oct-2022')).toBeInViewport();
  });

  test('?present in the URL restores presentation at that step', async ({ page }) => {
    await page.goto(`${CHAPTER}?present#h20`);
    await expect(page.locator('html')).toHaveClass(/is-presenting/);
    await expect(page.locator(`${SEQUENCE} [data-graphic]`)).toHaveAttribute('data-shown-step', 'h20');
    await expect(page.locator(`${SEQUENCE} [data-present-caption]`)).toContainText('H20');
    await expect(page.locator(`${SEQUENCE} .scrolly__svg:visible [data-key="chip-nvidia-h20"]`)).toHaveClass(/is-allowed/);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(`${SEQUENCE} .scrolly__svg:visible [data-key="chip-nvidia-h20"]`)).toHaveClass(/is-controlled/);
  });
});

test.describe('teacher guides', DESKTOP_ONLY, () => {
  test('/teach/ lists every chapter with its lesson length and level', async ({ page }) => {
    await page.goto('/teach/');
    for (const slug of CHAPTER_SLUGS) {
      const item = page.locator('.teach-index__list li', { has: page.locator(`a[href="/teach/${slug}/"]`) });
      await expect(item, slug).toHaveCount(1);
      await expect(item.locator('.meta').first()).toContainText(/\d+-minute lesson · Level: /);
    }
  });

  for (const slug of CHAPTER_SLUGS) {
    test(`the ${slug} guide has objectives, vocabulary, questions at two levels, an activity and contested points`, async ({ page, request }) => {
      await page.goto(`/teach/${slug}/`);
      const objectives = page.locator('#objectives + ul > li');
      expect(await objectives.count()).toBeGreaterThanOrEqual(3);
      expect(await objectives.count()).toBeLessThanOrEqual(5);
      const terms = await page.locator('.guide__terms dt a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      expect(terms.length).toBeGreaterThanOrEqual(3);
      const glossary = await (await request.get('/glossary/')).text();
      for (const href of terms) expect(glossary).toContain(`id="${href.split('#')[1]}"`);
      const questions = page.locator('#questions ~ ol > li');
      expect(await questions.count()).toBeGreaterThanOrEqual(6);
      await expect(page.locator('.guide__tag').first()).toBeVisible();
      await expect(page.locator('#activity')).toBeVisible();
      await expect(page.locator(`a[href^="/chapters/${slug}/#"]`).first()).toBeVisible();
      expect(await page.locator('.guide__contested dt').count()).toBeGreaterThanOrEqual(2);
    });
  }

  test('a guide prints as a handout without navigation', async ({ page }) => {
    await page.goto('/teach/chips/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('button[data-print]')).toBeHidden();
    await expect(page.locator('#objectives')).toBeVisible();
  });
});

test.describe('quizzes', DESKTOP_ONLY, () => {
  for (const slug of CHAPTER_SLUGS) {
    test(`${slug} ends with a quiz that gives feedback at once`, async ({ page }) => {
      await page.goto(`/chapters/${slug}/`);
      const questions = page.locator('[data-quiz] [data-quiz-question]');
      const count = await questions.count();
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(5);
      const first = questions.first();
      const wrong = first.locator('input[data-correct="false"]').first();
      await wrong.check();
      await expect(first.locator('[data-quiz-feedback]')).toContainText('Not quite.');
      const right = first.locator('input[data-correct="true"]');
      await right.check();
      await expect(first.locator('[data-quiz-feedback]')).toContainText('Correct.');
      const explanation = (await first.locator('li.is-correct [data-explanation]').textContent())!.trim();
      await expect(first.locator('[data-quiz-feedback]')).toContainText(explanation.slice(0, 40));
    });
  }

  test('without JavaScript, each answer is behind a disclosure', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/chapters/chips/');
    const question = page.locator('[data-quiz] [data-quiz-question]').first();
    await expect(question.locator('li.is-correct')).toBeHidden();
    await question.locator('summary').click();
    await expect(question.locator('li.is-correct')).toBeVisible();
    await expect(question.locator('li.is-correct')).toContainText('Right answer');
    await context.close();
  });
});

test.describe('glossary terms in chapters', DESKTOP_ONLY, () => {
  test('a term opens its definition from the keyboard, and Escape closes it', async ({ page }) => {
    await page.goto('/chapters/chips/');
    const term = page.locator('.term').first();
    const button = term.locator('.term__button');
    await button.focus();
    await page.keyboard.press('Enter');
    const popover = term.locator('.term__popover');
    await expect(popover).toBeVisible();
    await expect(popover.locator('.term__short')).not.toBeEmpty();
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
  });

  test('a term works without JavaScript as a link to its glossary entry', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/chapters/chips/');
    const link = page.locator('.term .term__link').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
    await link.click();
    await expect(page.locator(href.replace('/glossary/', ''))).toBeInViewport();
    await context.close();
  });

  // Sets its own screen sizes.
  test("a term's button never starts a line of its own, on a phone or at 400% zoom", async ({ browser }) => {
    test.setTimeout(150_000);
    // Without scripts every card is laid out (no drawing ahead), so every term can be measured.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const orphans: string[] = [];
    for (const width of [360, 320]) {
      await page.setViewportSize({ width, height: 640 });
      for (const slug of CHAPTER_SLUGS) {
        await page.goto(`/chapters/${slug}/`);
        const found = await page.locator('.term').evaluateAll((terms) =>
          terms.flatMap((term) => {
            const button = term.querySelector('.term__button')!.getBoundingClientRect();
            const lines = term.querySelector('.term__link')!.getClientRects();
            const last = lines[lines.length - 1];
            if (button.width === 0 || !last) return [];
            const middle = button.top + button.height / 2;
            return middle > last.top && middle < last.bottom && button.left >= last.right - 2 ? [] : [term.textContent!.trim()];
          }),
        );
        for (const term of found) orphans.push(`${slug} at ${width} px: ${term}`);
      }
    }
    expect(orphans).toEqual([]);
    await context.close();
  });

  test('every glossary record has its entry on /glossary/', async ({ page }) => {
    const { readDataset } = await import('../../src/data/readDataset');
    const dataset = readDataset(new URL('../..', import.meta.url).pathname);
    await page.goto('/glossary/');
    for (const term of dataset.glossary) await expect(page.locator(`#${term.id} dt`)).toHaveText(term.term);
  });
});
