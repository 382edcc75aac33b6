/** When a far part of a chapter is drawn, and how much an idle period draws (src/scrolly/client/drawAheadPolicy.ts). */
import { describe, expect, it } from 'vitest';
import { PIECE_MS, planFor, timeForAnotherPiece } from '../../src/scrolly/client/drawAheadPolicy';

const SCREEN = 800;

describe('planFor: what to do with a part, from where it is', () => {
  it('queues a part below the screen, with or without pieces', () => {
    expect(planFor({ top: SCREEN, bottom: SCREEN + 400 }, SCREEN, false)).toBe('queue');
    expect(planFor({ top: 2 * SCREEN, bottom: 4 * SCREEN }, SCREEN, true)).toBe('queue');
  });
  it('draws a card on screen at once, and queues one above it (its place is kept when it grows)', () => {
    expect(planFor({ top: 300, bottom: 700 }, SCREEN, false)).toBe('draw now');
    expect(planFor({ top: -200, bottom: 100 }, SCREEN, false)).toBe('draw now');
    expect(planFor({ top: -900, bottom: -100 }, SCREEN, false)).toBe('queue');
  });
  it('leaves a part with pieces that the reader reached or passed to the browser, never drawn piece by piece in sight', () => {
    expect(planFor({ top: 200, bottom: 3000 }, SCREEN, true)).toBe('leave to the browser');
    expect(planFor({ top: -5000, bottom: -1000 }, SCREEN, true)).toBe('leave to the browser');
  });
});

describe('timeForAnotherPiece: an idle callback stays short', () => {
  it('draws another piece only with under 20 ms spent and over 20 ms left', () => {
    expect(timeForAnotherPiece(5, 40)).toBe(true);
    expect(timeForAnotherPiece(PIECE_MS, 40)).toBe(false);
    expect(timeForAnotherPiece(5, PIECE_MS)).toBe(false);
    expect(timeForAnotherPiece(0, 0)).toBe(false);
  });
});
