/**
 * Browser-side checks for one page: console errors and warnings (Chromium logs CSP violations
 * there), uncaught exceptions, requests to any other origin, and axe (WCAG 2.2 A and AA, and best
 * practices).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 A and AA, and axe's best practices (landmarks a screen reader can tell apart, and the like). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * The axe rules whose outcome can change with colours alone. The dark scheme changes nothing but
 * colour tokens (tests/unit/darkScheme.test.ts holds it to that), so a page passing every rule in
 * the light scheme needs only these again in the dark one: half the time of a second full run.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Violations of AXE_TAGS, or of `rules` only. Parts of a page far from the screen skip
 * rendering until the reader nears them (`content-visibility: auto`); axe measures sizes and
 * colours, so they are drawn first, as the reader will see them. (Setting a style from script is
 * not an inline style attribute: the Content-Security-Policy allows it.)
 */
export async function axeViolations(page: Page, { rules }: { rules?: string[] } = {}): Promise<string[]> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
  // Legacy mode runs axe in the page itself: the default runs it in parts and assembles the
  // results in a second blank page, for iframes, which no page here has (quality.spec.ts holds
  // them to that). Asking for violations only skips serialising every passing node. Together
  // they take a long chapter's check from about 4.5 s to 1.5 s. (options() replaces runOnly, so it
  // comes first.)
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const results = await (rules ? builder.withRules(rules) : builder.withTags(AXE_TAGS)).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`,
  );
}

/**
 * Starts watching before navigation; call assertClean() after the page has settled. Chromium
 * reports Content-Security-Policy violations as console errors, so they fail this check too.
 */
export function watchPage(page: Page, { origin = '127.0.0.1' }: { origin?: string } = {}) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return;
    if (url.hostname !== origin) problems.push(`request to another origin: ${request.url()}`);
  });
  return {
    problems,
    assertClean() {
      expect(problems, problems.join('\n')).toEqual([]);
    },
  };
}
