/**
 * The closing chart: the story's threads as lines over time, from records other chapters already
 * use. Four views, each with its own y axis, so a step can recall one thread (see state.ts):
 *  - scores and index: the best closed and open models, with the same encodings as the ecosystems
 *    chapter's arena chart: solid lines; closed models hollow, open-weight models filled, in the
 *    colour of the developer's country. A key in the chart says so. Callouts write a model's
 *    training compute (an Epoch AI estimate, so "≈") beside it.
 *  - gaps: how far the leader led, in percent. A series of two published readings is two dots
 *    joined by a thin arrow, not a path through the months between; a computed one is dashed.
 *  - talent (talent.ts): two panels of the tracker's two editions.
 * Vertical markers (dotted event lines) date policy moments and releases from the dataset.
 */
import { scaleLinear, type ScaleLinear, type ScaleTime } from 'd3-scale';
import type { Mark, Scene, Size, TextMark, Variant } from '../contract';
import { leftAxis } from '../shared/axis';
import { plotFrame, type Drawing } from '../shared/frame';
import { choose, estimateTextWidth, Obstacles, segmentHitsBox, stackLabels, textBox, within, type Box, type Segment } from '../shared/labels';
import { arrowMarks, dotMark, emphasisClass, layers, linePath, ruleX, segmentMark, textBlock } from '../shared/markBuilders';
import { monthAxis, timeScale, xOfDate } from '../shared/timeAxis';
import { slug, wrapText } from '../shared/text';
import type { ClosingGapsState, TimeViewState } from './state';
import { describeState, gapClass, GEOMETRY, isModelView, lineClass, resolveLines, VIEWS, type ClosingGapsData, type LinePoint, type ResolvedLine, type TimeViewSpec, type View } from './lines';
import { layoutTalent } from './talent';
import type { Words } from '../../i18n/words';

export { describeState, pointEncoding, resolveLines, VIEWS, type ClosingGapsData, type MarkerRecord, type View } from './lines';

/** What every part of a time view is drawn from. */
interface TimeView extends Drawing<TimeViewState> {
  view: TimeViewState['view'];
  spec: TimeViewSpec;
  g: (typeof GEOMETRY)[Variant];
  fontSize: number;
  lineHeight: number;
  x: ScaleTime<number, number>;
  xOf: (date: string) => number;
  y: ScaleLinear<number, number>;
  lines: ResolvedLine[];
  emphasis: (seriesId: string) => string;
}

export function layoutClosingGaps(data: ClosingGapsData, state: ClosingGapsState, size: Size, variant: Variant, words: Words): Scene {
  if (state.view === 'talent') return layoutTalent(data, state, size, variant, words);
  const v = timeView(data, state, size, variant, words);
  const labels: Mark[] = [...endLabels(v), ...arrowKey(v), ...startLabels(v), ...firstValues(v)];
  const callouts = calloutMarks(v, data, labels);
  const markers = markerMarks(v, data);
  if (isModelView(v.view)) labels.push(...scoresKey(v));
  return {
    size,
    title: words.t(`closingGaps.title.${v.view}`),
    description: describeState(data, state, words),
    layers: layers({ axes: axes(v), markers, lines: lineMarks(v), dots: dots(v), callouts, labels }),
  };
}

function timeView(data: ClosingGapsData, state: TimeViewState, size: Size, variant: Variant, words: Words): TimeView {
  const spec = VIEWS[state.view];
  const g = GEOMETRY[variant];
  const frame = plotFrame(size, g.margins);
  const x = timeScale(spec.from, spec.to, frame);
  return {
    state,
    words,
    view: state.view,
    spec,
    g,
    variant,
    size,
    frame,
    fontSize: g.fontSize,
    lineHeight: g.fontSize + 3,
    x,
    xOf: (date) => xOfDate(x, date),
    y: scaleLinear().domain(spec.domain).range([frame.bottom, frame.top]),
    lines: resolveLines(data, state, words),
    emphasis: (seriesId) => emphasisClass(state.highlight, seriesId),
  };
}

function axes({ view, spec, variant, frame, fontSize, x, y, words }: TimeView): Mark[] {
  return [
    ...monthAxis(x, frame, { key: `x-${view}`, title: words.t(`closingGaps.axis.x.${variant}`), months: spec.months[variant], fontSize, words }),
    ...leftAxis(y, frame, { key: `y-${view}`, title: words.t(`closingGaps.axis.y.${view}.${variant}`), format: (value) => (spec.unit === 'percent' ? `${words.number(value)}%` : words.number(value)), tickValues: spec.ticks, grid: true, fontSize }),
  ];
}

/**
 * A line's runs: a line whose points change country is drawn in runs, each in its country's colour;
 * where the source changed how it computes the figure, a new run starts unjoined, as the ecosystems
 * chapter's chart breaks its lines at LMArena's change of scoring.
 */
function runsOf(line: ResolvedLine, view: View): LinePoint[][] {
  const runs: LinePoint[][] = [];
  for (const point of line.points) {
    const run = runs.at(-1);
    if (run && run.at(-1)!.method !== point.method) runs.push([point]);
    else if (isModelView(view) && run && run.at(-1)!.country !== point.country) runs.push([run.at(-1)!, point]);
    else if (run) run.push(point);
    else runs.push([point]);
  }
  return runs;
}

function lineMarks({ view, variant, g, xOf, y, lines, emphasis }: TimeView): Mark[] {
  const at = (point: LinePoint) => [xOf(point.date), y(point.value)] as const;
  return lines.flatMap((line): Mark[] => {
    const muted = emphasis(line.seriesId);
    if (line.look.twoReadings) {
      // Two readings a year or more apart: a thin arrow from the first to the second, stopping
      // short of both dots, so it reads as "then" rather than as a path through the months between.
      const gap = gapClass(line.look) ?? '';
      return arrowMarks(`${view}-arrow-${line.seriesId}`, `gap-arrow ${gap}${muted}`, at(line.points[0]!), at(line.points[1]!), {
        startGap: g.dot + 3,
        tipGap: g.dot + 4,
        head: variant === 'wide' ? 8 : 7,
        headClassName: `gap-arrowhead ${gap}${muted}`,
      });
    }
    return runsOf(line, view).map((run, index) => {
      const className = isModelView(view) ? lineClass(line.look, run.at(-1)!.country) : lineClass(line.look);
      // Dashed only for what this site computed (the site-wide meaning of a dash).
      return { kind: 'path', key: `${view}-${line.key}-run-${index}`, className: `${className}${muted}`, d: linePath(run.map(at)), ...(line.look.computed ? { dash: '5 4' } : {}) };
    });
  });
}

function dots({ view, g, xOf, y, lines, emphasis }: TimeView): Mark[] {
  return lines.flatMap((line) =>
    line.points.map((point) => {
      const look = isModelView(view) ? `country-${point.country} is-${point.access ?? 'open'}` : `gap-dot ${gapClass(line.look) ?? ''}`;
      return dotMark(`${view}-${line.key}-${point.date}`, `line-dot ${look}${emphasis(line.seriesId)}`, xOf(point.date), y(point.value), g.dot);
    }),
  );
}

const boldLast = (index: number, count: number) => (index === count - 1 ? 'bold' : 'normal');

/** Names at the end, each over its last value, stacked down the right margin so they never overlap. */
function endLabels({ view, spec, g, frame, fontSize, lineHeight, xOf, y, lines, emphasis, words }: TimeView): TextMark[] {
  const lastY = (line: ResolvedLine) => y(line.points.at(-1)!.value);
  const order = lines.filter((line) => line.labelAt === 'end').sort((a, b) => lastY(a) - lastY(b));
  const blocks = order.map((line) => [...wrapText(line.label, g.margins.right - 10, fontSize), spec.value(line.points.at(-1)!.value, words)]);
  const tops = stackLabels(
    order.map((line, index) => lastY(line) + fontSize / 3 - ((blocks[index]!.length - 1) * lineHeight) / 2),
    blocks.map((block) => block.length * lineHeight + 4),
    { top: frame.top + fontSize, bottom: frame.bottom + fontSize },
  );
  return order.flatMap((line, index) => {
    const last = line.points.at(-1)!;
    const country = line.look.country && (isModelView(view) ? last.country : line.look.country);
    const gap = gapClass(line.look);
    const className = `line-label${country ? ` label-${country}` : ''}${gap ? ` ${gap}-text` : ''}${emphasis(line.seriesId)}`;
    return textBlock(blocks[index]!, { key: `${view}-${line.key}-name`, className, x: xOf(last.date) + 8, y: tops[index]!, lineHeight, size: fontSize, weight: boldLast });
  });
}

const fromTo = ({ spec, variant, words }: TimeView, line: ResolvedLine) =>
  variant === 'wide'
    ? words.t('closingGaps.line.fromTo', { label: line.label, from: spec.value(line.points[0]!.value, words), to: spec.value(line.points.at(-1)!.value, words) })
    : line.label;

/**
 * Arrows between two readings are named in a key, each with a small arrow in its colour: at the
 * foot of the frame, where no gap falls (every gap is above one percent), or on a phone, where the
 * monthly line fills the foot, in the empty top right corner, reaching into the margin (no gap after mid-2024 tops 8%).
 */
function arrowKey(v: TimeView): Mark[] {
  const { view, variant, size, frame, fontSize, lineHeight, lines, emphasis } = v;
  const arrowLines = lines.filter((line) => line.look.twoReadings).sort((a, b) => b.points[0]!.value - a.points[0]!.value);
  const keyWidth = Math.max(0, ...arrowLines.map((line) => 22 + estimateTextWidth(line.label, fontSize)));
  return arrowLines.flatMap((line, index): Mark[] => {
    const gap = gapClass(line.look) ?? '';
    const muted = emphasis(line.seriesId);
    const baseline = variant === 'wide' ? frame.bottom - 6 - (arrowLines.length - 1 - index) * lineHeight : frame.top + fontSize + index * lineHeight;
    const mid = baseline - fontSize / 3;
    const x0 = variant === 'wide' ? frame.left + 8 : Math.max(frame.left + 8, size.width - 4 - keyWidth);
    const key = `${view}-${line.key}`;
    return [
      ...arrowMarks(`${key}-key-arrow`, `gap-arrow ${gap}${muted}`, [x0, mid], [x0 + 16, mid], { head: 6, halfWidth: 3, headKey: `${key}-key-arrowhead`, headClassName: `gap-arrowhead ${gap}${muted}` }),
      { kind: 'text', key: `${key}-start-0`, className: `line-label ${gap}-text${muted}`, x: x0 + 22, y: baseline, text: fromTo(v, line), size: fontSize, weight: 'bold' },
    ];
  });
}

/** Names at the start: the highest line's above its first point, the others' below theirs. */
function startLabels(v: TimeView): TextMark[] {
  const { view, frame, fontSize, lineHeight, xOf, y, lines, emphasis } = v;
  const startLines = lines.filter((line) => line.labelAt === 'start' && !line.look.twoReadings).sort((a, b) => b.points[0]!.value - a.points[0]!.value);
  return startLines.flatMap((line, rank) => {
    const first = line.points[0]!;
    const gap = gapClass(line.look);
    const wrapped = wrapText(fromTo(v, line), frame.right - xOf(first.date) - 4, fontSize);
    const top = rank === 0 ? y(first.value) - 8 - (wrapped.length - 1) * lineHeight : y(first.value) + fontSize + 6;
    const className = `line-label${gap ? ` ${gap}-text` : ''}${emphasis(line.seriesId)}`;
    return textBlock(wrapped, { key: `${view}-${line.key}-start`, className, x: xOf(first.date) + 6, y: top, lineHeight, size: fontSize, weight: () => 'bold' });
  });
}

/** Two-point lines named at their end also show where they started. */
function firstValues({ view, spec, fontSize, xOf, y, lines, emphasis, words }: TimeView): TextMark[] {
  return lines
    .filter((line) => line.labelAt === 'end' && line.points.length === 2)
    .map((line) => {
      const first = line.points[0]!;
      return { kind: 'text', key: `${view}-${line.key}-first`, className: `line-label${emphasis(line.seriesId)}`, x: xOf(first.date) - 8, y: y(first.value) + fontSize / 3, text: spec.value(first.value, words), anchor: 'end', size: fontSize };
    });
}

/** "DeepSeek-V3 pre-training (H800)" -> "H800". */
function chipName(category: string): string | undefined {
  return /\(([^)]+)\)\s*$/.exec(category)?.[1];
}

function calloutTexts({ variant, words }: TimeView, data: ClosingGapsData, callout: TimeViewState['callouts'][number]): string[] {
  const { t } = words;
  const model = data.models.get(callout.model);
  if (!model?.trainingComputeFlop) throw new Error(`closingGaps: "${callout.model}" is not a model with a training-compute estimate`);
  const texts = [model.name, t('closingGaps.callout.flop', { flop: words.scientific(model.trainingComputeFlop).replace(variant === 'narrow' ? / × /g : /$^/, '×') })];
  if (callout.gpus && variant === 'wide') {
    const gpuPoint = data.gpus?.points.find((candidate) => candidate.category === callout.gpus);
    if (!gpuPoint) throw new Error(`closingGaps: no GPU count "${callout.gpus}"`);
    const [chip, count, about] = [chipName(gpuPoint.category), words.number(gpuPoint.value), data.gpus!.estimate];
    texts.push(chip ? t(about ? 'closingGaps.callout.chipsAbout' : 'closingGaps.callout.chips', { count, chip }) : t(about ? 'closingGaps.callout.gpusAbout' : 'closingGaps.callout.gpus', { count }));
  }
  return texts;
}

/** Where a callout's text may go: below, right, left, above the point, then further out. */
function calloutCandidates(px: number, py: number, width: number, height: number, gap: number): Box[] {
  const box = (left: number, top: number): Box => ({ left, top, right: left + width, bottom: top + height });
  const candidates = [
    box(px - width / 2, py + gap),
    box(px + 6, py + gap),
    box(px - 6 - width, py + gap),
    box(px + gap, py - height / 2),
    box(px - width / 2, py - gap - height),
    box(px - gap - width, py - height / 2),
  ];
  // Further out, with a longer leader, if nothing near is clear.
  for (const push of [24, 48, 72]) candidates.push(box(px + 6, py + gap + push), box(px - 6 - width, py + gap + push), box(px + gap + push, py - height / 2));
  return candidates;
}

/**
 * Callouts: a ring on the point, and the model's training compute in the nearest clear spot
 * (below, above, right or left of it), clear of every label already drawn and, if it can be, of every line.
 */
function calloutMarks(v: TimeView, data: ClosingGapsData, labels: Mark[]): Mark[] {
  const { state, g, size, frame, fontSize, lineHeight, xOf, y, lines } = v;
  const segments: Segment[] = lines.flatMap((line) => line.points.slice(1).map((point, index) => [xOf(line.points[index]!.date), y(line.points[index]!.value), xOf(point.date), y(point.value)] as const));
  const taken = new Obstacles(labels.flatMap((mark) => (mark.kind === 'text' ? [textBox(mark.x, mark.y, mark.text, fontSize, mark.anchor)] : [])));
  const bounds: Box = { left: frame.left + 2, right: size.width - 2, top: frame.top, bottom: frame.bottom };
  return state.callouts.flatMap((callout) => {
    const line = lines.find((candidate) => candidate.seriesId === callout.line);
    if (!line) throw new Error(`closingGaps: callout on "${callout.line}", which this step does not draw`);
    const point = line.points.find((candidate) => candidate.date === callout.at);
    if (!point) throw new Error(`closingGaps: "${callout.line}" has no point dated ${callout.at}`);
    const texts = calloutTexts(v, data, callout);
    const [px, py] = [xOf(point.date), y(point.value)];
    const width = Math.max(...texts.map((text) => estimateTextWidth(text, fontSize))) + 4;
    const candidates = calloutCandidates(px, py, width, texts.length * lineHeight + 2, g.dot + 10);
    const hitsLine = (box: Box) => (segments.some((segment) => segmentHitsBox(segment, box)) ? 1 : 0);
    const box = taken.add(choose(candidates, { allowed: (box) => within(box, bounds) && taken.clear(box), cost: hitsLine }) ?? candidates[0]!);
    const key = `callout-${callout.model}`;
    const near = [Math.min(Math.max(px, box.left), box.right), Math.min(Math.max(py, box.top), box.bottom)] as const;
    const distance = Math.hypot(near[0] - px, near[1] - py) || 1;
    const ring = g.dot + 5;
    return [
      dotMark(`${key}-ring`, 'callout-ring', px, py, ring),
      segmentMark(`${key}-leader`, 'annotation-line', [px + ((near[0] - px) / distance) * ring, py + ((near[1] - py) / distance) * ring], near),
      ...textBlock(texts, { key, className: 'callout-text', x: (box.left + box.right) / 2, y: box.top + lineHeight - 3, lineHeight, anchor: 'middle', size: fontSize, weight: (index) => (index === 0 ? 'bold' : 'normal') }),
    ];
  });
}

/** Markers: a dotted event line at the record's date, its label in rows at the foot of the frame. */
function markerMarks({ state, view, variant, size, frame, fontSize, lineHeight, xOf, words }: TimeView, data: ClosingGapsData): Mark[] {
  const rows: { left: number; right: number; row: number }[] = [];
  return state.markers.flatMap((marker) => {
    const record = data.markers.get(marker.record);
    if (!record) throw new Error(`closingGaps: "${marker.record}" is not one of the dated records this chart can mark`);
    const mx = xOf(record.date);
    if (mx < frame.left || mx > frame.right) throw new Error(`closingGaps: "${marker.record}" (${record.date}) falls outside the ${view} view's dates`);
    // On a phone the label is the event's name alone, in a narrow block (the step's text gives the
    // date), so that it stays in the empty foot of the frame, clear of the lines and of the y axis.
    const text = variant === 'wide' ? words.t('closingGaps.marker.wide', { label: marker.label, date: words.dateShort(record.date.slice(0, 7)) }) : marker.label;
    const wrapped = wrapText(text, variant === 'wide' ? 240 : 80, fontSize);
    const width = Math.max(...wrapped.map((line) => estimateTextWidth(line, fontSize)));
    // Wide: labels point inwards. Phone: outwards, into the free ends of the frame's foot and the
    // right margin (whose line labels sit higher up), flipped when a label would not fit.
    const firstHalf = mx < frame.left + frame.width / 2;
    const rightLimit = variant === 'wide' ? frame.right : size.width - 4;
    let toLeft = variant === 'wide' ? !firstHalf : firstHalf;
    if (toLeft && mx - 4 - width < frame.left + 2) toLeft = false;
    else if (!toLeft && mx + 4 + width > rightLimit) toLeft = true;
    const left = toLeft ? mx - 4 - width : mx + 4;
    let row = 0;
    while (rows.some((other) => other.row === row && left < other.right + 6 && other.left < left + width + 6)) row += 1;
    rows.push({ left, right: left + width, row });
    const key = `marker-${slug(marker.record)}`;
    // Labels sit at the foot of the frame, where the lines of every view leave room.
    const top = frame.bottom - 6 - ((row + 1) * wrapped.length - 1) * lineHeight;
    return [
      ruleX(key, 'event-line marker-line', mx, frame.top, frame.bottom, { dash: '1 3' }),
      ...textBlock(wrapped, { key: `${key}-label`, className: 'marker-label', x: toLeft ? mx - 4 : mx + 4, y: top, lineHeight, anchor: toLeft ? 'end' : 'start', size: fontSize }),
    ];
  });
}

/**
 * The key to the model views' marks, in the chart (the legend under a chart is the same for every
 * view): hollow = closed, filled = open weights, colour = the developer's country, for the kinds
 * of point the lines drawn actually hold.
 */
function scoresKey({ g, size, variant, fontSize, lines, words }: TimeView): Mark[] {
  const points = lines.flatMap((line) => line.points);
  const items: { look: string; text: string }[] = [];
  if (points.some((point) => point.access === 'closed')) items.push({ look: 'country-us is-closed', text: words.t(`closingGaps.key.closedUs.${variant}`) });
  if (points.some((point) => point.access !== 'closed' && point.country === 'us')) items.push({ look: 'country-us is-open', text: words.t(`closingGaps.key.openUs.${variant}`) });
  if (points.some((point) => point.access !== 'closed' && point.country === 'cn')) items.push({ look: 'country-cn is-open', text: words.t(`closingGaps.key.openCn.${variant}`) });
  const gap = variant === 'wide' ? 16 : 9;
  const widths = items.map((item) => g.dot * 2 + 8 + estimateTextWidth(item.text, fontSize));
  let x = size.width - 4 - widths.reduce((total, width) => total + width, 0) - gap * (items.length - 1);
  const yText = fontSize + 1;
  return items.flatMap((item, index): Mark[] => {
    const id = slug(item.look);
    const marks: Mark[] = [
      dotMark(`key-${id}`, `line-dot ${item.look}`, x + g.dot + 1, yText - fontSize / 3, g.dot + 0.5),
      { kind: 'text', key: `key-${id}-text`, className: 'key-text', x: x + g.dot * 2 + 8, y: yText, text: item.text, size: fontSize },
    ];
    x += widths[index]! + gap;
    return marks;
  });
}
