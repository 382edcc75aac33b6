/**
 * Chips by dense 16-bit compute (x, log scale) against memory bandwidth (y), with the US export
 * rules drawn as compute thresholds. A rule's TPP threshold becomes a vertical line because
 * TPP = dense TFLOPS x 16; its other conditions (chip-to-chip bandwidth, performance density) are
 * written in its label, and a chip's status comes from the dataset's sourced `coveredBy`.
 *
 * Encodings, so colour is never alone: shape = who makes it and for whom (circle: sold worldwide,
 * triangle: made for China, diamond: Chinese-made); fill = needs a US licence for China (filled) or
 * not (hollow); estimates get a dashed outline and a "≈" in their label.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { symbol, symbolCircle, symbolDiamond, symbolTriangle } from 'd3-shape';
import { format } from 'd3-format';
import type { Chip, DatasetEvent } from '../../data/schema';
import type { Layer, Mark, Scene, Size, Variant } from '../contract';
import { leftAxis, bottomAxis } from '../shared/axis';
import { plotFrame } from '../shared/frame';
import { placeLabels } from '../shared/labels';
import { formatDateShort } from '../../i18n/format';
import { tflopsFromTpp } from './coverage';
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

const thousands = format(',');

/** "A100 (SXM4, 80 GB)" -> "A100": the name without its variant in brackets. */
export function shortChipName(chip: Chip): string {
  return chip.name.replace(/\s*\(.*\)\s*$/, '');
}

export function chipSymbol(chip: Chip, area: number): string {
  const type = chip.market === 'global' ? symbolCircle : chip.market === 'china' ? symbolTriangle : symbolDiamond;
  return symbol(type, area)() ?? '';
}

export function isControlled(chip: Chip, ruleIds: readonly string[]): boolean {
  return chip.coveredBy.some((ruleId) => ruleIds.includes(ruleId));
}

function ruleLabel(rule: DatasetEvent): string {
  return `${formatDateShort(rule.date)} rule`;
}

/** The rule's test in the chart's words, built from its numbers. */
export function ruleTest(rule: DatasetEvent): string | undefined {
  const threshold = rule.threshold;
  if (!threshold?.tppMin) return undefined;
  let text = `TPP ≥ ${thousands(threshold.tppMin)}`;
  if (threshold.interconnectMinGBs) text += ` and link ≥ ${thousands(threshold.interconnectMinGBs)} GB/s`;
  if (threshold.orTppMin && threshold.orDensityMin) text += `, or ≥ ${thousands(threshold.orTppMin)} if dense`;
  return text;
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
  return { rules, chips };
}

export function describeState(data: ChipThresholdData, state: ChipThresholdState): string {
  const { rules, chips } = resolveState(data, state);
  const names = (list: Chip[]) => list.map((chip) => `${shortChipName(chip)}${chip.estimate ? ' (estimate)' : ''}`).join(', ');
  const parts = [`${chips.length} chips plotted by compute and memory bandwidth: ${names(chips)}.`];
  if (rules.length === 0) {
    parts.push('No export rule is drawn yet.');
  } else {
    const current = rules[rules.length - 1]!;
    const test = ruleTest(current);
    parts.push(`Latest rule shown: ${ruleLabel(current)}${test ? ` (${test})` : ` (${current.title})`}.`);
    const ruleIds = rules.map((rule) => rule.id);
    const exportable = chips.filter((chip) => chip.market !== 'domestic');
    const controlled = exportable.filter((chip) => isControlled(chip, ruleIds));
    const allowed = exportable.filter((chip) => !isControlled(chip, ruleIds));
    if (controlled.length) parts.push(`Need a US licence for China: ${names(controlled)}.`);
    if (allowed.length) parts.push(`Can still be sold to China: ${names(allowed)}.`);
  }
  const domestic = chips.filter((chip) => chip.market === 'domestic');
  if (domestic.length) parts.push(`Made in China, outside these rules: ${names(domestic)}.`);
  return parts.join(' ');
}

export function layoutChipThresholds(data: ChipThresholdData, state: ChipThresholdState, size: Size, variant: Variant): Scene {
  const { rules, chips } = resolveState(data, state);
  const frame = plotFrame(size, MARGINS[variant]);
  const fontSize = FONT[variant];
  const x = scaleLog().domain(COMPUTE_DOMAIN).range([frame.left, frame.right]);
  const y = scaleLinear().domain(BANDWIDTH_DOMAIN).range([frame.bottom, frame.top]);
  const ruleIds = rules.map((rule) => rule.id);
  const current = rules[rules.length - 1];

  const axes: Mark[] = [
    ...bottomAxis(x, frame, {
      key: 'x',
      title: variant === 'wide' ? 'Dense 16-bit compute (TFLOPS, log scale)' : 'Compute (TFLOPS, log)',
      format: thousands,
      tickValues: variant === 'wide' ? [100, 200, 500, 1000, 2000] : [100, 300, 1000, 3000],
      fontSize,
    }),
    ...leftAxis(y, frame, { key: 'y', title: 'Memory bandwidth (TB/s)', format: format('d'), tickValues: [0, 2, 4, 6, 8], grid: true, fontSize }),
  ];

  // Rules: each drawn rule keeps its line; the latest one shades its zone and carries the label.
  const ruleMarks: Mark[] = [];
  rules.forEach((rule, index) => {
    const isCurrent = index === rules.length - 1;
    const tppMin = rule.threshold?.tppMin;
    if (tppMin) {
      const lineX = x(tflopsFromTpp(tppMin));
      if (isCurrent) {
        ruleMarks.push({ kind: 'rect', key: 'rule-zone', className: 'rule-zone', x: lineX, y: frame.top, width: frame.right - lineX, height: frame.height });
      }
      ruleMarks.push({
        kind: 'line',
        key: `rule-line-${rule.id}`,
        className: isCurrent ? 'rule-line rule-line--current' : 'rule-line rule-line--past',
        x1: lineX,
        y1: frame.top - 6,
        x2: lineX,
        y2: frame.bottom,
      });
      const orTppMin = rule.threshold?.orTppMin;
      if (orTppMin && isCurrent) {
        const bandX = x(tflopsFromTpp(orTppMin));
        ruleMarks.push({ kind: 'line', key: `rule-band-${rule.id}`, className: 'rule-line rule-line--band', dash: '4 4', x1: bandX, y1: frame.top, x2: bandX, y2: frame.bottom });
      }
    }
  });
  if (current) {
    // Two lines in the top margin: which rule, and its test (or, for a rule without thresholds,
    // which of the plotted chips it caught).
    const caught = chips.filter((chip) => chip.coveredBy.includes(current.id)).map(shortChipName);
    const detail = ruleTest(current) ?? (caught.length ? `Now needs a licence: ${caught.join(', ')}` : current.title);
    [`${ruleLabel(current)}:`, detail].forEach((text, lineIndex) => {
      ruleMarks.push({
        kind: 'text',
        key: `rule-label-${lineIndex}`,
        className: lineIndex === 0 ? 'rule-label rule-label--title' : 'rule-label',
        x: frame.left - MARGINS[variant].left + 4,
        y: frame.top - 46 + lineIndex * (fontSize + 3),
        text,
        size: fontSize,
        weight: lineIndex === 0 ? 'bold' : 'normal',
      });
    });
  }

  const drawn = [...chips].sort((a, b) => DRAW_ORDER[a.market] - DRAW_ORDER[b.market]);
  const points: Mark[] = drawn.map((chip) => {
    const controlled = chip.market !== 'domestic' && isControlled(chip, ruleIds);
    const emphasis = state.highlight.length === 0 ? '' : state.highlight.includes(chip.id) ? ' is-highlighted' : ' is-muted';
    return {
      kind: 'symbol',
      key: `chip-${chip.id}`,
      className: `chip country-${chip.country.toLowerCase()} ${controlled ? 'is-controlled' : 'is-allowed'}${chip.estimate ? ' is-estimate' : ''}${emphasis}`,
      x: x(chip.tflopsDense),
      y: y(chip.memoryBandwidthTBs ?? 0),
      d: chipSymbol(chip, SYMBOL_AREA[variant][chip.market]),
    };
  });

  // Chips at the same spot share one label ("A100 / A800"), keyed by the first chip there.
  const groups = new Map<string, Chip[]>();
  for (const chip of chips) {
    if (chip.memoryBandwidthTBs === undefined) continue;
    const spot = `${Math.round(x(chip.tflopsDense))}:${Math.round(y(chip.memoryBandwidthTBs))}`;
    groups.set(spot, [...(groups.get(spot) ?? []), chip]);
  }
  // On a phone the product line is dropped ("≈910B"): the diamond already says "Huawei Ascend".
  const name = (chip: Chip) => (variant === 'narrow' ? shortChipName(chip).replace(/^Ascend /, '') : shortChipName(chip));
  const labelText = (group: Chip[]) => group.map((chip) => `${chip.estimate ? '≈' : ''}${name(chip)}`).join(' / ');
  const labelRequests = [...groups.values()].map((group) => ({
    item: group,
    x: x(group[0]!.tflopsDense) + 10,
    y: y(group[0]!.memoryBandwidthTBs!) + 4,
    text: labelText(group),
    fontSize,
  }));
  const labels: Mark[] = [];
  for (const placed of placeLabels(labelRequests, { top: frame.top, bottom: frame.bottom + 10 })) {
    const group = placed.item;
    const highlighted = group.some((chip) => state.highlight.includes(chip.id));
    const emphasis = state.highlight.length === 0 ? '' : highlighted ? ' is-highlighted' : ' is-muted';
    labels.push({
      kind: 'text',
      key: `chip-label-${group[0]!.id}`,
      className: `chip-label${emphasis}`,
      x: placed.x,
      y: placed.y,
      text: labelText(group),
      size: fontSize,
      weight: highlighted ? 'bold' : 'normal',
    });
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
