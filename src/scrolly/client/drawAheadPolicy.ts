/**
 * Guarantees: a part is drawn a piece at a time only while below the screen (on or above it, the
 * browser draws it whole), and an idle period starts another piece only with under 20 ms spent and over 20 ms left.
 */

/**
 * The most a piece (a quiz question, a note) takes to lay out at a 4x slowdown: another is drawn
 * in the same idle period only if that much is left and less than that has gone on pieces already.
 */
export const PIECE_MS = 20;

export type Plan = 'queue' | 'draw now' | 'leave to the browser';

/**
 * What to do with a part, from where its box is. Below the screen it is queued (one with pieces
 * grows a piece at a time, unseen). A step's card on screen is drawn at once, one above is queued
 * (drawAhead keeps the reader's place when it grows). A part with pieces that a jump landed on, or
 * carried the reader past, is left to the browser, which draws it whole: many small placeholders
 * drawn where the reader looks, each a little off, moved the page from under them.
 */
export function planFor(box: { top: number; bottom: number }, viewportHeight: number, hasPieces: boolean): Plan {
  if (box.top >= viewportHeight) return 'queue';
  if (hasPieces) return 'leave to the browser';
  return box.bottom > 0 ? 'draw now' : 'queue';
}

/** Whether an idle period that has spent `spentMs` on pieces, with `remainingMs` left, draws another. */
export function timeForAnotherPiece(spentMs: number, remainingMs: number): boolean {
  return spentMs < PIECE_MS && remainingMs > PIECE_MS;
}
