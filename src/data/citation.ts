/** "Cite this chapter" in APA, MLA and BibTeX, built from the chapter's metadata. */
import { parsePartialDate } from './dates';

export interface CitationInput {
  title: string;
  slug: string;
  siteTitle: string;
  siteTagline: string;
  url: string;
  /** Publication date of the edition, YYYY-MM-DD. */
  published: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function titleCase(text: string): string {
  const small = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', "china's"]);
  return text
    .split(' ')
    .map((word, index) => (index > 0 && small.has(word.toLowerCase()) && word.toLowerCase() !== "china's" ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

export function citations(input: CitationInput): { apa: string; mla: string; bibtex: string } {
  const date = parsePartialDate(input.published)!;
  const year = date.year;
  const month = date.month!;
  const day = date.day!;
  const container = `${input.siteTitle}: ${input.siteTagline}`;
  const apa = `${input.siteTitle}. (${year}, ${MONTHS[month - 1]} ${day}). ${input.title}. In ${container}. ${input.url}`;
  const mla = `“${titleCase(input.title)}.” ${titleCase(container)}, ${day} ${MLA_MONTHS[month - 1]} ${year}, ${input.url.replace(/^https?:\/\//, '')}.`;
  const escape = (text: string) => text.replace(/[&%$#_{}]/g, (char) => `\\${char}`);
  const bibtex = [
    `@misc{traction-talent-${input.slug}-${year},`,
    `  author = {{${escape(input.siteTitle)}}},`,
    `  title = {${escape(input.title)}},`,
    `  howpublished = {${escape(container)}},`,
    `  year = {${year}},`,
    `  month = {${MONTHS[month - 1]!.slice(0, 3).toLowerCase()}},`,
    `  url = {${input.url}},`,
    `}`,
  ].join('\n');
  return { apa, mla, bibtex };
}
