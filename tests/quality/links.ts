/**
 * Every internal link and fragment in the built site resolves: the page exists and, for a
 * #fragment, an element with that id exists on it. External links must be well-formed absolute
 * URLs over https; a citation (rel="external") may keep the http address its publisher uses.
 */
import { attr, parseHtml } from './html.ts';
import { builtPages, fileForUrlPath, readPage } from './dist.ts';

export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

export function checkLinks(distDir: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const pages = builtPages(distDir);
  const idsByPage = new Map<string, Set<string>>();
  const elementsByPage = new Map(pages.map((page) => [page, parseHtml(readPage(distDir, page))]));
  const idsOf = (page: string) => {
    let ids = idsByPage.get(page);
    if (!ids) {
      const elements = elementsByPage.get(page) ?? parseHtml(readPage(distDir, page));
      ids = new Set(elements.map((element) => attr(element, 'id')).filter((id): id is string => !!id));
      idsByPage.set(page, ids);
    }
    return ids;
  };

  for (const page of pages) {
    for (const element of elementsByPage.get(page)!) {
      const name = element.tagName === 'a' || element.tagName === 'link' ? 'href' : element.tagName === 'img' || element.tagName === 'script' ? 'src' : undefined;
      if (!name) continue;
      const value = attr(element, name);
      if (value === undefined) continue;
      const rel = attr(element, 'rel') ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
        if (element.tagName === 'link' && rel === 'canonical') continue; // the configured public address
        let url: URL;
        try {
          url = new URL(value);
        } catch {
          problems.push({ page, link: value, problem: 'is not a well-formed URL' });
          continue;
        }
        if (url.protocol === 'https:') continue;
        if (url.protocol === 'http:' && rel.split(/\s+/).includes('external')) continue;
        if (url.protocol === 'mailto:') continue;
        problems.push({ page, link: value, problem: `external links must use https (got ${url.protocol})` });
        continue;
      }
      if (value.startsWith('//')) {
        problems.push({ page, link: value, problem: 'protocol-relative URL' });
        continue;
      }
      const target = new URL(value, `http://site${page}`);
      const targetPage = fileForUrlPath(distDir, target.pathname) ? target.pathname : undefined;
      if (!targetPage) {
        problems.push({ page, link: value, problem: `no page at ${target.pathname}` });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !idsOf(target.pathname).has(fragment)) {
        problems.push({ page, link: value, problem: `no element with id "${fragment}" on ${target.pathname}` });
      }
    }
  }
  return problems;
}
