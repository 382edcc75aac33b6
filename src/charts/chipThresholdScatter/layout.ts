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
import { scaleLinear, scaleLog } from 'd3-scale';
import { symbol, symbolCircle, symbolDiamond, symbolTriangle } from 'd3-shape';
import { format } from 'd3-format';
import type { Chip, DatasetEvent } from '../../data/schema';
import type { Layer, Mark, Scene, Size, Variant } from '../contract';
import { leftAxis, bottomAxis } from '../shared/axis';
import { plotFrame } from '../shared/frame';
import { boxesOverlap, capHeightBox, estimateTextWidth, type Box } from '../shared/labels';
import { wrapText } from '../shared/text';
import { formatDateShort } from '../../i18n/format';
import { tflopsFromTpp, tppFromTflops } from './coverage';
import type { ChipThresholdState } from './state';

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

const thousands = format(',');

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
export function measureName(rule: DatasetEvent): string {
  return rule.threshold ? `${formatDateShort(rule.date)} rule` : `${formatDateShort(rule.date)}: ${rule.title}`;
}

/** The rule's test in words, built from its numbers. */
export function ruleTest(rule: DatasetEvent, variant: Variant = 'wide'): string | undefined {
  const threshold = rule.threshold;
  if (!threshold?.tppMin) return undefined;
  let text = `TPP ≥ ${thousands(threshold.tppMin)}`;
  if (threshold.interconnectMinGBs) text += ` and chip-to-chip link ≥ ${thousands(threshold.interconnectMinGBs)} GB/s`;
  if (threshold.orTppMin && threshold.orDensityMin) text += `, or ≥ ${thousands(threshold.orTppMin)} if densely packed`;
  if (variant === 'narrow') return text.replace('chip-to-chip link', 'link');
  return `Licence needed at ${text}`;
}

/** The review limits of a measure in words (the January 2026 rule), built from its numbers. */
export function reviewTest(rule: DatasetEvent, variant: Variant = 'wide'): string | undefined {
  const limits = rule.reviewLimits;
  if (!limits) return undefined;
  if (variant === 'narrow') return `below TPP ${thousands(limits.tppBelow)} and ${format('.1f')(limits.memoryBandwidthBelowGBs / 1000)} TB/s`;
  return `Reviewed case by case below TPP ${thousands(limits.tppBelow)} and ${thousands(limits.memoryBandwidthBelowGBs)} GB/s of memory bandwidth`;
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

export function describeState(data: ChipThresholdData, state: ChipThresholdState): string {
  const { rules, chips, thresholdRule, reviewRule } = resolveState(data, state);
  const names = (list: Chip[]) => list.map((chip) => `${shortChipName(chip)}${chip.estimate ? ' (estimate)' : ''}`).join(', ');
  const parts = [`${chips.length} chips plotted by compute and memory bandwidth: ${names(chips)}.`];
  if (rules.length === 0) {
    parts.push('No export rule is drawn yet.');
  } else {
    const latest = rules[rules.length - 1]!;
    parts.push(`Latest measure shown: ${measureName(latest)}${latest.threshold ? ` (${ruleTest(latest)})` : latest.reviewLimits ? ` (${reviewTest(latest)})` : ''}.`);
    if (thresholdRule && thresholdRule !== latest) parts.push(`Thresholds still those of the ${measureName(thresholdRule)} (${ruleTest(thresholdRule)}).`);
    const ruleIds = rules.map((rule) => rule.id);
    const exportable = chips.filter((chip) => chip.market !== 'domestic');
    const controlled = exportable.filter((chip) => isControlled(chip, ruleIds));
    const allowed = exportable.filter((chip) => !isControlled(chip, ruleIds));
    if (controlled.length) parts.push(`Need a US licence for China (ringed): ${names(controlled)}.`);
    if (allowed.length) parts.push(`Can still be sold to China without a licence: ${names(allowed)}.`);
    if (reviewRule) {
      const reviewed = controlled.filter((chip) => withinReviewLimits(chip, reviewRule));
      const beyond = controlled.filter((chip) => !withinReviewLimits(chip, reviewRule));
      if (reviewed.length) parts.push(`Inside the box of the ${formatDateShort(reviewRule.date)} rule, licences reviewed case by case: ${names(reviewed)}.`);
      if (beyond.length) parts.push(`Outside it, still presumed denied: ${names(beyond)}.`);
    }
  }
  const domestic = chips.filter((chip) => chip.market === 'domestic');
  if (domestic.length) parts.push(`Made in China, outside these rules: ${names(domestic)}.`);
  return parts.join(' ');
}

/** Room for " / " between two names in a shared label, as a share of the font size. */
const SEPARATOR_WIDTH = 1;

/**
 * Labels beside their marks without covering another label or another chip, inside the plot (never
 * across the y axis): each tries the right of its mark, then the left, then steps up and down on
 * either side, half a line at a time at first (the phone's crowded last step needs that). Deterministic;
 * the labels of marks higher on the chart are placed first.
 */
function placeChipLabels<T extends { px: number; py: number; width: number }>(
  requests: T[],
  marks: Box[],
  options: { gap: number; fontSize: number; left: number; right: number; top: number; bottom: number },
): (T & { x: number; y: number })[] {
  const placed: Box[] = [];
  const { gap, fontSize } = options;
  const step = fontSize + 2;
  return [...requests]
    .sort((a, b) => a.py - b.py || a.px - b.px)
    .map((request) => {
      const candidates: { x: number; y: number }[] = [];
      for (const k of [0, 0.5, -0.5, 1, -1, 1.5, -1.5, 2, -2, 3, -3, 4, -4]) {
        const baseline = request.py + 4 + k * step;
        candidates.push({ x: request.px + gap, y: baseline }, { x: request.px - gap - request.width, y: baseline });
      }
      const fits = (candidate: { x: number; y: number }) => {
        const box = capHeightBox(candidate.x, request.width, candidate.y, fontSize);
        return (
          box.left >= options.left &&
          box.right <= options.right &&
          box.top >= options.top &&
          box.bottom <= options.bottom &&
          placed.every((other) => !boxesOverlap(box, other)) &&
          marks.every((mark) => !boxesOverlap(box, mark))
        );
      };
      const chosen = candidates.find(fits) ?? candidates[0]!;
      placed.push(capHeightBox(chosen.x, request.width, chosen.y, fontSize));
      return { ...request, ...chosen };
    });
}

export function layoutChipThresholds(data: ChipThresholdData, state: ChipThresholdState, size: Size, variant: Variant): Scene {
  const { rules, chips, thresholdRule, reviewRule } = resolveState(data, state);
  const frame = plotFrame(size, MARGINS[variant]);
  const fontSize = FONT[variant];
  const x = scaleLog().domain(COMPUTE_DOMAIN).range([frame.left, frame.right]);
  const y = scaleLinear().domain(BANDWIDTH_DOMAIN).range([frame.bottom, frame.top]);
  const ruleIds = rules.map((rule) => rule.id);
  const latest = rules[rules.length - 1];

  const axes: Mark[] = [
    ...bottomAxis(x, frame, {
      key: 'x',
      title: variant === 'wide' ? 'Dense 16-bit compute, TFLOPS (log scale); the rules’ TPP = 16 × TFLOPS' : 'TFLOPS (log scale); TPP = 16 × TFLOPS',
      format: thousands,
      tickValues: variant === 'wide' ? [100, 200, 500, 1000, 2000] : [100, 300, 1000, 3000],
      fontSize,
    }),
    ...leftAxis(y, frame, { key: 'y', title: 'Memory bandwidth (TB/s)', format: format('d'), tickValues: [0, 2, 4, 6, 8], grid: true, fontSize }),
  ];

  // Rules: every drawn rule keeps its line; the thresholds in force shade their zone, draw the
  // lower (density) bar if there is one, and are labelled at the top of the plot.
  const ruleMarks: Mark[] = [];
  for (const rule of rules) {
    const tppMin = rule.threshold?.tppMin;
    if (!tppMin) continue;
    const inForce = rule === thresholdRule;
    const lineX = x(tflopsFromTpp(tppMin));
    if (inForce) {
      ruleMarks.push({ kind: 'rect', key: 'rule-zone', className: 'rule-zone', x: lineX, y: frame.top, width: frame.right - lineX, height: frame.height });
    }
    ruleMarks.push({
      kind: 'line',
      key: `rule-line-${rule.id}`,
      className: inForce ? 'rule-line rule-line--current' : 'rule-line rule-line--past',
      x1: lineX,
      y1: frame.top - 6,
      x2: lineX,
      y2: frame.bottom,
    });
    if (!inForce) continue;
    ruleMarks.push({ kind: 'text', key: 'rule-line-label', className: 'rule-line-label', x: lineX + 5, y: frame.top + fontSize + 2, text: `TPP ${thousands(tppMin)}`, size: fontSize });
    const orTppMin = rule.threshold?.orTppMin;
    if (orTppMin) {
      const bandX = x(tflopsFromTpp(orTppMin));
      // A threshold, not an estimate: a lighter solid line (dashes mean "estimate" on this site).
      ruleMarks.push({ kind: 'line', key: `rule-band-${rule.id}`, className: 'rule-line rule-line--band', x1: bandX, y1: frame.top, x2: bandX, y2: frame.bottom });
      ruleMarks.push({
        kind: 'text',
        key: 'rule-band-label',
        className: 'rule-line-label rule-line-label--band',
        x: bandX + 5,
        y: frame.top + 2 * fontSize + 6,
        // On a phone the two bars are close: "if dense" is left to the header above.
        text: variant === 'wide' ? `TPP ${thousands(orTppMin)} if dense` : `TPP ${thousands(orTppMin)}`,
        size: fontSize,
      });
    }
  }
  // The review box: chips below both limits of a review policy, from the plot's left edge and its
  // floor up to the limits. A threshold, so drawn solid (dashes mean "estimate" on this site).
  let reviewLabelBox: Box | undefined;
  if (reviewRule?.reviewLimits) {
    const boxRight = Math.min(frame.right, x(tflopsFromTpp(reviewRule.reviewLimits.tppBelow)));
    const boxTop = y(reviewRule.reviewLimits.memoryBandwidthBelowGBs / 1000);
    ruleMarks.push({ kind: 'rect', key: 'review-box', className: 'review-box', x: frame.left, y: boxTop, width: boxRight - frame.left, height: frame.bottom - boxTop });
    const text = variant === 'wide' ? `Case-by-case review (${formatDateShort(reviewRule.date).replace(/^\d+ /, '')})` : 'Case by case';
    const labelX = frame.left + 5;
    const labelY = boxTop + fontSize + 3;
    ruleMarks.push({ kind: 'text', key: 'review-box-label', className: 'review-box-label', x: labelX, y: labelY, text, size: fontSize, weight: 'bold' });
    reviewLabelBox = capHeightBox(labelX, estimateTextWidth(text, fontSize) * 1.08, labelY, fontSize);
  }
  if (latest) {
    // The header: which measure and its test; a measure without thresholds (a licence demanded of
    // one company) is named by its title, with the plotted chips it caught if there is room.
    const left = frame.left - MARGINS[variant].left + 4;
    let lines: { text: string; bold: boolean }[];
    if (latest.threshold?.tppMin) {
      lines = [
        { text: `${measureName(latest)}:`, bold: true },
        { text: ruleTest(latest, variant)!, bold: false },
      ];
    } else if (latest.reviewLimits) {
      // Two lines at most, or the header runs into the axis title: on a phone the title is cut to
      // the date and the kind of review, and the limits follow on the second line.
      lines =
        variant === 'wide'
          ? [
              { text: measureName(latest), bold: true },
              { text: reviewTest(latest, variant)!, bold: false },
            ]
          : [
              { text: `${formatDateShort(latest.date)}: case-by-case review`, bold: true },
              { text: reviewTest(latest, variant)!, bold: false },
            ];
    } else {
      lines = wrapText(measureName(latest), size.width - left - 4, fontSize, 2).map((text) => ({ text, bold: true }));
      const caught = chips.filter((chip) => chip.coveredBy.includes(latest.id)).map(shortChipName);
      if (lines.length === 1 && caught.length) lines.push({ text: `Now needs a licence: ${caught.join(', ')}`, bold: false });
    }
    lines.forEach(({ text, bold }, lineIndex) => {
      ruleMarks.push({
        kind: 'text',
        key: `rule-label-${lineIndex}`,
        className: bold ? 'rule-label rule-label--title' : 'rule-label',
        x: left,
        y: frame.top - 46 + lineIndex * (fontSize + 3),
        text,
        size: fontSize,
        weight: bold ? 'bold' : 'normal',
      });
    });
  }

  // Chips, each after its licence ring, so a China-only chip's ring shows over the chip it copies.
  const emphasisOf = (highlighted: boolean) => (state.highlight.length === 0 ? '' : highlighted ? ' is-highlighted' : ' is-muted');
  const points: Mark[] = [];
  for (const chip of [...chips].sort((a, b) => DRAW_ORDER[a.market] - DRAW_ORDER[b.market])) {
    const controlled = isControlled(chip, ruleIds);
    const emphasis = emphasisOf(state.highlight.includes(chip.id));
    const cx = x(chip.tflopsDense);
    const cy = y(chip.memoryBandwidthTBs ?? 0);
    const area = SYMBOL_AREA[variant][chip.market];
    if (chip.market !== 'domestic') {
      points.push({
        kind: 'symbol',
        key: `chip-ring-${chip.id}`,
        className: `chip-ring ${controlled ? 'is-controlled' : 'is-allowed'}${emphasis}`,
        x: cx,
        y: cy,
        d: ringSymbol(chip, area, RING_GAP[variant]),
        opacity: controlled ? 1 : 0,
      });
    }
    points.push({
      kind: 'symbol',
      key: `chip-${chip.id}`,
      className: `chip country-${chip.country.toLowerCase()} market-${chip.market} ${controlled ? 'is-controlled' : 'is-allowed'}${chip.estimate ? ' is-estimate' : ''}${emphasis}`,
      x: cx,
      y: cy,
      d: chipSymbol(chip, area),
    });
  }

  // Chips at the same spot share one label ("A100 / A800"), written as one piece per chip so that
  // each name can be bold (needs a licence) or not.
  const groups = new Map<string, Chip[]>();
  for (const chip of chips) {
    if (chip.memoryBandwidthTBs === undefined) continue;
    const spot = `${Math.round(x(chip.tflopsDense))}:${Math.round(y(chip.memoryBandwidthTBs))}`;
    groups.set(spot, [...(groups.get(spot) ?? []), chip]);
  }
  // On a phone the product line is dropped ("≈910B"): the diamond already says "Huawei Ascend".
  const name = (chip: Chip) => `${chip.estimate ? '≈' : ''}${variant === 'narrow' ? shortChipName(chip).replace(/^Ascend /, '') : shortChipName(chip)}`;
  const pieces = (group: Chip[]) => {
    let width = 0;
    const parts = group.map((chip, index) => {
      if (index > 0) width += SEPARATOR_WIDTH * fontSize;
      const controlled = isControlled(chip, ruleIds);
      const text = name(chip);
      const part = { chip, text, controlled, dx: width };
      // Bold text runs wider than the shared estimate.
      width += estimateTextWidth(text, fontSize) * (controlled ? 1.08 : 1);
      return part;
    });
    return { parts, width };
  };
  const markRadius = Math.sqrt(SYMBOL_AREA[variant].global / Math.PI) + RING_GAP[variant] + 1.5;
  const obstacles = [...groups.values()].map((group) => {
    const px = x(group[0]!.tflopsDense);
    const py = y(group[0]!.memoryBandwidthTBs!);
    return { left: px - markRadius, right: px + markRadius, top: py - markRadius, bottom: py + markRadius };
  });
  const placed = placeChipLabels(
    [...groups.values()].map((group) => ({ group, px: x(group[0]!.tflopsDense), py: y(group[0]!.memoryBandwidthTBs!), width: pieces(group).width })),
    reviewLabelBox ? [...obstacles, reviewLabelBox] : obstacles,
    { gap: markRadius + 2, fontSize, left: frame.left + 3, right: size.width - 2, top: frame.top, bottom: frame.bottom + 10 },
  );
  const labels: Mark[] = [];
  for (const { group, x: startX, y: baseline } of placed) {
    const emphasis = emphasisOf(group.some((chip) => state.highlight.includes(chip.id)));
    for (const { chip, text, controlled, dx } of pieces(group).parts) {
      if (dx > 0) {
        labels.push({ kind: 'text', key: `chip-label-sep-${chip.id}`, className: `chip-label${emphasis}`, x: startX + dx - SEPARATOR_WIDTH * fontSize + 0.3 * fontSize, y: baseline, text: '/', size: fontSize });
      }
      labels.push({
        kind: 'text',
        key: `chip-label-${chip.id}`,
        className: `chip-label${controlled ? ' is-controlled' : ''}${emphasis}`,
        x: startX + dx,
        y: baseline,
        text,
        size: fontSize,
        weight: controlled ? 'bold' : 'normal',
      });
    }
  }

  const layers: Layer[] = [
    { id: 'axes', marks: axes },
    { id: 'rules', marks: ruleMarks },
    { id: 'points', marks: points },
    { id: 'labels', marks: labels },
  ];
  return {
    size,
    title: 'AI chips by compute and memory bandwidth, against US export rules',
    description: describeState(data, state),
    layers,
  };
}
