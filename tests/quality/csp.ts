/**
 * The Content-Security-Policy a page carries: present, strict (no third-party origins, no
 * 'unsafe-inline' or 'unsafe-eval' for scripts), and no inline event handler attributes.
 */
import { attr, parseHtml } from './html.ts';

const ALLOWED_SOURCES = /^('self'|'none'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|data:)$/;

export function cspProblems(html: string): string[] {
  const problems: string[] = [];
  const elements = parseHtml(html);
  const meta = elements.find((element) => element.tagName === 'meta' && attr(element, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  const policy = meta ? attr(meta, 'content') : undefined;
  if (!policy) problems.push('no Content-Security-Policy meta tag');
  else {
    const directives = new Map(
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map((parts) => [parts[0]!, parts.slice(1)]),
    );
    for (const required of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri']) {
      if (!directives.has(required)) problems.push(`the policy has no ${required}`);
    }
    for (const [directive, sources] of directives) {
      for (const source of sources) {
        if (!ALLOWED_SOURCES.test(source)) problems.push(`${directive} allows ${source}`);
      }
    }
  }
  for (const element of elements) {
    for (const attribute of element.attrs) {
      if (/^on[a-z]+$/i.test(attribute.name)) problems.push(`inline event handler ${attribute.name} on <${element.tagName}>`);
      if ((attribute.name === 'href' || attribute.name === 'src') && /^\s*javascript:/i.test(attribute.value)) problems.push(`javascript: URL on <${element.tagName}>`);
    }
  }
  return problems;
}
