/**
 * Text in another language than the page's, marked as such (WCAG 3.1.2, language of parts), so
 * that a screen reader reads it with the right voice and a browser picks the right glyphs. The
 * site's own text is English; other languages appear only in the titles of sources: some written
 * wholly in the source's language ("Garante privacy blocca DeepSeek…"), some English with a
 * Chinese name in them ("Report on the Qwen3 launch (PingWest / 硅星人)").
 */

/** Chinese characters, with the punctuation and full-width forms written between them. */
const HAN_RUN = /([\p{Script=Han}](?:[\p{Script=Han}\u3000-\u303f\uff00-\uffef\s·]*[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20])?)/u;

export interface LanguageRun {
  text: string;
  /** A BCP 47 tag where the run is not in the page's language. */
  lang?: string;
}

/**
 * Splits text into runs by language. A text written wholly in one language (`language`) is one
 * run; otherwise each stretch of Chinese characters is a run marked `zh` (the site has no
 * Japanese, whose kanji are the same characters).
 */
export function languageRuns(text: string, language?: string): LanguageRun[] {
  if (language) return [{ text, lang: language }];
  // Splitting on a captured pattern gives text and Chinese turn about: the Chinese at odd places.
  return text
    .split(HAN_RUN)
    .map((part, index): LanguageRun => (index % 2 === 1 ? { text: part, lang: 'zh' } : { text: part }))
    .filter((run) => run.text !== '');
}
