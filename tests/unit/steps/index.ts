/** Every chapter's step expectations, by chapter slug in reading order: one file per chapter, beside this one. */
import type { SequenceExpectation } from './expect';
import { SEQUENCES as introduction } from './introduction';
import { SEQUENCES as motivations } from './motivations';
import { SEQUENCES as ecosystems } from './ecosystems';
import { SEQUENCES as chips } from './chips';
import { SEQUENCES as usResponse } from './us-response';
import { SEQUENCES as talent } from './talent';
import { SEQUENCES as conclusion } from './conclusion';

export type { SequenceExpectation, StepExpectation } from './expect';

export const STEP_EXPECTATIONS: Record<string, SequenceExpectation[]> = {
  introduction,
  motivations,
  ecosystems,
  chips,
  'us-response': usResponse,
  talent,
  conclusion,
};

/** One sequence's expectations, wherever it is told. */
export function sequenceExpectation(id: string): SequenceExpectation {
  const found = Object.values(STEP_EXPECTATIONS)
    .flat()
    .find((sequence) => sequence.id === id);
  if (!found) throw new Error(`No step expectations for the sequence "${id}" (tests/unit/steps/)`);
  return found;
}
