/**
 * The glossary as readers see it: each definition's figures ({{value}} placeholders, checked when
 * the dataset was read) written in the page's language. The glossary page, the chapters' term
 * pop-ups, the teacher guides and the downloads all take it from here.
 */
import { getDataset } from '../data/dataset';
import type { Dataset, GlossaryTerm } from '../data/schema';
import { writtenGlossary } from '../i18n/values';
import { wordsFor, type Words } from '../i18n/words';
import { perBuild } from './perBuild';

const glossaryIn = perBuild(async (locale) => writtenGlossary(await getDataset(), wordsFor(locale as Words['locale'])));

/** The glossary in one language, computed once per build. */
export function getGlossary(words: Pick<Words, 'locale'>): Promise<GlossaryTerm[]> {
  return glossaryIn(words.locale);
}

/**
 * The dataset as its downloads give it (/data/): records as typed, and the glossary's figures
 * written, in English, where the source file has placeholders: a download is read without the site.
 */
export async function getDownloadedDataset(): Promise<Dataset> {
  return { ...(await getDataset()), glossary: await getGlossary(wordsFor('en')) };
}
