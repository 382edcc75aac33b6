/**
 * Older browsers the site supports (docs/features.md, "Browsers"), imitated in Chromium: what Safari before
 * 17 (iPads that stay in classrooms for years) does without popovers. The CSS it cannot parse is
 * checked without a browser in quality.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { DESKTOP_ONLY } from './helpers';

/**
 * Turns the page into one read by a browser without popovers, before any of it is shown: the
 * attributes mean nothing, the methods are missing, and the rules an old parser drops (a selector
 * with :popover-open, an @supports block that tests for it) are gone.
 */
function withoutPopovers() {
  for (const name of ['showPopover', 'hidePopover', 'togglePopover', 'popover'] as const) delete (HTMLElement.prototype as Partial<HTMLElement>)[name];
  const dropPopoverRules = (parent: CSSStyleSheet | CSSGroupingRule) => {
    for (let index = parent.cssRules.length - 1; index >= 0; index--) {
      const rule = parent.cssRules[index]!;
      const unknown =
        (rule instanceof CSSStyleRule && rule.selectorText.includes(':popover-open')) || (rule instanceof CSSSupportsRule && rule.conditionText.includes('popover'));
      if (unknown) parent.deleteRule(index);
      else if (rule instanceof CSSGroupingRule) dropPopoverRules(rule);
    }
  };
  document.addEventListener('DOMContentLoaded', () => {
    for (const element of document.querySelectorAll('[popover]')) element.removeAttribute('popover');
    for (const element of document.querySelectorAll('[popovertarget]')) element.removeAttribute('popovertarget');
    for (const sheet of document.styleSheets) dropPopoverRules(sheet);
  });
}

// The fallback does not depend on the layout.
test('without popover support, no definition shows on the page and a term still leads to its definition', DESKTOP_ONLY, async ({ page }) => {
  await page.addInitScript(withoutPopovers);
  await page.goto('/chapters/chips/');
  expect(await page.evaluate(() => 'showPopover' in HTMLElement.prototype), 'popovers are imitated away').toBe(false);
  const terms = page.locator('.term');
  expect(await terms.count()).toBeGreaterThan(0);
  // Each definition would otherwise sit fixed at the bottom of the screen, all at once.
  await expect(page.locator('.term__popover:visible')).toHaveCount(0);
  // A button that can open nothing is not offered; the words link to the glossary entry.
  await expect(page.locator('.term__button:visible')).toHaveCount(0);
  const link = terms.first().locator('.term__link');
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
  const entry = page.locator(href.replace('/glossary/', ''));
  await expect(entry).toBeInViewport();
  await expect(entry.locator('dd')).not.toBeEmpty();
});
