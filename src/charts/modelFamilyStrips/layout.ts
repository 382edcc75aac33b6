/**
 * China's major model makers as rows, their releases as marks along a time axis. Shape says what
 * a model's licence allows and fill says whether its weights are out at all, so a row shows at a
 * glance whether a company kept its models closed, opened them with conditions, or went fully
 * permissive, and when it changed its mind.
 *
 * Encodings, so colour is never alone: every row is named; shape = licence (circle: permissive
 * open-source licence; diamond: open weights under the maker's own licence with conditions;
 * triangle: open with limits on commercial use (research only, non-commercial, revenue share); square: closed); filled = open weights,
 * hollow = closed (the site-wide convention).
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle } from 'd3-shape';
import type { Model } from '../../data/schema';
import { compareDates } from '../../data/dates';
import type { Words } from '../../i18n/words';
import type { ScaleTime } from 'd3-scale';
import type { Mark, Scene, Size, Variant } from '../contract';
import type { Frame } from '../shared/frame';
import { choose, estimateTextWidth, Obstacles, within, type Box } from '../shared/labels';
import { layers, linePath, ruleY, segmentMark } from '../shared/markBuilders';
import { timeScale, xOfDate, yearAxis } from '../shared/timeAxis';
import { ORGANISATIONS, type OrganisationKey } from './organisations';
import type { ModelFamilyStripsState } from './state';

export type LicenceClass = 'permissive' | 'custom' | 'restricted' | 'closed';

export interface StripModel {
  id: string;
  name: string;
  row: OrganisationKey;
  released: string;
  licence: LicenceClass;
  /** The licence as the record names it, for the table; a closed model has none. */
  licenceName?: string | undefined;
  sources: string[];
}

export interface ModelFamilyData {
  models: StripModel[];
  /** The time axis: from the first release to the end of the story. */
  from: string;
  to: string;
}

/** What a licence class allows, in words. */
export const licenceName = (licence: LicenceClass, words: Words) => words.t(`modelFamilyStrips.licence.${licence}`);

/** A row's organisation, or the model family under it. */
export const rowWords = (key: OrganisationKey, part: 'name' | 'family', words: Words) => words.t(`modelFamilyStrips.row.${key}.${part}`);

const SHAPES = { permissive: symbolCircle, custom: symbolDiamond, restricted: symbolTriangle, closed: symbolSquare } as const;

const GEOMETRY = {
  wide: { left: 116, right: 16, top: 40, axisY: 432, font: 13, area: 120, stackGap: 12, familyDy: 15, periodY: 16 },
  narrow: { left: 80, right: 10, top: 26, axisY: 258, font: 12, area: 64, stackGap: 9, familyDy: 13, periodY: 14 },
} as const;

export function licenceClass(model: Model): LicenceClass {
  if (model.access === 'closed') return 'closed';
  switch (model.licenceKind) {
    case 'permissive':
      return 'permissive';
    case 'custom-open':
      return 'custom';
    default:
      return 'restricted';
  }
}

export function markSymbol(licence: LicenceClass, area: number): string {
  return symbol(SHAPES[licence], area)() ?? '';
}

/** "ERNIE 4.5 (open family, 10 models)" -> "ERNIE 4.5". */
export const shortModelName = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');

/** The models a state draws: all of them, or those released up to its `until`. */
const drawnModels = (data: ModelFamilyData, state: ModelFamilyStripsState) =>
  state.until ? data.models.filter((model) => compareDates(model.released, state.until!) <= 0) : data.models;

function check(data: ModelFamilyData, state: ModelFamilyStripsState) {
  const byId = new Map(drawnModels(data, state).map((model) => [model.id, model]));
  const need = (id: string, what: string) => {
    const model = byId.get(id);
    if (!model) throw new Error(`modelFamilyStrips: ${what} "${id}" is not a model in the chart's rows${state.until ? ` up to ${state.until}` : ''}`);
    if (!state.rows.includes(model.row)) throw new Error(`modelFamilyStrips: ${what} "${id}" is in the ${model.row} row, which this state does not show`);
    return model;
  };
  for (const id of state.labels) need(id, 'labelled model');
  for (const arrow of state.arrows) {
    const from = need(arrow.from, 'arrow start');
    const to = need(arrow.to, 'arrow end');
    if (from.row !== to.row) throw new Error(`modelFamilyStrips: an arrow must stay in one row ("${arrow.from}" → "${arrow.to}")`);
  }
  if (state.period && compareDates(state.period.from, state.period.to) >= 0) throw new Error('modelFamilyStrips: period.from must be before period.to');
  return byId;
}

const inPeriod = (model: StripModel, period: ModelFamilyStripsState['period']) =>
  !period || (compareDates(model.released, period.from) >= 0 && compareDates(model.released, period.to) <= 0);

/** One row in a sentence: its releases, how many are open, and each with its date and licence. */
function describeRow(data: ModelFamilyData, state: ModelFamilyStripsState, key: OrganisationKey, words: Words): string {
  const { t, number } = words;
  const models = drawnModels(data, state).filter((model) => model.row === key).sort((a, b) => compareDates(a.released, b.released));
  const open = models.filter((model) => model.licence !== 'closed');
  const list = models.map((model) => t('modelFamilyStrips.describe.model', { model: shortModelName(model.name), date: words.dateShort(model.released), licence: licenceName(model.licence, words) }));
  const params = { organisation: rowWords(key, 'name', words), family: rowWords(key, 'family', words), count: number(models.length), open: number(open.length), models: words.list(list, 'clauses') };
  return t('modelFamilyStrips.describe.row', params);
}

export function describeState(data: ModelFamilyData, state: ModelFamilyStripsState, words: Words): string {
  const { t, dateShort, number } = words;
  const byId = check(data, state);
  const parts = ORGANISATIONS.filter((entry) => state.rows.includes(entry.key)).map((org) => describeRow(data, state, org.key, words));
  const hidden = ORGANISATIONS.filter((entry) => !state.rows.includes(entry.key)).map((entry) => rowWords(entry.key, 'name', words));
  if (hidden.length) parts.push(t('modelFamilyStrips.describe.waiting', { rows: words.list(hidden, 'items') }));
  if (state.until) parts.push(t('modelFamilyStrips.describe.until', { date: dateShort(state.until) }));
  if (state.period) {
    const within = drawnModels(data, state).filter((model) => state.rows.includes(model.row) && inPeriod(model, state.period));
    const open = within.filter((model) => model.licence !== 'closed').length;
    parts.push(t('modelFamilyStrips.describe.period', { label: state.period.label, from: dateShort(state.period.from), to: dateShort(state.period.to), count: number(within.length), open: number(open) }));
  }
  for (const arrow of state.arrows) {
    parts.push(t('modelFamilyStrips.describe.arrow', { from: shortModelName(byId.get(arrow.from)!.name), to: shortModelName(byId.get(arrow.to)!.name), caption: arrow.caption }));
  }
  return parts.join(' ');
}

/** The rows and the time axis every part is placed by. */
interface Strips {
  data: ModelFamilyData;
  state: ModelFamilyStripsState;
  variant: Variant;
  words: Words;
  size: Size;
  g: (typeof GEOMETRY)[Variant];
  rowStep: number;
  rowY: (index: number) => number;
  frame: Frame;
  x: ScaleTime<number, number>;
}

function strips(data: ModelFamilyData, state: ModelFamilyStripsState, size: Size, variant: Variant, words: Words): Strips {
  const g = GEOMETRY[variant];
  const rowStep = (g.axisY - 6 - g.top) / ORGANISATIONS.length;
  const frame = { left: g.left + 8, right: size.width - g.right, top: g.top, bottom: g.axisY, width: size.width - g.right - g.left - 8, height: g.axisY - g.top };
  return { data, state, variant, words, size, g, rowStep, rowY: (index) => g.top + rowStep * (index + 0.5), frame, x: timeScale(data.from, data.to, frame) };
}

export function layoutModelStrips(data: ModelFamilyData, state: ModelFamilyStripsState, size: Size, variant: Variant, words: Words): Scene {
  const byId = check(data, state);
  const s = strips(data, state, size, variant, words);
  const position = positions(s);
  return {
    size,
    title: words.t('modelFamilyStrips.title'),
    description: describeState(data, state, words),
    layers: layers({
      background: [...rowRules(s), ...periodBand(s)],
      axis: yearAxis(s.x, s.frame, { key: 'x', fontSize: s.g.font }),
      rows: rowNames(s),
      models: modelMarks(s, position),
      annotations: [...arrows(s, position), ...modelLabels(s, byId, position)],
    }),
  };
}

function rowRules({ rowY, rowStep, size }: Strips): Mark[] {
  return ORGANISATIONS.flatMap((org, index) => (index > 0 ? [ruleY(`row-rule-${org.key}`, 'row-rule', rowY(index) - rowStep / 2, 0, size.width)] : []));
}

function rowNames({ state, words, g, rowY }: Strips): Mark[] {
  return ORGANISATIONS.flatMap((org, index): Mark[] => {
    const waiting = state.rows.includes(org.key) ? '' : ' is-waiting';
    return [
      { kind: 'text', key: `row-name-${org.key}`, className: `row-name${waiting}`, x: 2, y: rowY(index) - 2, text: rowWords(org.key, 'name', words), size: g.font, weight: 'bold' },
      { kind: 'text', key: `row-family-${org.key}`, className: `row-family${waiting}`, x: 2, y: rowY(index) - 2 + g.familyDy, text: rowWords(org.key, 'family', words), size: g.font },
    ];
  });
}

function periodBand({ state, g, frame, x }: Strips): Mark[] {
  if (!state.period) return [];
  const x0 = Math.max(frame.left, xOfDate(x, state.period.from));
  const x1 = Math.min(frame.right, xOfDate(x, state.period.to));
  return [
    { kind: 'rect', key: 'period-band', className: 'period-band', x: x0, y: g.top - 4, width: x1 - x0, height: g.axisY - g.top + 4 },
    { kind: 'text', key: 'period-label', className: 'period-label', x: x1, y: g.periodY, text: state.period.label, anchor: 'end', size: g.font, weight: 'bold' },
  ];
}

/** Where each drawn model sits: models on the same day share a column and spread up and down the row. */
function positions({ data, state, g, rowY, x }: Strips): Map<string, { model: StripModel; x: number; y: number }> {
  const position = new Map<string, { model: StripModel; x: number; y: number }>();
  ORGANISATIONS.forEach((org, index) => {
    if (!state.rows.includes(org.key)) return;
    const models = drawnModels(data, state).filter((model) => model.row === org.key).sort((a, b) => compareDates(a.released, b.released) || a.id.localeCompare(b.id));
    const sameDay = new Map<string, number>();
    for (const model of models) {
      const slot = sameDay.get(model.released) ?? 0;
      sameDay.set(model.released, slot + 1);
      const offset = slot === 0 ? 0 : (slot % 2 === 1 ? -1 : 1) * Math.ceil(slot / 2) * g.stackGap;
      position.set(model.id, { model, x: xOfDate(x, model.released), y: rowY(index) + offset });
    }
  });
  return position;
}

function modelMarks({ state, g }: Strips, position: ReturnType<typeof positions>): Mark[] {
  return [...position.values()].map(({ model, x, y }) => ({
    kind: 'symbol',
    key: `model-${model.id}`,
    className: `model-mark lic-${model.licence} country-cn ${model.licence === 'closed' ? 'is-closed' : 'is-open'}${inPeriod(model, state.period) ? '' : ' is-muted'}`,
    x,
    y,
    d: markSymbol(model.licence, g.area),
  }));
}

/**
 * Labels go where they cover no other mark or label: above or below their mark on a desktop, where
 * rows are tall, and beside it first on a phone, where they are not. The first place that covers
 * nothing; failing that, one that covers no other name (a name over a name cannot be read) and the
 * fewest marks; failing that, above the mark.
 */
function modelLabels({ state, variant, size, g, rowY, rowStep, frame }: Strips, byId: Map<string, StripModel>, position: ReturnType<typeof positions>): Mark[] {
  const radius = Math.sqrt(g.area / Math.PI) + 2;
  const markBoxes = [...position.entries()].map(([id, at]) => ({ id, box: { left: at.x - radius, right: at.x + radius, top: at.y - radius, bottom: at.y + radius } }));
  const taken = new Obstacles();
  const bounds: Box = { left: frame.left - 4, right: size.width - 1, top: g.top - 14, bottom: g.axisY };
  return [...state.labels]
    .sort((a, b) => compareDates(byId.get(a)!.released, byId.get(b)!.released))
    .map((id) => {
      const model = byId.get(id)!;
      const at = position.get(id)!;
      const text = shortModelName(model.name);
      const width = estimateTextWidth(text, g.font) * 1.08;
      const index = ORGANISATIONS.findIndex((org) => org.key === model.row);
      const centre = { above: rowY(index) - rowStep / 2 + g.font + 1, below: rowY(index) + rowStep / 2 - 3 };
      const clampLeft = (left: number) => Math.min(Math.max(frame.left - 4, left), size.width - 2 - width);
      const above = Math.min(centre.above, at.y - radius - 2);
      const below = Math.max(centre.below, at.y + radius + g.font);
      const beside = at.y + g.font / 2 - 1;
      // Above and below, centred on the mark first, then slid along it when a neighbour is in the
      // way, never so far that the mark is no longer under (or over) its name.
      const slid = (baseline: number) => [0, -0.25, 0.25, -0.45, 0.45].map((shift) => ({ left: clampLeft(at.x - width / 2 + shift * width), baseline }));
      const aboveOrBelow = [...slid(above), ...slid(below)];
      const besideMark = [
        { left: at.x + radius + 3, baseline: beside },
        { left: at.x - radius - 3 - width, baseline: beside },
      ];
      const ordered = variant === 'wide' ? [...aboveOrBelow.slice(0, 1), ...aboveOrBelow.slice(5, 6), ...besideMark, ...aboveOrBelow] : [...besideMark, ...aboveOrBelow];
      const boxOf = (candidate: { left: number; baseline: number }): Box => ({ left: candidate.left, right: candidate.left + width, top: candidate.baseline - g.font + 1, bottom: candidate.baseline + 2 });
      const others = new Obstacles(markBoxes.filter((mark) => mark.id !== id).map((mark) => mark.box));
      const chosen = choose(ordered, { allowed: (candidate) => within(boxOf(candidate), bounds) && taken.clear(boxOf(candidate)), cost: (candidate) => others.count(boxOf(candidate)) }) ?? aboveOrBelow[0]!;
      taken.add(boxOf(chosen));
      return { kind: 'text', key: `label-${id}`, className: 'model-label label-cn', x: chosen.left + width / 2, y: chosen.baseline, text, anchor: 'middle', size: g.font, weight: 'bold' } satisfies Mark;
    });
}

/**
 * Arrows run along the row from one model to the next, with the caption in the empty stretch to the
 * left of the first (an arc would cross into the neighbouring rows' models).
 */
/**
 * A step's arrow caption as a phone has room for it: without the "Baidu:" the row already says, and a
 * change of licence ("closed, then open") written as one ("closed → open").
 */
function shortCaption(caption: string, words: Words): string {
  const short = (caption.split(':')[1] ?? caption).trim();
  const change = /^(.+?), then (.+)$/.exec(short);
  return change ? words.t('modelFamilyStrips.arrow.change', { from: change[1]!, to: change[2]! }) : short;
}

function arrows({ state, variant, words, g }: Strips, position: ReturnType<typeof positions>): Mark[] {
  return state.arrows.flatMap((arrow): Mark[] => {
    const from = position.get(arrow.from)!;
    const to = position.get(arrow.to)!;
    const [startX, tipX] = [from.x + 8, to.x - 8];
    const caption = variant === 'wide' ? arrow.caption : shortCaption(arrow.caption, words);
    return [
      segmentMark(`arrow-${arrow.from}-${arrow.to}`, 'switch-arrow', [startX, from.y], [Math.max(startX, tipX - 6), to.y]),
      { kind: 'path', key: `arrowhead-${arrow.from}-${arrow.to}`, className: 'switch-arrowhead', d: `${linePath([[tipX, to.y], [tipX - 8, to.y - 4.5], [tipX - 8, to.y + 4.5]])}Z` },
      { kind: 'text', key: `arrow-caption-${arrow.from}-${arrow.to}`, className: 'switch-caption label-cn', x: from.x - 11, y: from.y + g.font / 2 - 1, text: caption, anchor: 'end', size: g.font, weight: 'bold' },
    ];
  });
}
