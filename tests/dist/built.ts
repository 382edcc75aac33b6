/**
 * The built site for the dist checks: every page parsed once per worker (the dist project shares
 * modules across files), and the CSS-like queries the checks read it with.
 */
import { builtPages, DIST, readPage } from '../quality/dist';
import { parseDocument, querySelectorAll, type Document, type Element } from '../quality/html';

export { DIST };
export { CHAPTER_SLUGS } from '../quality/chapters';
export { attr, closest, hasClass, readText, textOf, type Element } from '../quality/html';

export const ROOT = new URL('../..', import.meta.url).pathname;

/** Every built page's URL path; reading dist/ fails loudly when the site is not built. */
export const PAGES = builtPages();

const documents = new Map<string, Document>();

export function builtPage(path: string): Document {
  let document = documents.get(path);
  if (!document) {
    document = parseDocument(readPage(DIST, path));
    documents.set(path, document);
  }
  return document;
}

export const $$ = (root: Document | Element, selector: string): Element[] => querySelectorAll(root, selector);

/** The first match; throws (naming the selector) when there is none. */
export function $(root: Document | Element, selector: string): Element {
  const found = querySelectorAll(root, selector)[0];
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}
