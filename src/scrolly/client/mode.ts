/**
 * Who decides which step a sequence shows. Following: the layout (the step at the trigger line).
 * Navigating: the reader's link, button or back/forward, while the page scrolls to its step; the
 * layout decides again once that scroll has settled or the reader scrolls themselves. Presenting:
 * the presenter's keys, whatever the page's scroll. Pure: ScrollySequence does what these return.
 */
export type Mode = { kind: 'following' } | { kind: 'navigating'; target: number; since: number; replaced: boolean } | { kind: 'presenting' };

/** The next mode, and what to do: show the layout's step, or scroll the target back into place. */
export interface Outcome {
  mode: Mode;
  show?: number;
  replace?: number;
}

export const FOLLOWING: Mode = { kind: 'following' };
export const PRESENTING: Mode = { kind: 'presenting' };

export function navigating(target: number, now: number): Mode {
  return { kind: 'navigating', target, since: now, replaced: false };
}

/** A step crossed the trigger line, or the layout was read again after a resize. */
export function onLayout(mode: Mode, layoutIndex: number): Outcome {
  return mode.kind === 'following' ? { mode, show: layoutIndex } : { mode };
}

/**
 * The page has stopped scrolling, and the layout was read after it (`lastScrollAt`: when the page
 * last moved). A navigation that made no scroll ends on its step (the page was there already, or
 * cannot go further). One that got there ends; one that did not (the browser stopped its smooth
 * scroll part-way) puts its step back in place once, then the layout decides.
 */
export function onSettled(mode: Mode, layoutIndex: number, lastScrollAt: number, now: number): Outcome {
  if (mode.kind === 'presenting') return { mode };
  if (mode.kind === 'following') return { mode, show: layoutIndex };
  if (lastScrollAt <= mode.since || layoutIndex === mode.target) return { mode: FOLLOWING };
  if (!mode.replaced) return { mode: { ...mode, since: now, replaced: true }, replace: mode.target };
  return { mode: FOLLOWING, show: layoutIndex };
}

/** The reader's own wheel, touch, key or press (a scrollbar drag sends only that): the scroll from here on is theirs, and the layout follows it. */
export function onReaderInput(mode: Mode): Mode {
  return mode.kind === 'navigating' ? FOLLOWING : mode;
}
