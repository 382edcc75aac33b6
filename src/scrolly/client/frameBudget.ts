/**
 * Guarantees: after two frames over 50 ms apart while the page loads or a transition runs, changes
 * of state are instant and running transitions end at once, unless the reader switched animation on.
 *
 * Animation a device cannot keep smooth is worse than none; deciding from the load means a slow
 * device never pays for a first, janky transition, and an idle page watches no frames. Frame gaps
 * are the evidence every engine gives (Firefox and WebKit have no `longtask` entries); one long
 * frame can be chance (a garbage collection, the first layout), two are not.
 */

/** A gap between frames longer than this is a long frame: the length of a long task. */
export const LONG_FRAME_MS = 50;
/** This many long frames, while loading or animating, stop animation by default. */
export const LONG_FRAMES_TO_STOP = 2;

/** Long frames among consecutive frame times (ms): the whole of the decision, kept pure. */
export function countLongFrames(frameTimes: readonly number[]): number {
  let long = 0;
  for (let index = 1; index < frameTimes.length; index++) if (frameTimes[index]! - frameTimes[index - 1]! > LONG_FRAME_MS) long++;
  return long;
}

let animatingUntil = 0;
let tooSlow = false;
const onTooSlow: (() => void)[] = [];
let longFrames = 0;
/** The last frame watched, or undefined at the start of a watch (the gap before it is idle time). */
let lastFrame: number | undefined;
let watching = false;

/**
 * How long a change of state animates: never when it should not (a jump, motion off), and on a
 * struggling device only if the reader switched animation on themselves.
 */
export function transitionMs(durationMs: number, when: { animate: boolean; enabled: boolean; chosen: boolean; affordable: boolean }): number {
  return when.animate && when.enabled && (when.affordable || when.chosen) ? durationMs : 0;
}

export function noteTransition(durationMs: number): void {
  animatingUntil = Math.max(animatingUntil, performance.now() + durationMs);
  watchFrames();
}

export function animationIsAffordable(): boolean {
  return !tooSlow;
}

/** Runs `finish` once, when transitions stop being affordable (to end those in flight). */
export function whenAnimationUnaffordable(finish: () => void): void {
  onTooSlow.push(finish);
}

const loading = () => document.readyState !== 'complete';

function watchFrames(): void {
  if (watching || tooSlow || typeof requestAnimationFrame !== 'function') return;
  watching = true;
  lastFrame = undefined;
  requestAnimationFrame(onFrame);
}

function onFrame(now: number): void {
  if (lastFrame !== undefined) longFrames += countLongFrames([lastFrame, now]);
  lastFrame = now;
  if (longFrames >= LONG_FRAMES_TO_STOP) {
    tooSlow = true;
    watching = false;
    for (const finish of onTooSlow.splice(0)) finish();
    return;
  }
  if (loading() || now < animatingUntil) requestAnimationFrame(onFrame);
  else watching = false;
}

if (typeof document !== 'undefined') {
  // A hidden page gets no frames: the gap across it is the reader away, not the device slow.
  document.addEventListener('visibilitychange', () => (lastFrame = undefined));
  if (loading()) watchFrames();
}
