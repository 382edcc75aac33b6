/** Reads the chapters' MDX for the editorial checks: frontmatter, claim markers and plain prose. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Where a chapter takes a figure from the dataset; handTypedNumbers.ts reads it (defined here to keep imports one way). */
export const DATASET_VALUE = '\uE000';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHAPTERS = `${ROOT}content/chapters/`;

export interface ChapterSource {
  slug: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

export function readChapters(): ChapterSource[] {
  return readdirSync(CHAPTERS)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const text = readFileSync(CHAPTERS + name, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${name} has no frontmatter`);
      return { slug: name.replace(/\.mdx$/, ''), frontmatter: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
    });
}

/** Claim markers in a chapter body: {/* claim C08 *\/} placed at the passage that tells the claim. */
export function claimMarkers(body: string): string[] {
  return [...body.matchAll(/\{\/\*\s*claim\s+(C\d\d)\s*\*\/\}/g)].map((match) => match[1]!);
}

/**
 * The words a reader sees in the prose, without components and expressions: JSX comments and
 * {...} expressions are dropped, tags are dropped but the text between them is kept, and self-
 * closing components (<Cite />) disappear with their attributes, and <Value /> and <DateOf />
 * leave DATASET_VALUE in their place. Step descriptions, which readers also see, are kept.
 */
export function proseOf(body: string): string {
  let text = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
  const descriptions: string[] = [];
  text = text.replace(/description="([^"]*)"/g, (_match, description: string) => {
    descriptions.push(description);
    return '';
  });
  // Expressions, including nested braces ({{ ... }}).
  let previous = '';
  while (previous !== text) {
    previous = text;
    text = text.replace(/\{[^{}]*\}/g, ' ');
  }
  // A figure from the dataset leaves a mark, so that a unit typed after it ("<Value bare /> million")
  // is read as that figure's unit (handTypedNumbers.ts).
  text = text.replace(/<(?:Value|DateOf)\b[^>]*\/>/g, DATASET_VALUE);
  text = text.replace(/<[^>]+>/g, ' ');
  return `${text}\n${descriptions.join('\n')}`;
}

/**
 * How many words of prose a reader sees, as the chapter standard counts them: proseOf's text without
 * the step descriptions, a figure from the dataset counting as one word.
 */
export function proseWords(body: string): number {
  return proseOf(body.replace(/description="[^"]*"/g, ''))
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}\uE000]/u.test(word)).length;
}
