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
import { scaleLog, type ScaleLogarithmic } from 'd3-scale';
import type { Model } from '../../data/schema';
import { compareDates } from '../../data/dates';
import { superscript } from '../../i18n/format';
import type { Words } from '../../i18n/words';
import type { Mark, Scene, Size, Variant } from '../contract';
import { layers } from '../shared/markBuilders';
import { bottomAxis } from '../shared/axis';
import { plotFrame, type Drawing } from '../shared/frame';
import { estimateTextWidth } from '../shared/labels';
import type { TrainingComputeDotsState } from './state';

export interface DeveloperClaim {
  /** The model the claim is about. */
  modelId: string;
  /** The chip the run used, by the name the claim gives it ("H800"). */
  chip: string;
  gpuHoursMillions: number;
  gpus: number;
  costMillionsUsd: number;
  sources: string[];
}

export interface TrainingComputeData {
  /** Models with an Epoch AI training-compute estimate, US and Chinese. */
  models: Model[];
  claim: DeveloperClaim;
  /** Who made the estimates (the publisher of the table they come from). */
  estimator: string;
  /** The date of the Epoch AI table the estimates come from. */
  asOf: string;
}

const DOMAIN: [number, number] = [1e23, 1e27];
const TICKS = [1e23, 1e24, 1e25, 1e26, 1e27];

const GEOMETRY = {
  wide: { left: 206, right: 18, top: 8, bottom: 52, claimBand: 66, header: 22, maxRow: 34, font: 13, dot: 6.5 },
  narrow: { left: 116, right: 16, top: 6, bottom: 48, claimBand: 58, header: 18, maxRow: 24, font: 12, dot: 5.5 },
} as const;

type Geometry = (typeof GEOMETRY)[Variant];

const GROUPS = [
  { country: 'US', className: 'label-us' },
  { country: 'CN', className: 'label-cn' },
] as const;

/** "Gemini 1.0 Ultra" stays; "Llama 3.1 405B" stays; names are short enough for the wide chart. */
function rowLabel(model: Model, variant: Variant, words: Words): string {
  return variant === 'wide' ? words.t('trainingComputeDots.row.wide', { model: model.name, developer: model.organisation.replace(/ (DeepMind|Cloud)$/, '').replace(/ \(.*\)$/, '') }) : model.name;
}

/** "≈3.5 × 10²⁴": an estimate to two significant figures, as precise as Epoch's figures are. */
export function approxFlop(value: number, words: Words): string {
  let exponent = Math.floor(Math.log10(value));
  let mantissa = Number((value / 10 ** exponent).toFixed(1));
  if (mantissa >= 10) {
    mantissa /= 10;
    exponent += 1;
  }
  return words.t('trainingComputeDots.flop', { mantissa: words.number(mantissa, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), exponent: superscript(exponent) });
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

/** The claim's figures as its sentences take them, written in the page's words. */
function claimParams(data: TrainingComputeData, words: Words) {
  const model = data.models.find((candidate) => candidate.id === data.claim.modelId)!;
  return {
    model: model.name,
    developer: model.organisation,
    chip: data.claim.chip,
    gpuHours: words.number(data.claim.gpuHoursMillions),
    gpus: words.number(data.claim.gpus),
    cost: words.number(data.claim.costMillionsUsd),
  };
}

export function describeState(data: TrainingComputeData, state: TrainingComputeDotsState, words: Words): string {
  const { t } = words;
  const { models } = resolveState(data, state);
  const parts = [t('trainingComputeDots.describe.intro', { estimator: data.estimator })];
  for (const group of grouped(models)) {
    const described = group.models.map((model) =>
      t(model.access === 'open-weights' ? 'trainingComputeDots.describe.model.open' : 'trainingComputeDots.describe.model.closed', {
        model: model.name,
        flop: approxFlop(model.trainingComputeFlop!, words),
      }),
    );
    parts.push(t('trainingComputeDots.describe.group', { country: t(`country.${group.country}`), models: words.list(described, 'clauses') }));
  }
  if (state.claim) parts.push(t('trainingComputeDots.describe.claim', claimParams(data, words)));
  return parts.join(' ');
}

interface Rows {
  headers: Mark[];
  guides: Mark[];
  dots: Mark[];
  labels: Mark[];
  /** Where each model's row is centred, for the claim's ring. */
  rowCentre: Map<string, number>;
}

/** The country headings and a row per model: a faint guide, the dot, the name and (where there is room) the value. */
function drawRows(drawing: Drawing<TrainingComputeDotsState>, models: Model[], x: ScaleLogarithmic<number, number>): Rows {
  const { state, variant, frame, words } = drawing;
  const g = GEOMETRY[variant];
  const groups = grouped(models);
  const rowHeight = Math.min(g.maxRow, (frame.height - groups.length * g.header) / models.length);
  const emphasis = (id: string) => (state.highlight.length === 0 ? '' : state.highlight.includes(id) ? ' is-highlighted' : ' is-muted');
  const rows: Rows = { headers: [], guides: [], dots: [], labels: [], rowCentre: new Map() };
  let y = frame.top;
  for (const group of groups) {
    const text = words.t(`country.${group.country}`);
    rows.headers.push({ kind: 'text', key: `group-${group.country}`, className: `group-label ${group.className}`, x: 4, y: y + g.header - 6, text, size: g.font, weight: 'bold' });
    y += g.header;
    for (const model of group.models) {
      const centre = y + rowHeight / 2;
      rows.rowCentre.set(model.id, centre);
      const cx = x(model.trainingComputeFlop!);
      const open = model.access === 'open-weights';
      // A faint rule across the whole row, so the eye can follow a name to its dot; it starts at
      // the plot's edge, not at a zero the log axis does not have.
      rows.guides.push({ kind: 'line', key: `row-${model.id}`, className: `row-guide${emphasis(model.id)}`, x1: frame.left, y1: centre, x2: frame.right, y2: centre });
      rows.dots.push({ kind: 'circle', key: `dot-${model.id}`, className: `compute-dot country-${model.country.toLowerCase()} ${open ? 'is-open' : 'is-closed'}${emphasis(model.id)}`, cx, cy: centre, r: g.dot });
      const highlighted = state.highlight.includes(model.id);
      rows.labels.push({
        kind: 'text',
        key: `name-${model.id}`,
        className: `row-label${emphasis(model.id)}`,
        x: frame.left - 8,
        y: centre + 4,
        text: rowLabel(model, variant, words),
        anchor: 'end',
        size: g.font,
        weight: highlighted ? 'bold' : 'normal',
      });
      // On a phone only the emphasised dots carry their value: the plot is too narrow for all.
      if (variant === 'wide' || highlighted) rows.labels.push(valueLabel(model, cx, centre, g, frame.right, emphasis(model.id), words));
      y += rowHeight;
    }
  }
  return rows;
}

/** A dot's value beside it, on its left where the right edge would cut it off. */
function valueLabel(model: Model, cx: number, centre: number, g: Geometry, right: number, emphasis: string, words: Words): Mark {
  const text = approxFlop(model.trainingComputeFlop!, words);
  const flip = cx + g.dot + 5 + estimateTextWidth(text, g.font) > right;
  return { kind: 'text', key: `value-${model.id}`, className: `value-label${emphasis}`, x: flip ? cx - g.dot - 5 : cx + g.dot + 5, y: centre + 4, text, anchor: flip ? 'end' : 'start', size: g.font };
}

/** The developer's claim: a dashed note under the axis, and a dashed ring around the model's dot. */
function drawClaim(drawing: Drawing<TrainingComputeDotsState>, data: TrainingComputeData, x: ScaleLogarithmic<number, number>, rowCentre: Map<string, number>): Mark[] {
  const { variant, size, frame, words } = drawing;
  const g = GEOMETRY[variant];
  const model = data.models.find((candidate) => candidate.id === data.claim.modelId)!;
  const top = frame.bottom + g.bottom - 4;
  const params = claimParams(data, words);
  const lines = (['heading', 'figures', 'excluded'] as const).map((line) => words.t(`trainingComputeDots.claim.${variant}.${line}`, params));
  const boxHeight = lines.length * (g.font + 4) + 8;
  // The same dashed line around the dot and around the note ties the two together without a
  // leader line crossing the axis.
  const centre = rowCentre.get(model.id)!;
  const marks: Mark[] = [
    { kind: 'circle', key: 'claim-outline', className: 'claim-box claim-box--dot', dash: '5 3', cx: x(model.trainingComputeFlop!), cy: centre, r: g.dot + 5 },
    { kind: 'rect', key: 'claim-box', className: 'claim-box', dash: '5 3', x: 2, y: top, width: size.width - 4, height: boxHeight },
  ];
  lines.forEach((text, index) => {
    marks.push({ kind: 'text', key: `claim-line-${index}`, className: 'claim-text', x: 10, y: top + 4 + (index + 1) * (g.font + 4) - 2, text, size: g.font, weight: index === 0 ? 'bold' : 'normal' });
  });
  return marks;
}

export function layoutTrainingComputeDots(data: TrainingComputeData, state: TrainingComputeDotsState, size: Size, variant: Variant, words: Words): Scene {
  const { models } = resolveState(data, state);
  const g = GEOMETRY[variant];
  const frame = plotFrame(size, { left: g.left, right: g.right, top: g.top, bottom: g.bottom + (state.claim ? g.claimBand : 0) });
  const drawing: Drawing<TrainingComputeDotsState> = { state, variant, size, frame, words };
  const x = scaleLog().domain(DOMAIN).range([frame.left, frame.right]);
  const powerOfTen = (value: number) => `10${superscript(Math.round(Math.log10(value)))}`;
  const axis = bottomAxis(x, frame, { key: 'x', title: words.t(`trainingComputeDots.axis.x.${variant}`), format: powerOfTen, tickValues: TICKS, grid: true, fontSize: g.font });
  const { headers, guides, dots, labels, rowCentre } = drawRows(drawing, models, x);
  const claim = state.claim ? drawClaim(drawing, data, x, rowCentre) : [];
  return {
    size,
    title: words.t('trainingComputeDots.title', { estimator: data.estimator }),
    description: describeState(data, state, words),
    layers: layers({ axis, headers, guides, dots, labels, claim }),
  };
}
