/**
 * Training compute of notable models as a dot plot on a log scale (Epoch AI's estimates), grouped by
 * the developer's country, oldest first within each group. Dots, not bars: on a log axis a bar's
 * length depends on where the axis happens to start, so lengths would not show ratios; distances
 * between dots do (one gridline = ten times). On request, DeepSeek's own account of DeepSeek-V3's
 * final training run sits in a dashed note tied to its dot: a claim by the developer, kept apart
 * from Epoch's estimates.
 *
 * Encodings, so colour is never alone: rows sit under a "United States" or "China" heading; a
 * filled dot has open weights, a hollow ring is closed; every value carries "≈" (all are estimates)
 * and is given to two significant figures.
 */
import { scaleLog } from 'd3-scale';
import type { Model } from '../../data/schema';
import { compareDates } from '../../data/dates';
import { formatNumber } from '../../i18n/format';
import { superscript } from '../../data/format';
import type { Mark, Scene, Size, Variant } from '../contract';
import { layers } from '../shared/markBuilders';
import { bottomAxis } from '../shared/axis';
import { plotFrame } from '../shared/frame';
import { estimateTextWidth } from '../shared/labels';
import type { TrainingComputeDotsState } from './state';

export interface DeveloperClaim {
  /** The model the claim is about. */
  modelId: string;
  gpuHoursMillions: number;
  gpus: number;
  costMillionsUsd: number;
  sources: string[];
}

export interface TrainingComputeData {
  /** Models with an Epoch AI training-compute estimate, US and Chinese. */
  models: Model[];
  claim: DeveloperClaim;
  /** The date of the Epoch AI table the estimates come from. */
  asOf: string;
}

const DOMAIN: [number, number] = [1e23, 1e27];
const TICKS = [1e23, 1e24, 1e25, 1e26, 1e27];

const GEOMETRY = {
  wide: { left: 206, right: 18, top: 8, bottom: 52, claimBand: 66, header: 22, maxRow: 34, font: 13, dot: 6.5 },
  narrow: { left: 116, right: 16, top: 6, bottom: 48, claimBand: 58, header: 18, maxRow: 24, font: 12, dot: 5.5 },
} as const;

const GROUPS = [
  { country: 'US', label: 'United States', className: 'label-us' },
  { country: 'CN', label: 'China', className: 'label-cn' },
] as const;

/** "Gemini 1.0 Ultra" stays; "Llama 3.1 405B" stays; names are short enough for the wide chart. */
function rowLabel(model: Model, variant: Variant): string {
  return variant === 'wide' ? `${model.name} · ${model.organisation.replace(/ (DeepMind|Cloud)$/, '').replace(/ \(.*\)$/, '')}` : model.name;
}

/** "≈3.5 × 10²⁴": an estimate to two significant figures, as precise as Epoch's figures are. */
export function approxFlop(value: number): string {
  let exponent = Math.floor(Math.log10(value));
  let mantissa = Number((value / 10 ** exponent).toFixed(1));
  if (mantissa >= 10) {
    mantissa /= 10;
    exponent += 1;
  }
  return `≈${formatNumber(mantissa, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} × 10${superscript(exponent)}`;
}

function resolveState(data: TrainingComputeData, state: TrainingComputeDotsState) {
  const byId = new Map(data.models.map((model) => [model.id, model]));
  const ids = state.models === 'all' ? data.models.map((model) => model.id) : state.models;
  const models = ids.map((id) => {
    const model = byId.get(id);
    if (!model) throw new Error(`trainingComputeDots: "${id}" is not a US or Chinese model with an Epoch AI compute estimate`);
    return model;
  });
  for (const id of state.highlight) {
    if (!ids.includes(id)) throw new Error(`trainingComputeDots: highlighted model "${id}" is not drawn in this state`);
  }
  if (state.claim && !ids.includes(data.claim.modelId)) throw new Error(`trainingComputeDots: the developer's claim needs "${data.claim.modelId}" on the chart`);
  return { models };
}

function grouped(models: Model[]) {
  return GROUPS.map((group) => ({
    ...group,
    models: models.filter((model) => model.country === group.country).sort((a, b) => compareDates(a.released, b.released) || a.name.localeCompare(b.name)),
  })).filter((group) => group.models.length > 0);
}

export function describeState(data: TrainingComputeData, state: TrainingComputeDotsState): string {
  const { models } = resolveState(data, state);
  const parts = ["Training compute of each model, Epoch AI's estimates on a log scale, in floating-point operations (FLOP)."];
  for (const group of grouped(models)) {
    parts.push(
      `${group.label}: ${group.models.map((model) => `${model.name} ${approxFlop(model.trainingComputeFlop!)} (${model.access === 'open-weights' ? 'open weights' : 'closed'})`).join('; ')}.`,
    );
  }
  if (state.claim) {
    const model = data.models.find((candidate) => candidate.id === data.claim.modelId)!;
    parts.push(
      `Developer's own claim for ${model.name}, final training run only: ${formatNumber(data.claim.gpuHoursMillions)} million H800 GPU-hours on ${formatNumber(data.claim.gpus)} GPUs, about $${formatNumber(data.claim.costMillionsUsd)} million at rental prices; research and earlier experiments are excluded.`,
    );
  }
  return parts.join(' ');
}

export function layoutTrainingComputeDots(data: TrainingComputeData, state: TrainingComputeDotsState, size: Size, variant: Variant): Scene {
  const { models } = resolveState(data, state);
  const g = GEOMETRY[variant];
  const frame = plotFrame(size, { left: g.left, right: g.right, top: g.top, bottom: g.bottom + (state.claim ? g.claimBand : 0) });
  const x = scaleLog().domain(DOMAIN).range([frame.left, frame.right]);
  const groups = grouped(models);
  const rowHeight = Math.min(g.maxRow, (frame.height - groups.length * g.header) / models.length);
  const emphasis = (id: string) => (state.highlight.length === 0 ? '' : state.highlight.includes(id) ? ' is-highlighted' : ' is-muted');
  const powerOfTen = (value: number) => `10${superscript(Math.round(Math.log10(value)))}`;

  const axis = bottomAxis(x, frame, {
    key: 'x',
    title: variant === 'wide' ? 'Training compute (FLOP, log scale: each step is ten times more)' : 'Training compute (FLOP, log)',
    format: powerOfTen,
    tickValues: TICKS,
    grid: true,
    fontSize: g.font,
  });

  const headers: Mark[] = [];
  const guides: Mark[] = [];
  const dots: Mark[] = [];
  const labels: Mark[] = [];
  const rowCentre = new Map<string, number>();
  let y = frame.top;
  for (const group of groups) {
    headers.push({ kind: 'text', key: `group-${group.country}`, className: `group-label ${group.className}`, x: 4, y: y + g.header - 6, text: group.label, size: g.font, weight: 'bold' });
    y += g.header;
    for (const model of group.models) {
      const centre = y + rowHeight / 2;
      rowCentre.set(model.id, centre);
      const cx = x(model.trainingComputeFlop!);
      const open = model.access === 'open-weights';
      // A faint rule across the whole row, so the eye can follow a name to its dot; it starts at
      // the plot's edge, not at a zero the log axis does not have.
      guides.push({ kind: 'line', key: `row-${model.id}`, className: `row-guide${emphasis(model.id)}`, x1: frame.left, y1: centre, x2: frame.right, y2: centre });
      dots.push({ kind: 'circle', key: `dot-${model.id}`, className: `compute-dot country-${model.country.toLowerCase()} ${open ? 'is-open' : 'is-closed'}${emphasis(model.id)}`, cx, cy: centre, r: g.dot });
      const highlighted = state.highlight.includes(model.id);
      labels.push({
        kind: 'text',
        key: `name-${model.id}`,
        className: `row-label${emphasis(model.id)}`,
        x: frame.left - 8,
        y: centre + 4,
        text: rowLabel(model, variant),
        anchor: 'end',
        size: g.font,
        weight: highlighted ? 'bold' : 'normal',
      });
      // On a phone only the emphasised dots carry their value: the plot is too narrow for all.
      if (variant === 'wide' || highlighted) {
        const text = approxFlop(model.trainingComputeFlop!);
        const flip = cx + g.dot + 5 + estimateTextWidth(text, g.font) > frame.right;
        labels.push({
          kind: 'text',
          key: `value-${model.id}`,
          className: `value-label${emphasis(model.id)}`,
          x: flip ? cx - g.dot - 5 : cx + g.dot + 5,
          y: centre + 4,
          text,
          anchor: flip ? 'end' : 'start',
          size: g.font,
        });
      }
      y += rowHeight;
    }
  }

  // The developer's claim: a dashed note under the axis, and a dashed ring around the model's dot.
  const claimMarks: Mark[] = [];
  if (state.claim) {
    const model = models.find((candidate) => candidate.id === data.claim.modelId)!;
    const top = frame.bottom + g.bottom - 4;
    const lines =
      variant === 'wide'
        ? [
            `${model.name}: DeepSeek's own account, final training run only`,
            `${formatNumber(data.claim.gpuHoursMillions)} million H800 GPU-hours on ${formatNumber(data.claim.gpus)} chips, about $${formatNumber(data.claim.costMillionsUsd)} million`,
            'at rental prices; research, failed runs, staff and hardware not included',
          ]
        : [
            `DeepSeek's claim, final run only:`,
            `${formatNumber(data.claim.gpuHoursMillions)}M H800 GPU-hours, ${formatNumber(data.claim.gpus)} chips,`,
            `≈ $${formatNumber(data.claim.costMillionsUsd)}M rent; no research costs`,
          ];
    const boxHeight = lines.length * (g.font + 4) + 8;
    // The same dashed line around the dot and around the note ties the two together without a
    // leader line crossing the axis.
    const centre = rowCentre.get(model.id)!;
    claimMarks.push({ kind: 'circle', key: 'claim-outline', className: 'claim-box claim-box--dot', dash: '5 3', cx: x(model.trainingComputeFlop!), cy: centre, r: g.dot + 5 });
    claimMarks.push({ kind: 'rect', key: 'claim-box', className: 'claim-box', dash: '5 3', x: 2, y: top, width: size.width - 4, height: boxHeight });
    lines.forEach((text, index) => {
      claimMarks.push({ kind: 'text', key: `claim-line-${index}`, className: 'claim-text', x: 10, y: top + 4 + (index + 1) * (g.font + 4) - 2, text, size: g.font, weight: index === 0 ? 'bold' : 'normal' });
    });
  }

  return {
    size,
    title: 'Training compute of notable US and Chinese models (Epoch AI estimates)',
    description: describeState(data, state),
    layers: layers({ axis, headers, guides, dots, labels, claim: claimMarks }),
  };
}
