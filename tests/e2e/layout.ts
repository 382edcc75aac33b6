/**
 * The scrolly layouts as the tests see them: the site's own media queries (layoutQueries.ts) and
 * trigger line (activeStep.ts), never retyped, and where the page stands against them now.
 */
import type { Page } from '@playwright/test';
import { NARROW_QUERY } from '../../src/scrolly/client/layoutQueries';
import { triggerOffset } from '../../src/scrolly/client/activeStep';

export { KEY_FOLDED_QUERY, NARROW_QUERY } from '../../src/scrolly/client/layoutQueries';
export { triggerOffset } from '../../src/scrolly/client/activeStep';

/** Whether the page matches a layout query now. */
export function matchesQuery(page: Page, query: string): Promise<boolean> {
  return page.evaluate((media) => window.matchMedia(media).matches, query);
}

/** The trigger line, as a share of the screen's height, for the layout the page is in now. */
export async function triggerShare(page: Page): Promise<number> {
  return triggerOffset(await matchesQuery(page, NARROW_QUERY));
}
