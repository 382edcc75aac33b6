/**
 * Which step is active, derived from layout alone: the last step whose top has passed the trigger
 * line. Deriving it (instead of trusting the order of enter/exit events) keeps it right after a
 * jump, a reload mid-page, back/forward, a resize or a very fast scroll (scrollama #56, #70, #78).
 * Returns -1 when no step has reached the line yet.
 */
export function activeStepIndex(stepTops: readonly number[], triggerLine: number): number {
  let active = -1;
  for (let index = 0; index < stepTops.length; index++) {
    if (stepTops[index]! <= triggerLine) active = index;
    else break;
  }
  return active;
}

/**
 * The trigger line as a share of the viewport height: lower where the narrow drawing shows. On an
 * upright phone the chart takes the upper part of the screen and a step turns as its card rises
 * into the lower part; on a short screen the cards sit beside the chart.
 */
export function triggerOffset(narrow: boolean): number {
  return narrow ? 0.75 : 0.55;
}
