/**
 * Phrases with a number in them that are plainly not data quantities: names, idioms, the story's
 * own framing, and definitions (a unit, a formula). A phrase is matched whole, as written here
 * (case aside, any run of spaces for a space), and it hides only the numbers inside it: "three
 * forces" allows "three" where those words stand together and nowhere else, so "three" before
 * anything else is still caught. Each phrase must contain a word besides its numbers, and must be
 * caught without this list (proseNumbers.test.ts holds both). Keep the list short: a figure a
 * source reports belongs in the dataset, not here.
 *
 * Built into the checker instead (handTypedNumbers.ts), because they are grammar, not phrases:
 * ordinals ("the first", "the 14th"), "one of", a pronoun "one" ("the lower one"), "one person's",
 * "the two"/"all three" (things already counted, named again), and "the first half" of a year.
 */
export interface AllowedNumberPhrase {
  phrase: string;
  /** Why this is not a figure a reader could check against a source. */
  reason: string;
}

export const ALLOWED_NUMBER_PHRASES: readonly AllowedNumberPhrase[] = [
  // Names and the story's framing.
  { phrase: 'Five-Year Plan', reason: "the name of China's planning cycle (its number, as in 14th, is an ordinal)" },
  { phrase: 'for five years at a time', reason: 'what "Five-Year Plan" means: the definition of the glossary term' },
  { phrase: 'two countries', reason: 'the story compares two countries, China and the United States: its subject, not a figure' },
  { phrase: 'one conference', reason: 'how the talent tracker samples (the authors of a single conference, NeurIPS): its design, not a figure it reports' },
  { phrase: 'Half the class', reason: 'how a teacher splits a class for an activity, not a figure of the story' },
  { phrase: 'half the Chinese rows', reason: 'the other half of the class in the same activity (a teacher guide), not a figure of the story' },
  { phrase: 'ages fifteen to eighteen', reason: "the school level a teacher guide is written for (its `level`), not a figure of the story" },
  { phrase: 'Two paths on one chart', reason: "a section title (and its link's id): the story's framing of the two countries, not a count" },
  { phrase: 'Two rhythms', reason: "a section title (and its link's id) framing the US and Chinese release patterns, not a count" },
  { phrase: 'RTX Pro 6000D', reason: "the name of an Nvidia chip made for China (the chips chapter), which has no record in the chip data: its figures are not needed" },
  // Idioms.
  { phrase: 'one by one', reason: 'an idiom ("the rules, one by one"), not a count' },
  { phrase: 'on one timeline', reason: 'an idiom: side by side, on a single chart; not a count' },
  { phrase: 'on one chart', reason: 'an idiom: side by side, on a single chart; not a count' },
  // Definitions: of units, a formula, a scale, a method.
  { phrase: 'each gridline is ten times the last', reason: "what a logarithmic axis is: a property of the chart's scale, not a figure" },
  { phrase: 'a FLOP is one calculation', reason: 'defines the unit FLOP' },
  { phrase: 'one sum or multiplication', reason: 'defines the unit FLOP (the glossary)' },
  { phrase: 'lets one program', reason: 'defines an API (one program talking to another): not a count' },
  { phrase: 'a snapshot of one date', reason: 'defines a leaderboard: a ranking on a single date, not a count' },
  { phrase: 'same question to two anonymous', reason: "how LMArena works (a person compares two models' answers): the method's definition, not a figure" },
  { phrase: 'trillions a second', reason: 'defines the unit TFLOPS (tera = a trillion); not a measured figure' },
  { phrase: 'a trillion a second', reason: 'defines the unit TFLOPS (tera = a trillion); not a measured figure' },
  { phrase: 'is trillions of multiply-accumulate', reason: "defines the unit MacTOPS in BIS's TPP formula; not a measured figure" },
  { phrase: 'in billions (B)', reason: 'defines how parameter counts are written ("70B"); not a measured figure' },
  { phrase: 'for every 100 counted for the United States', reason: "the question the talent chapter's parity chart asks of each count (China's count scaled to 100 for the US): its scale's definition, not a figure" },
  { phrase: '2 × MacTOPS', reason: "the constant of BIS's TPP formula (2 × MacTOPS × bit length), part of its definition" },
  { phrase: 'For 16-bit maths it equals 16 × dense', reason: "the TPP formula worked out for 16-bit numbers (2 × MacTOPS × 16, a MacTOPS being half a TFLOPS): arithmetic on a definition" },
];
