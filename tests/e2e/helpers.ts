/** Shared helpers for the end-to-end tests: the pages the build produced, and console/network guards. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** Every HTML page in dist/, as the URL path a static host serves it at. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push(relative(DIST, path).split('\\').join('/'));
    }
  };
  walk(DIST);
  return pages
    .map((file) => (file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`))
    .sort();
}

export const CHAPTER_SLUGS = ['introduction', 'motivations', 'ecosystems', 'chips', 'us-response', 'talent', 'conclusion'];

/**
 * Collects console errors and warnings, uncaught exceptions, and any request that leaves the
 * page's own origin. Call `assertClean()` at the end of a test.
 */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1') problems.push(`request to another origin: ${request.url()}`);
  });
  return {
    problems,
    assertClean() {
      expect(problems, problems.join('\n')).toEqual([]);
    },
  };
}
