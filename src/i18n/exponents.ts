/**
 * Powers of ten. The data and every plain-text place (titles, tables, chart descriptions, CSV)
 * write an exponent with Unicode superscript digits: "3.4 × 10²⁴" (superscript, src/i18n/format.ts).
 * The site's cut fonts can draw only ¹ ² ³ of those (Fontsource's files stop there), so a page that
 * shows "⁴" borrows it from a system font: another design, and a slow font search the first time
 * (about 5 ms of layout, in the middle of a scroll). Where text is drawn, `textRuns` splits it so
 * that each such exponent is drawn with ordinary digits, raised.
 * No imports: this file ships to the browser (src/charts/marks.ts).
 */

/** A run of superscript digits (and minus), as superscript() writes an exponent. */
const EXPONENT = /([⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)/u;

export interface TextRun {
  text: string;
  /** An exponent, written with ordinary digits: draw it smaller and above the baseline. */
  raised: boolean;
}

/**
 * "3.4 × 10²⁴ FLOP" -> "3.4 × 10", raised "24", " FLOP". Every power of a number is raised, so
 * that 10²³ and 10²⁴ look alike; the power of a unit ("mm²", which the fonts draw) stays as it is.
 */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const part of text.split(EXPONENT)) {
    if (!part) continue;
    const raised = EXPONENT.test(part) && /[0-9]$/.test(runs.at(-1)?.text ?? '');
    // Compatibility normalisation gives a superscript digit's ordinary digit, and a minus sign for ⁻.
    const drawn = raised ? part.normalize('NFKC') : part;
    const last = runs.at(-1);
    if (last && !last.raised && !raised) last.text += drawn;
    else runs.push({ text: drawn, raised });
  }
  return runs;
}
