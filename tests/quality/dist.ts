/** The built site in dist/: its pages, and how a static host maps a URL path to a file. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** Every HTML file under a dist folder, as the URL path a static host serves it at. */
export function builtPages(distDir: string = DIST): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push(relative(distDir, path).split('\\').join('/'));
    }
  };
  walk(distDir);
  return pages.map(fileToUrlPath).sort();
}

export function fileToUrlPath(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The file a URL path is served from, or undefined if the host would answer 404. */
export function fileForUrlPath(distDir: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(distDir, clean, 'index.html')] : [join(distDir, clean), join(distDir, clean, 'index.html')];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

export function readPage(distDir: string, urlPath: string): string {
  const file = fileForUrlPath(distDir, urlPath);
  if (!file) throw new Error(`no file for ${urlPath}`);
  return readFileSync(file, 'utf8');
}
