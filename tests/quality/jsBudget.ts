/**
 * The JavaScript a page loads, measured from dist/: its module scripts, everything they import
 * (statically or dynamically), and inline scripts, with raw and gzipped sizes.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { attr, parseHtml, textOf } from './html.ts';
import { readPage } from './dist.ts';

/** Budgets from the quality issue: a chapter's JS must stay under this (gzipped bytes). */
export const JS_BUDGET_GZ = 30 * 1024;

export interface ScriptSize {
  file: string;
  raw: number;
  gz: number;
  /** Reached only through a dynamic import: loaded when a feature is used, not with the page. */
  lazy?: boolean;
}

const IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.js)["']|\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;

function sizeOf(text: string): { raw: number; gz: number } {
  const buffer = Buffer.from(text);
  return { raw: buffer.length, gz: gzipSync(buffer, { level: 9 }).length };
}

export function pageScripts(distDir: string, urlPath: string): ScriptSize[] {
  const elements = parseHtml(readPage(distDir, urlPath));
  const seen = new Map<string, ScriptSize>();
  const inline: ScriptSize[] = [];
  const visit = (path: string, lazy: boolean) => {
    const known = seen.get(path);
    if (known && (lazy || !known.lazy)) return;
    const text = readFileSync(join(distDir, path), 'utf8');
    seen.set(path, { file: path, ...sizeOf(text), ...(lazy ? { lazy: true } : {}) });
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2]!;
      if (/^[a-z]+:/i.test(specifier)) continue;
      const resolved = new URL(specifier, `http://site${path}`).pathname;
      visit(resolved, lazy || match[2] !== undefined);
    }
  };
  for (const element of elements) {
    if (element.tagName === 'script') {
      const type = attr(element, 'type') ?? '';
      if (type && !/module|javascript/.test(type)) continue; // JSON data blocks are not code
      const src = attr(element, 'src');
      if (src) visit(new URL(src, `http://site${urlPath}`).pathname, false);
      else {
        const code = textOf(element);
        if (code.trim()) inline.push({ file: `${urlPath} (inline)`, ...sizeOf(code) });
      }
    }
    if (element.tagName === 'link' && attr(element, 'rel') === 'modulepreload') {
      visit(new URL(attr(element, 'href')!, `http://site${urlPath}`).pathname, false);
    }
  }
  return [...seen.values(), ...inline];
}

/** What the page loads when it opens: everything but lazily imported chunks. */
export function totalGz(scripts: ScriptSize[]): number {
  return scripts.filter((script) => !script.lazy).reduce((sum, script) => sum + script.gz, 0);
}

export function lazyGz(scripts: ScriptSize[]): number {
  return scripts.filter((script) => script.lazy).reduce((sum, script) => sum + script.gz, 0);
}

/** Pages without charts ship at most this (a print button, say), and none of the chart client. */
export const NO_CHART_BUDGET_GZ = 2 * 1024;

/** Whether a page draws a scrolly chart or an embedded one (and so loads the chart client). */
export function pageHasCharts(html: string): boolean {
  return html.includes('data-scrolly=') || html.includes('data-embed=');
}

/** The page's script files that carry the chart client (the scrolly engine, d3's modules). */
export function chartCodeIn(distDir: string, scripts: ScriptSize[]): string[] {
  return scripts
    .filter((script) => !script.file.endsWith('(inline)') && /scrolly|d3-|interrupt|transition/i.test(readFileSync(join(distDir, script.file), 'utf8')))
    .map((script) => script.file);
}
