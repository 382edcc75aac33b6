import { describe, expect, it } from 'vitest';
import { activeStepIndex } from '../../src/scrolly/client/activeStep';

describe('activeStepIndex: the last step whose top has passed the trigger line', () => {
  it('is -1 before the first step reaches the line', () => {
    expect(activeStepIndex([500, 1300, 2100], 440)).toBe(-1);
  });
  it('counts a step whose top is exactly on the line', () => {
    expect(activeStepIndex([440, 1300], 440)).toBe(0);
  });
  it('picks the last passed step after a jump that skipped several', () => {
    expect(activeStepIndex([-3000, -2200, -1400, -600, 200, 1000], 440)).toBe(4);
  });
  it('stays on the last step once the whole sequence is above the screen', () => {
    expect(activeStepIndex([-5000, -4000, -3000], 440)).toBe(2);
  });
});
