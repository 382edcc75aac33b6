/**
 * The scrolly layouts, as media queries. src/styles/scrolly.css uses the same queries (a unit test,
 * tests/unit/layoutQueries.test.ts, holds the two together): the browser's CSS decides what is
 * drawn, and the client must agree on which drawing is on screen and where the trigger line is.
 */

/**
 * Upright phones: the chart takes the upper part of the screen and the cards pass below it, then
 * slide under it.
 */
export const STACKED_QUERY = 'screen and (max-width: 767.98px) and (orientation: portrait), screen and (max-width: 767.98px) and (min-height: 600px)';

/**
 * Where the narrow drawing shows: upright phones, and screens too short for the wide drawing to
 * keep its text at 11 px or more (a phone turned sideways, a laptop at 200% zoom).
 */
export const NARROW_QUERY = 'screen and (max-width: 767.98px), screen and (max-height: 599.98px) and (orientation: landscape)';

/** Short and wide screens (a phone turned sideways): the cards beside the chart, the caption, key and controls in a strip. */
export const SHORT_QUERY = 'screen and (max-height: 599.98px) and (orientation: landscape) and (min-width: 568px)';

/** Where the chart's key is folded behind a button and, opened, lies over the drawing. */
export const KEY_FOLDED_QUERY = `${STACKED_QUERY}, ${SHORT_QUERY}`;
