/** The drawing area inside a chart's margins. Layout functions place every mark inside it. */
import type { Size, Variant } from '../contract';
import type { Words } from '../../i18n/words';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Frame {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export function plotFrame(size: Size, margins: Margins): Frame {
  const left = margins.left;
  const top = margins.top;
  const right = size.width - margins.right;
  const bottom = size.height - margins.bottom;
  return { left, top, right, bottom, width: right - left, height: bottom - top };
}

/** What every part of a chart's drawing is placed by: the step's state, the drawing's shape and size, its frame, and the page's words. */
export interface Drawing<State> {
  state: State;
  variant: Variant;
  size: Size;
  frame: Frame;
  words: Words;
}
