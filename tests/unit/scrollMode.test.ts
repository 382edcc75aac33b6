/**
 * The scroll client's mode (src/scrolly/client/mode.ts): who decides the step shown, the layout,
 * a navigation the reader asked for, or the presenter, and when a navigation hands back.
 */
import { describe, expect, it } from 'vitest';
import { FOLLOWING, PRESENTING, navigating, onLayout, onReaderInput, onSettled } from '../../src/scrolly/client/mode';

describe('following: the layout decides', () => {
  it('shows the step at the trigger line, on a crossing and once the page settles', () => {
    expect(onLayout(FOLLOWING, 3)).toEqual({ mode: FOLLOWING, show: 3 });
    expect(onSettled(FOLLOWING, 5, 1_000, 1_200)).toEqual({ mode: FOLLOWING, show: 5 });
  });
  it('shows "no step yet" (-1) above the first step', () => {
    expect(onLayout(FOLLOWING, -1).show).toBe(-1);
  });
});

describe('navigating: the step the reader asked for holds until the page has settled there', () => {
  const toStep4 = navigating(4, 1_000);

  it('ignores the steps the page passes on its way', () => {
    expect(onLayout(toStep4, 2)).toEqual({ mode: toStep4 });
  });
  it('hands back to the layout once the page has settled on the step', () => {
    expect(onSettled(toStep4, 4, 1_300, 1_450)).toEqual({ mode: FOLLOWING });
  });
  it('ends on its step when the page made no scroll (already there, or at its end)', () => {
    expect(onSettled(toStep4, 2, 900, 1_150)).toEqual({ mode: FOLLOWING });
  });
  it('puts its step back in place once if the page stopped short of it, then lets the layout decide', () => {
    const stopped = onSettled(toStep4, 3, 1_300, 1_450);
    expect(stopped).toEqual({ mode: { kind: 'navigating', target: 4, since: 1_450, replaced: true }, replace: 4 });
    expect(onSettled(stopped.mode, 4, 1_500, 1_650)).toEqual({ mode: FOLLOWING });
    expect(onSettled(stopped.mode, 3, 1_500, 1_650)).toEqual({ mode: FOLLOWING, show: 3 });
    // No scroll after putting it back: it was in place.
    expect(onSettled(stopped.mode, 3, 1_300, 1_600)).toEqual({ mode: FOLLOWING });
  });
  it("ends when the reader scrolls themselves: the layout follows their scroll from there", () => {
    expect(onReaderInput(toStep4)).toEqual(FOLLOWING);
    expect(onReaderInput(FOLLOWING)).toEqual(FOLLOWING);
  });
});

describe("presenting: the presenter's keys decide, whatever the page does", () => {
  it('ignores crossings, settling and the reader input', () => {
    expect(onLayout(PRESENTING, 2)).toEqual({ mode: PRESENTING });
    expect(onSettled(PRESENTING, 2, 1_000, 1_200)).toEqual({ mode: PRESENTING });
    expect(onReaderInput(PRESENTING)).toEqual(PRESENTING);
  });
});
