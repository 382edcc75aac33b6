/**
 * Whether a chip meets an export rule's test, computed from the rule's thresholds and the chip's
 * specifications. The dataset records coverage from sources (`coveredBy`); a unit test checks that
 * the two agree wherever the figures allow a verdict, which catches a typo in either.
 */
import type { Chip, DatasetEvent } from '../../data/schema';

/** BIS's total processing performance for 16-bit dense throughput: TFLOPS x 16. */
export function tppFromTflops(tflops: number): number {
  return tflops * 16;
}

export function tflopsFromTpp(tpp: number): number {
  return tpp / 16;
}

export type Verdict = 'meets' | 'below' | 'unknown';

export function meetsThreshold(chip: Chip, rule: DatasetEvent): Verdict {
  const threshold = rule.threshold;
  if (!threshold) return 'unknown';
  const tpp = chip.tpp ?? tppFromTflops(chip.tflopsDense);
  let main: Verdict = 'below';
  if (threshold.tppMin !== undefined && tpp >= threshold.tppMin) {
    if (threshold.interconnectMinGBs === undefined) main = 'meets';
    else if (chip.interconnectGBs === undefined) main = 'unknown';
    else main = chip.interconnectGBs >= threshold.interconnectMinGBs ? 'meets' : 'below';
  }
  if (main === 'meets') return 'meets';
  if (threshold.orTppMin !== undefined && tpp >= threshold.orTppMin && threshold.orDensityMin !== undefined) {
    if (chip.dieAreaMm2 === undefined) return 'unknown';
    if (tpp / chip.dieAreaMm2 >= threshold.orDensityMin) return 'meets';
  }
  return main;
}
