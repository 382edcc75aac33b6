/** Shared helpers for the end-to-end tests. */
import type { Page } from '@playwright/test';
export { builtPages, DIST } from '../quality/dist';
export { watchPage } from '../quality/pageWatch';
export { CHAPTER_SLUGS } from '../quality/chapters';

declare global {
  interface Window {
    __animates?: Promise<boolean>;
    /** What a test read in the page as a change of step started (its own shape, per test). */
    __atChange?: Promise<unknown>;
  }
}

/**
 * Whether `action` makes the sequence's visible drawing animate. Watched from before the action:
 * the client takes `is-animating` off when the transition ends, and on a starved machine that can
 * be at its first frame, before a poll for the class gets to look.
 */
export async function animatesDuring(page: Page, sequence: string, action: () => Promise<void>): Promise<boolean> {
  await page.evaluate((selector) => {
    const svg = Array.from(document.querySelectorAll(`${selector} [data-variant] svg`)).find((element) => element.getClientRects().length > 0)!;
    window.__animates = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!svg.classList.contains('is-animating')) return;
        observer.disconnect();
        resolve(true);
      });
      observer.observe(svg, { attributes: true, attributeFilter: ['class'] });
      window.setTimeout(() => {
        observer.disconnect();
        resolve(false);
      }, 5000);
    });
  }, sequence);
  await action();
  return page.evaluate(() => window.__animates!);
}

/**
 * Marks a test or group whose behaviour does not depend on the layout: the desktop project runs it,
 * the phone project leaves it out (tests/playwright.config.ts), so the phone runs only what the
 * narrow layout can change.
 */
export const DESKTOP_ONLY = { tag: '@desktop-only' };
