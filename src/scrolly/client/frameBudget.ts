/**
 * Animation a device cannot keep smooth is worse than none. Frames that come late while the page
 * loads, or during a chart transition, show the device is struggling: from then on, state changes
 * are instant, and transitions already running jump to their end at once instead of stuttering
 * on. Deciding from the load means a slow device never pays for a first, janky transition; late
 * frames at other times (the reader opening a popover, say) are not evidence, and an idle page
 * watches no frames at all.
 *
 * The evidence is the time between animation frames, which every engine gives: Firefox and
 * WebKit (every iPad) have no `longtask` entries. A frame that comes over 50 ms after the one
 * before was held up by a task or a rendering as long as a long task; one such frame can be
 * chance (a garbage collection, the page's first layout), two are not.
 *
 * A reader who switches "Animate charts" on themselves keeps animation (ScrollySequence.show);
 * turning it off always wins. This only declines to animate by default where animating costs the
 * reader smooth scrolling.
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
