/**
 * The focus callout of the timeline charts: a bold heading line (usually the date) over the
 * focused item's text, wrapped to the drawing's width, in the band above the plot.
 */
import type { TextMark } from '../contract';
import { wrapText } from './text';

interface CalloutOptions {
  width: number;
  fontSize: number;
  /** Lines the body may wrap to (the heading is extra). */
  bodyLines: number;
  /** Space between lines, and above the first baseline's font size. */
  lineGap: number;
  top?: number;
}

export function calloutMarks(heading: string, body: string, { width, fontSize, bodyLines, lineGap, top = 0 }: CalloutOptions): TextMark[] {
  return [heading, ...wrapText(body, width - 8, fontSize, bodyLines)].map((text, index) => ({
    kind: 'text',
    key: `callout-${index}`,
    className: index === 0 ? 'callout callout--title' : 'callout',
    x: 4,
    y: fontSize + top + index * (fontSize + lineGap),
    text,
    size: fontSize,
    weight: index === 0 ? 'bold' : 'normal',
  }));
}
