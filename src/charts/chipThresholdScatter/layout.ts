/**
 * Chips by dense 16-bit compute (x, log scale) against memory bandwidth (y), with the US export
 * rules drawn as compute thresholds. A rule's TPP threshold becomes a vertical line because
 * TPP = dense TFLOPS x 16; its other conditions (chip-to-chip bandwidth, performance density) are
 * written in the header, and a chip's status comes from the dataset's sourced `coveredBy`.
 *
 * Encodings, so colour is never alone: every chip is filled in its maker's country colour; shape =
 * who makes it and for whom (circle: sold worldwide, triangle: made for China, diamond: made in
 * China); a heavy ring around the mark (and a bold label) = needs a US licence for China; estimates
 * get a lighter fill, a dashed outline and a "≈" in their label. Fill and hollowness are kept for
 * what they mean across the site (open or closed models), so they say nothing here.
 */
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { symbol, symbolCircle, symbolDiamond, symbolTriangle } from 'd3-shape';
import type { Chip, DatasetEvent } from '../../data/schema';
import type { Mark, Scene, Size, Variant } from '../contract';
import { leftAxis, bottomAxis } from '../shared/axis';
import { plotFrame, type Drawing } from '../shared/frame';
import { capHeightBox, choose, estimateTextWidth, Obstacles, within, type Box } from '../shared/labels';
import { emphasisClass, layers, ruleX } from '../shared/markBuilders';
import { wrapText } from '../shared/text';
import { tflopsFromTpp, tppFromTflops } from './coverage';
import type { ChipThresholdState } from './state';
import type { Words } from '../../i18n/words';

export interface ChipThresholdData {
  chips: Chip[];
  /** Export-control events, by id. */
  rules: Map<string, DatasetEvent>;
}

const COMPUTE_DOMAIN: [number, number] = [80, 3000];
const BANDWIDTH_DOMAIN: [number, number] = [0, 8.5];

export const MARGINS = {
  wide: { top: 64, right: 96, bottom: 56, left: 48 },
  narrow: { top: 58, right: 58, bottom: 52, left: 34 },
} as const;

const FONT = { wide: 13, narrow: 12 } as const;
/**
 * Symbol areas by market. A China-only chip has the same compute and bandwidth as the chip it
 * copies, so it sits exactly on top of it: drawn smaller and later, it shows inside its original.
 */
const SYMBOL_AREA = {
  wide: { global: 230, domestic: 170, china: 80 },
  narrow: { global: 170, domestic: 130, china: 60 },
} as const;
const DRAW_ORDER = { global: 0, domestic: 1, china: 2 } as const;
/** Space between a mark's edge and its licence ring, in viewBox units. */
const RING_GAP = { wide: 3.5, narrow: 3 } as const;

/** "A100 (SXM4, 80 GB)" -> "A100": the name without its variant in brackets. */
export function shortChipName(chip: Chip): string {
  return chip.name.replace(/\s*\(.*\)\s*$/, '');
}

export function chipSymbol(chip: Chip, area: number): string {
  const type = chip.market === 'global' ? symbolCircle : chip.market === 'china' ? symbolTriangle : symbolDiamond;
  return symbol(type, area)() ?? '';
}

/** The same shape grown so that its outline runs `gap` units outside the mark's edge. */
function ringSymbol(chip: Chip, area: number, gap: number): string {
  const radius = Math.sqrt(area / Math.PI);
  const scale = (radius + gap) / radius;
  return chipSymbol(chip, area * scale * scale);
}

export function isControlled(chip: Chip, ruleIds: readonly string[]): boolean {
  return chip.market !== 'domestic' && chip.coveredBy.some((ruleId) => ruleIds.includes(ruleId));
}

/**
 * What a measure is called, from its record: one with a published threshold is a rule ("17 Oct
 * 2023 rule"); one without (a licence requirement sent to one company) is named by its title.
 */
export function measureName(rule: DatasetEvent, words: Words): string {
  const date = words.dateShort(rule.date);
  return rule.threshold ? words.t('chipThresholdScatter.measure.rule', { date }) : words.t('chipThresholdScatter.measure.titled', { date, title: rule.title });
}

/** The rule's test in words, built from its numbers: one sentence for each combination of its conditions. */
export function ruleTest(rule: DatasetEvent, words: Words, variant: Variant = 'wide'): string | undefined {
  const threshold = rule.threshold;
  if (!threshold?.tppMin) return undefined;
  const { t, number } = words;
  const link = threshold.interconnectMinGBs ? number(threshold.interconnectMinGBs) : undefined;
  const denseTpp = threshold.orTppMin && threshold.orDensityMin ? number(threshold.orTppMin) : undefined;
  const values = { tpp: number(threshold.tppMin), ...(link ? { link } : {}), ...(denseTpp ? { denseTpp } : {}) };
  const test = link
    ? t(denseTpp ? `chipThresholdScatter.test.linkDense.${variant}` : `chipThresholdScatter.test.link.${variant}`, values)
    : t(denseTpp ? 'chipThresholdScatter.test.dense' : 'chipThresholdScatter.test.tpp', values);
  return variant === 'narrow' ? test : t('chipThresholdScatter.test.licence', { test });
}

/** The review limits of a measure in words (the January 2026 rule), built from its numbers. */
export function reviewTest(rule: DatasetEvent, words: Words, variant: Variant = 'wide'): string | undefined {
  const limits = rule.reviewLimits;
  if (!limits) return undefined;
  const tpp = words.number(limits.tppBelow);
  if (variant === 'narrow') {
    const bandwidth = words.number(limits.memoryBandwidthBelowGBs / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return words.t('chipThresholdScatter.review.narrow', { tpp, bandwidth });
  }
  return words.t('chipThresholdScatter.review.wide', { tpp, bandwidth: words.number(limits.memoryBandwidthBelowGBs) });
}

/** Whether a chip falls under a review policy's limits (both must hold); unknown bandwidth is outside. */
export function withinReviewLimits(chip: Chip, rule: DatasetEvent): boolean {
  const limits = rule.reviewLimits;
  if (!limits || chip.memoryBandwidthTBs === undefined) return false;
  const tpp = chip.tpp ?? tppFromTflops(chip.tflopsDense);
  return tpp < limits.tppBelow && chip.memoryBandwidthTBs * 1000 < limits.memoryBandwidthBelowGBs;
}

function resolveState(data: ChipThresholdData, state: ChipThresholdState) {
  const rules = state.rules.map((id) => {
    const rule = data.rules.get(id);
    if (!rule) throw new Error(`chipThresholdScatter: "${id}" is not an export-control event in the dataset`);
    return rule;
  });
  const byId = new Map(data.chips.map((chip) => [chip.id, chip]));
  const chipIds = state.chips === 'all' ? data.chips.map((chip) => chip.id) : state.chips;
  const chips = chipIds.map((id) => {
    const chip = byId.get(id);
    if (!chip) throw new Error(`chipThresholdScatter: "${id}" is not a chip in the dataset`);
    return chip;
  });
  for (const id of state.highlight) {
    if (!chipIds.includes(id)) throw new Error(`chipThresholdScatter: highlighted chip "${id}" is not shown in this state`);
  }
  // The thresholds in force: those of the latest drawn rule that has any (a licence letter to one
  // company leaves the published thresholds where they were).
  const thresholdRule = [...rules].reverse().find((rule) => rule.threshold?.tppMin);
  // A measure that changes how applications are reviewed (not which chips need a licence) is drawn
  // as the box of chips it applies to.
  const reviewRule = [...rules].reverse().find((rule) => rule.reviewLimits);
  return { rules, chips, thresholdRule, reviewRule };
}

export function describeState(data: ChipThresholdData, state: ChipThresholdState, words: Words): string {
  const { t } = words;
  const { rules, chips, thresholdRule, reviewRule } = resolveState(data, state);
  const names = (list: Chip[]) =>
    words.list(
      list.map((chip) => (chip.estimate ? t('chipThresholdScatter.describe.estimate', { chip: shortChipName(chip) }) : shortChipName(chip))),
      'items',
    );
  const parts = [t('chipThresholdScatter.describe.plotted', { count: words.number(chips.length), chips: names(chips) })];
  if (rules.length === 0) {
    parts.push(t('chipThresholdScatter.describe.noRule'));
  } else {
    const latest = rules[rules.length - 1]!;
    const test = latest.threshold ? ruleTest(latest, words) : latest.reviewLimits ? reviewTest(latest, words) : undefined;
    const measure = measureName(latest, words);
    parts.push(test ? t('chipThresholdScatter.describe.latestTest', { measure, test }) : t('chipThresholdScatter.describe.latest', { measure }));
    if (thresholdRule && thresholdRule !== latest) parts.push(t('chipThresholdScatter.describe.thresholdsStill', { measure: measureName(thresholdRule, words), test: ruleTest(thresholdRule, words)! }));
    const ruleIds = rules.map((rule) => rule.id);
    const exportable = chips.filter((chip) => chip.market !== 'domestic');
    const controlled = exportable.filter((chip) => isControlled(chip, ruleIds));
    const allowed = exportable.filter((chip) => !isControlled(chip, ruleIds));
    if (controlled.length) parts.push(t('chipThresholdScatter.describe.controlled', { chips: names(controlled) }));
    if (allowed.length) parts.push(t('chipThresholdScatter.describe.allowed', { chips: names(allowed) }));
    if (reviewRule) {
      const reviewed = controlled.filter((chip) => withinReviewLimits(chip, reviewRule));
      const beyond = controlled.filter((chip) => !withinReviewLimits(chip, reviewRule));
      if (reviewed.length) parts.push(t('chipThresholdScatter.describe.reviewed', { date: words.dateShort(reviewRule.date), chips: names(reviewed) }));
      if (beyond.length) parts.push(t('chipThresholdScatter.describe.beyond', { chips: names(beyond) }));
    }
  }
  const domestic = chips.filter((chip) => chip.market === 'domestic');
  if (domestic.length) parts.push(t('chipThresholdScatter.describe.domestic', { chips: names(domestic) }));
  return parts.join(' ');
}

/** Room for " / " between two names in a shared label, as a share of the font size. */
const SEPARATOR_WIDTH = 1;

/** What every part of the drawing is placed by. */
interface Plot extends Drawing<ChipThresholdState> {
  fontSize: number;
  x: ScaleLogarithmic<number, number>;
  y: ScaleLinear<number, number>;
  ruleIds: string[];
  emphasis: (...ids: string[]) => string;
}

export function layoutChipThresholds(data: ChipThresholdData, state: ChipThresholdState, size: Size, variant: Variant, words: Words): Scene {
  const { rules, chips, thresholdRule, reviewRule } = resolveState(data, state);
  const frame = plotFrame(size, MARGINS[variant]);
  const plot: Plot = {
    state,
    variant,
    words,
    size,
    frame,
    fontSize: FONT[variant],
    x: scaleLog().domain(COMPUTE_DOMAIN).range([frame.left, frame.right]),
    y: scaleLinear().domain(BANDWIDTH_DOMAIN).range([frame.bottom, frame.top]),
    ruleIds: rules.map((rule) => rule.id),
    emphasis: (...ids) => emphasisClass(state.highlight, ...ids),
  };
  const review = reviewRule ? reviewBox(plot, reviewRule) : { marks: [], labelBox: undefined };
  const latest = rules.at(-1);
  return {
    size,
    title: words.t('chipThresholdScatter.title'),
    description: describeState(data, state, words),
    layers: layers({
      axes: axes(plot),
      rules: [...thresholdMarks(plot, rules, thresholdRule), ...review.marks, ...(latest ? header(plot, latest, chips) : [])],
      points: chipMarks(plot, chips),
      labels: chipLabels(plot, chips, review.labelBox),
    }),
  };
}

function axes({ variant, frame, fontSize, x, y, words }: Plot): Mark[] {
  const format = (value: number) => words.number(value);
  return [
    ...bottomAxis(x, frame, {
      key: 'x',
      title: words.t(`chipThresholdScatter.axis.x.${variant}`),
      format,
      tickValues: variant === 'wide' ? [100, 200, 500, 1000, 2000] : [100, 300, 1000, 3000],
      fontSize,
    }),
    ...leftAxis(y, frame, { key: 'y', title: words.t('chipThresholdScatter.axis.y'), format, tickValues: [0, 2, 4, 6, 8], grid: true, fontSize }),
  ];
}

/**
 * Rules: every drawn rule keeps its line; the thresholds in force shade their zone, draw the lower
 * (density) bar if there is one, and are labelled at the top of the plot.
 */
function thresholdMarks({ variant, frame, fontSize, x, words }: Plot, rules: DatasetEvent[], thresholdRule: DatasetEvent | undefined): Mark[] {
  const marks: Mark[] = [];
  for (const rule of rules) {
    const tppMin = rule.threshold?.tppMin;
    if (!tppMin) continue;
    const inForce = rule === thresholdRule;
    const lineX = x(tflopsFromTpp(tppMin));
    if (inForce) marks.push({ kind: 'rect', key: 'rule-zone', className: 'rule-zone', x: lineX, y: frame.top, width: frame.right - lineX, height: frame.height });
    marks.push(ruleX(`rule-line-${rule.id}`, inForce ? 'rule-line rule-line--current' : 'rule-line rule-line--past', lineX, frame.top - 6, frame.bottom));
    if (!inForce) continue;
    marks.push({ kind: 'text', key: 'rule-line-label', className: 'rule-line-label', x: lineX + 5, y: frame.top + fontSize + 2, text: words.t('chipThresholdScatter.ruleLine', { tpp: words.number(tppMin) }), size: fontSize });
    const orTppMin = rule.threshold?.orTppMin;
    if (!orTppMin) continue;
    const bandX = x(tflopsFromTpp(orTppMin));
    // A threshold, not an estimate: a lighter solid line (dashes mean "estimate" on this site).
    marks.push(ruleX(`rule-band-${rule.id}`, 'rule-line rule-line--band', bandX, frame.top, frame.bottom));
    // On a phone the two bars are close: "if dense" is left to the header above.
    const text = words.t(`chipThresholdScatter.bandLine.${variant}`, { tpp: words.number(orTppMin) });
    marks.push({ kind: 'text', key: 'rule-band-label', className: 'rule-line-label rule-line-label--band', x: bandX + 5, y: frame.top + 2 * fontSize + 6, text, size: fontSize });
  }
  return marks;
}

/**
 * The review box: chips below both limits of a review policy, from the plot's left edge and its
 * floor up to the limits. A threshold, so drawn solid (dashes mean "estimate" on this site).
 */
function reviewBox({ variant, frame, fontSize, x, y, words }: Plot, reviewRule: DatasetEvent): { marks: Mark[]; labelBox: Box | undefined } {
  const limits = reviewRule.reviewLimits;
  if (!limits) return { marks: [], labelBox: undefined };
  const boxRight = Math.min(frame.right, x(tflopsFromTpp(limits.tppBelow)));
  const boxTop = y(limits.memoryBandwidthBelowGBs / 1000);
  const text = words.t(`chipThresholdScatter.reviewBox.${variant}`, { month: words.dateShort(reviewRule.date.slice(0, 7)) });
  const [labelX, labelY] = [frame.left + 5, boxTop + fontSize + 3];
  return {
    marks: [
      { kind: 'rect', key: 'review-box', className: 'review-box', x: frame.left, y: boxTop, width: boxRight - frame.left, height: frame.bottom - boxTop },
      { kind: 'text', key: 'review-box-label', className: 'review-box-label', x: labelX, y: labelY, text, size: fontSize, weight: 'bold' },
    ],
    labelBox: capHeightBox(labelX, estimateTextWidth(text, fontSize) * 1.08, labelY, fontSize),
  };
}

/** The header's lines: which measure and its test, or the measure's title and the plotted chips it caught. */
function headerLines({ variant, size, frame, fontSize, words }: Plot, latest: DatasetEvent, chips: Chip[]): { text: string; bold: boolean }[] {
  const { t } = words;
  const left = frame.left - MARGINS[variant].left + 4;
  if (latest.threshold?.tppMin) return [{ text: t('chipThresholdScatter.header.measure', { measure: measureName(latest, words) }), bold: true }, { text: ruleTest(latest, words, variant)!, bold: false }];
  // Two lines at most, or the header runs into the axis title: on a phone the title is cut to
  // the date and the kind of review, and the limits follow on the second line.
  if (latest.reviewLimits) {
    const title = variant === 'wide' ? measureName(latest, words) : t('chipThresholdScatter.header.review.narrow', { date: words.dateShort(latest.date) });
    return [{ text: title, bold: true }, { text: reviewTest(latest, words, variant)!, bold: false }];
  }
  const lines = wrapText(measureName(latest, words), size.width - left - 4, fontSize, 2).map((text) => ({ text, bold: true }));
  const caught = chips.filter((chip) => chip.coveredBy.includes(latest.id)).map(shortChipName);
  if (lines.length === 1 && caught.length) lines.push({ text: t('chipThresholdScatter.header.caught', { chips: words.list(caught, 'items') }), bold: false });
  return lines;
}

function header(plot: Plot, latest: DatasetEvent, chips: Chip[]): Mark[] {
  const { variant, frame, fontSize } = plot;
  return headerLines(plot, latest, chips).map(({ text, bold }, lineIndex) => ({
    kind: 'text',
    key: `rule-label-${lineIndex}`,
    className: bold ? 'rule-label rule-label--title' : 'rule-label',
    x: frame.left - MARGINS[variant].left + 4,
    y: frame.top - 46 + lineIndex * (fontSize + 3),
    text,
    size: fontSize,
    weight: bold ? 'bold' : 'normal',
  }));
}

/** Chips, each after its licence ring, so a China-only chip's ring shows over the chip it copies. */
function chipMarks({ variant, x, y, ruleIds, emphasis }: Plot, chips: Chip[]): Mark[] {
  return [...chips]
    .sort((a, b) => DRAW_ORDER[a.market] - DRAW_ORDER[b.market])
    .flatMap((chip): Mark[] => {
      const status = isControlled(chip, ruleIds) ? 'is-controlled' : 'is-allowed';
      const [cx, cy, area] = [x(chip.tflopsDense), y(chip.memoryBandwidthTBs ?? 0), SYMBOL_AREA[variant][chip.market]];
      const ring: Mark[] =
        chip.market === 'domestic'
          ? []
          : [{ kind: 'symbol', key: `chip-ring-${chip.id}`, className: `chip-ring ${status}${emphasis(chip.id)}`, x: cx, y: cy, d: ringSymbol(chip, area, RING_GAP[variant]), opacity: status === 'is-controlled' ? 1 : 0 }];
      const className = `chip country-${chip.country.toLowerCase()} market-${chip.market} ${status}${chip.estimate ? ' is-estimate' : ''}${emphasis(chip.id)}`;
      return [...ring, { kind: 'symbol', key: `chip-${chip.id}`, className, x: cx, y: cy, d: chipSymbol(chip, area) }];
    });
}

interface LabelPiece {
  chip: Chip;
  text: string;
  controlled: boolean;
  /** Offset from the label's start. */
  dx: number;
}

/** A shared label's pieces, one per chip, so that each name can be bold (needs a licence) or not. */
function pieces({ variant, fontSize, ruleIds, words }: Plot, group: Chip[]): { parts: LabelPiece[]; width: number } {
  // On a phone the product line is dropped ("≈910B"): the diamond already says "Huawei Ascend".
  const shortName = (chip: Chip) => (variant === 'narrow' ? shortChipName(chip).replace(/^Ascend /, '') : shortChipName(chip));
  const name = (chip: Chip) => (chip.estimate ? words.t('chipThresholdScatter.label.estimate', { chip: shortName(chip) }) : shortName(chip));
  let width = 0;
  const parts = group.map((chip, index) => {
    if (index > 0) width += SEPARATOR_WIDTH * fontSize;
    const part = { chip, text: name(chip), controlled: isControlled(chip, ruleIds), dx: width };
    // Bold text runs wider than the shared estimate.
    width += estimateTextWidth(part.text, fontSize) * (part.controlled ? 1.08 : 1);
    return part;
  });
  return { parts, width };
}

/** Chips at the same spot share one label ("A100 / A800"). */
function chipGroups({ x, y }: Plot, chips: Chip[]): Chip[][] {
  const groups = new Map<string, Chip[]>();
  for (const chip of chips) {
    if (chip.memoryBandwidthTBs === undefined) continue;
    const spot = `${Math.round(x(chip.tflopsDense))}:${Math.round(y(chip.memoryBandwidthTBs))}`;
    groups.set(spot, [...(groups.get(spot) ?? []), chip]);
  }
  return [...groups.values()];
}

/**
 * Labels beside their marks without covering another label or another chip, inside the plot (never
 * across the y axis): each tries the right of its mark, then the left, then steps up and down on
 * either side, half a line at a time at first (the phone's crowded last step needs that). The labels
 * of marks higher on the chart are placed first.
 */
function chipLabels(plot: Plot, chips: Chip[], reviewLabelBox: Box | undefined): Mark[] {
  const { variant, size, frame, fontSize, x, y } = plot;
  const markRadius = Math.sqrt(SYMBOL_AREA[variant].global / Math.PI) + RING_GAP[variant] + 1.5;
  const requests = chipGroups(plot, chips).map((group) => ({ group, px: x(group[0]!.tflopsDense), py: y(group[0]!.memoryBandwidthTBs!), ...pieces(plot, group) }));
  const marks = requests.map(({ px, py }) => ({ left: px - markRadius, right: px + markRadius, top: py - markRadius, bottom: py + markRadius }));
  const obstacles = new Obstacles(reviewLabelBox ? [...marks, reviewLabelBox] : marks);
  const placed = new Obstacles();
  const bounds: Box = { left: frame.left + 3, right: size.width - 2, top: frame.top, bottom: frame.bottom + 10 };
  const gap = markRadius + 2;
  const step = fontSize + 2;
  return [...requests]
    .sort((a, b) => a.py - b.py || a.px - b.px)
    .flatMap(({ group, px, py, parts, width }) => {
      const candidates = [0, 0.5, -0.5, 1, -1, 1.5, -1.5, 2, -2, 3, -3, 4, -4].flatMap((k) => [
        { x: px + gap, y: py + 4 + k * step },
        { x: px - gap - width, y: py + 4 + k * step },
      ]);
      const boxOf = (candidate: { x: number; y: number }) => capHeightBox(candidate.x, width, candidate.y, fontSize);
      const fits = (candidate: { x: number; y: number }) => within(boxOf(candidate), bounds) && placed.clear(boxOf(candidate)) && obstacles.clear(boxOf(candidate));
      const chosen = choose(candidates, { allowed: fits }) ?? candidates[0]!;
      placed.add(boxOf(chosen));
      const emphasis = plot.emphasis(...group.map((chip) => chip.id));
      return parts.flatMap(({ chip, text, controlled, dx }): Mark[] => [
        ...(dx > 0 ? [{ kind: 'text' as const, key: `chip-label-sep-${chip.id}`, className: `chip-label${emphasis}`, x: chosen.x + dx - SEPARATOR_WIDTH * fontSize + 0.3 * fontSize, y: chosen.y, text: '/', size: fontSize }] : []),
        { kind: 'text', key: `chip-label-${chip.id}`, className: `chip-label${controlled ? ' is-controlled' : ''}${emphasis}`, x: chosen.x + dx, y: chosen.y, text, size: fontSize, weight: controlled ? 'bold' : 'normal' },
      ]);
    });
}
