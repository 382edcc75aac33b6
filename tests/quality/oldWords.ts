/**
 * Words a correction removed must never come back: not in a page (chapters with their quizzes,
 * teacher guides, the glossary, embeds, the cover, the sources), not in a download. The built
 * files are read as a reader meets them: the text of each page without its tags, entities decoded,
 * with the attributes that are read out or shown (alt, title, aria-label, a meta description);
 * each string of a JSON file; each CSV file. Text is compared with whitespace collapsed and curly
 * quotes and apostrophes made straight, so a re-typed quotation mark does not hide the words.
 * Words that end one paragraph and start the next are not a phrase. The corrections log itself
 * quotes the removed words, and is the one page left out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

/** The page that quotes the removed words on purpose. */
export const CORRECTIONS_PAGE = 'corrections/index.html';

/** Elements within a line of text: their tags join the text on either side as it is. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'button', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'tspan']);
/**
 * Between blocks (paragraphs, list items, cells): not whitespace, so that words ending one
 * paragraph and words starting the next never read as one phrase.
 */
const BLOCK_BREAK = '\u0001';
/** Attributes whose words a reader sees or hears. */
const READ_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'aria-description', 'placeholder', 'content']);

/** Straight quotes, one space for any run of whitespace, no soft hyphens or zero-width spaces. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A page's text and its read attributes, as separate stretches of text. */
export function htmlTexts(html: string): string[] {
  const attributes: string[] = [];
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeName === '#text' && 'value' in node) {
      text += node.value;
      return;
    }
    if (node.nodeName === 'script' || node.nodeName === 'style') return;
    if (node.nodeName === 'br') {
      text += ' ';
      return;
    }
    if ('attrs' in node) for (const attribute of node.attrs) if (READ_ATTRIBUTES.has(attribute.name)) attributes.push(attribute.value);
    const block = 'tagName' in node && !INLINE.has(node.tagName);
    if (block) text += BLOCK_BREAK;
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if ('content' in node && node.content) walk(node.content as unknown as Node);
    if (block) text += BLOCK_BREAK;
  };
  walk(parse(html) as unknown as Node);
  return [text, ...attributes];
}

/** Every string in a JSON document (labels, notes, definitions), each on its own. */
export function jsonTexts(json: string): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(JSON.parse(json));
  return found;
}

/** A CSV file's text, with a quoted field's doubled quotes ("") read as one. */
export function csvTexts(csv: string): string[] {
  return [csv.replace(/""/g, '"')];
}

function filesUnder(folder: string, test: (path: string) => boolean): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path, test) : test(path) ? [path] : [];
  });
}

/** The built files a reader can meet words in: every page, and the data and chart-state downloads. */
export function readableFiles(distDir: string): string[] {
  const relativePath = (path: string) => relative(distDir, path).split('\\').join('/');
  const pages = filesUnder(distDir, (path) => path.endsWith('.html')).filter((path) => relativePath(path) !== CORRECTIONS_PAGE);
  const data = filesUnder(join(distDir, 'data'), (path) => /\.(csv|json)$/.test(path));
  const states = filesUnder(join(distDir, 'states'), (path) => path.endsWith('.json'));
  return [...pages, ...data, ...states].sort();
}

function textsOf(path: string): string[] {
  const content = readFileSync(path, 'utf8');
  if (path.endsWith('.html')) return htmlTexts(content);
  if (path.endsWith('.json')) return jsonTexts(content);
  return csvTexts(content);
}

export interface OldWordsEntry {
  id: string;
  oldWords?: readonly string[] | undefined;
}

export interface OldWordsFinding {
  entry: string;
  words: string;
  /** Relative to dist/. */
  files: string[];
}

/** Each entry's removed words that are on the built site again, with the files they are in. */
export function findOldWords(distDir: string, entries: readonly OldWordsEntry[]): OldWordsFinding[] {
  const wanted = entries.flatMap((entry) => (entry.oldWords ?? []).map((words) => ({ entry: entry.id, words, normal: normaliseText(words) })));
  if (wanted.length === 0) return [];
  const files = new Map<string, string[]>();
  for (const path of readableFiles(distDir)) {
    const texts = textsOf(path).map(normaliseText);
    for (const { entry, words, normal } of wanted) {
      if (!texts.some((text) => text.includes(normal))) continue;
      const key = JSON.stringify([entry, words]);
      files.set(key, [...(files.get(key) ?? []), relative(distDir, path).split('\\').join('/')]);
    }
  }
  return [...files].map(([key, found]) => {
    const [entry, words] = JSON.parse(key) as [string, string];
    return { entry, words, files: found };
  });
}

export function formatOldWords(finding: OldWordsFinding): string {
  return `correction "${finding.entry}": the removed words "${finding.words}" are on the site again, in ${finding.files.join(', ')}`;
}
