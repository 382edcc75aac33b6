/**
 * Notable AI models per year, US beside China, as grouped bars. Each bar is drawn as two stacked
 * rectangles, the open-weight part at the bottom and the rest above it, so that one set of marks
 * can show totals, the open/closed split, the open part alone, or each country's open share, and
 * the browser animates between them.
 *
 * Encodings, so colour is never alone: the US bar is always left of China's in a year, and a key
 * names both; open weights are filled, the rest hollow (the site-wide convention); the partial
 * year is paler, labelled "partial", with an asterisk on its axis label and a note in place of the
 * axis title (never dashed: on this site a dash means an estimate). The key is drawn inside the
 * chart and changes with the view, so it never explains an encoding the view does not use.
 */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import type { Words } from '../../i18n/words';
import type { Mark, Scene, Size, Variant } from '../contract';
import { bottomAxis, leftAxis } from '../shared/axis';
import { plotFrame, type Frame } from '../shared/frame';
import { estimateTextWidth } from '../shared/labels';
import { emphasisClass, layers, rowPositions } from '../shared/markBuilders';
import type { OpenModelsByCountryState } from './state';

export type CountryKey = 'us' | 'cn';
export const COUNTRIES: CountryKey[] = ['us', 'cn'];

/** A country's name as the chart writes it ("US", "China"). */
export const countryName = (country: CountryKey, words: Words) => words.t(`openModelsByCountry.country.${country}`);

export interface YearCount {
  year: string;
  country: CountryKey;
  /** Notable models with at least one developer in the country that year. */
  total: number;
  /** Of which with open weights (any of Epoch's three open categories). */
  open: number;
  /** The year is only partly covered by the data (its note says which part). */
  partial: boolean;
  note?: string | undefined;
}

export interface OpenModelsData {
  rows: YearCount[];
  /** Every year with data, oldest first. */
  years: string[];
  /** What the partial year covers, from the data's note ("1 January to 22 May 2025 only"). */
  partialNote?: string | undefined;
  /** Who publishes the table the counts come from (its source's publisher). */
  publisher: string;
  asOf: string;
  sources: string[];
}

export const MARGINS = {
  wide: { top: 94, right: 12, bottom: 46, left: 44 },
  narrow: { top: 90, right: 6, bottom: 44, left: 44 },
} as const;

const FONT = { wide: 13, narrow: 12 } as const;
const percent = (value: number, words: Words) => words.t('openModelsByCountry.percent', { value: words.number(Math.round(value * 100)) });

export function shownYears(data: OpenModelsData, state: OpenModelsByCountryState): string[] {
  const partial = new Set(data.rows.filter((row) => row.partial).map((row) => row.year));
  return data.years.filter((year) => state.partialYear || !partial.has(year));
}

function rowOf(data: OpenModelsData, year: string, country: CountryKey): YearCount {
  const row = data.rows.find((entry) => entry.year === year && entry.country === country);
  if (!row) throw new Error(`openModelsByCountry: no ${country} count for ${year}`);
  return row;
}

function checkState(data: OpenModelsData, state: OpenModelsByCountryState): string[] {
  const years = shownYears(data, state);
  for (const year of state.highlight) {
    if (!data.years.includes(year)) throw new Error(`openModelsByCountry: no data for highlighted year "${year}"`);
    if (!years.includes(year)) throw new Error(`openModelsByCountry: highlighted year "${year}" is partial; set partialYear: true to show it`);
  }
  return years;
}

/** The figure a bar's label shows in a view. */
function valueText(row: YearCount, view: OpenModelsByCountryState['view'], words: Words): string {
  switch (view) {
    case 'totals':
      return words.number(row.total);
    case 'split':
    case 'open':
      return words.number(row.open);
    case 'share':
      return row.total ? percent(row.open / row.total, words) : '–';
  }
}

/** One line per highlighted year: "2024: China 14 of 26 open, US 15 of 47". */
function highlightNote(data: OpenModelsData, year: string, variant: Variant, words: Words): string {
  const { number } = words;
  const cn = rowOf(data, year, 'cn');
  const us = rowOf(data, year, 'us');
  const star = cn.partial ? '*' : '';
  const params = { year: `${words.date(year)}${star}`, cnOpen: number(cn.open), cnTotal: number(cn.total), usOpen: number(us.open), usTotal: number(us.total) };
  return words.t(`openModelsByCountry.note.${variant}`, params);
}

export function describeState(data: OpenModelsData, state: OpenModelsByCountryState, words: Words): string {
  const { t } = words;
  const years = checkState(data, state);
  const [first, last] = [words.date(years[0]!), words.date(years.at(-1)!)];
  const parts = [t(`openModelsByCountry.describe.intro.${state.view}`, { first, last })];
  // Each country's figures year by year: the split view gives the open part of the whole, the others the bar's figure.
  const value = (row: YearCount) =>
    state.view === 'split' ? t('openModelsByCountry.describe.openOfTotal', { open: words.number(row.open), total: words.number(row.total) }) : valueText(row, state.view, words);
  for (const country of COUNTRIES) {
    const values = words.list(
      years.map((year) => t('openModelsByCountry.describe.value', { year: words.date(year), value: value(rowOf(data, year, country)) })),
      'items',
    );
    parts.push(t(state.view === 'split' ? 'openModelsByCountry.describe.countryOpen' : 'openModelsByCountry.describe.country', { country: countryName(country, words), values }));
  }
  for (const year of state.highlight) parts.push(t('openModelsByCountry.describe.highlighted', { note: highlightNote(data, year, 'wide', words) }));
  const partial = years.filter((year) => rowOf(data, year, 'us').partial);
  if (partial.length && data.partialNote) parts.push(t('openModelsByCountry.describe.partial', { years: words.list(partial.map((year) => words.date(year)), 'items'), note: data.partialNote }));
  return parts.join(' ');
}

/** What every part of the drawing is placed by. */
interface Plot {
  data: OpenModelsData;
  state: OpenModelsByCountryState;
  variant: Variant;
  words: Words;
  frame: Frame;
  fontSize: number;
  years: string[];
  rows: YearCount[];
  partialYears: Set<string>;
  x: ScaleBand<string>;
  y: ScaleLinear<number, number>;
  barWidth: number;
  barX: (row: YearCount) => number;
}

function plot(data: OpenModelsData, state: OpenModelsByCountryState, size: Size, variant: Variant, words: Words): Plot {
  const years = checkState(data, state);
  // Each highlight note after the first takes a line of its own, so the plot starts lower.
  const margins = { ...MARGINS[variant], top: MARGINS[variant].top + Math.max(0, state.highlight.length - 1) * (FONT[variant] + 4) };
  const frame = plotFrame(size, margins);
  const rows = years.flatMap((year) => COUNTRIES.map((country) => rowOf(data, year, country)));
  const x = scaleBand<string>().domain(years).range([frame.left, frame.right]).paddingInner(variant === 'wide' ? 0.28 : 0.2).paddingOuter(0.1);
  const barGap = variant === 'wide' ? 2 : 1;
  const barWidth = (x.bandwidth() - barGap) / 2;
  const maxValue = state.view === 'share' ? 1 : Math.max(1, ...rows.map((row) => (state.view === 'open' ? row.open : row.total)));
  const y = scaleLinear().domain([0, maxValue]).nice(state.view === 'share' ? 4 : 5).range([frame.bottom, frame.top]);
  const partialYears = new Set(rows.filter((row) => row.partial).map((row) => row.year));
  return { data, state, variant, words, frame, fontSize: FONT[variant], years, rows, partialYears, x, y, barWidth, barX: (row) => x(row.year)! + (row.country === 'us' ? 0 : barWidth + barGap) };
}

export function layoutOpenModels(data: OpenModelsData, state: OpenModelsByCountryState, size: Size, variant: Variant, words: Words): Scene {
  const p = plot(data, state, size, variant, words);
  return {
    size,
    title: words.t('openModelsByCountry.title'),
    description: describeState(data, state, words),
    layers: layers({ axes: axes(p), bars: p.rows.flatMap((row) => bars(p, row)), labels: [...p.rows.flatMap((row) => valueLabel(p, row)), ...partialLabels(p)], key: [...countryKey(p), ...fillKey(p), ...notes(p)] }),
  };
}

/**
 * What the partial year covers, in place of the axis title: the dataset's note, and on a phone from
 * its end on ("1 January to 22 May 2025 only" -> "to 22 May 2025 only"). The note is the only record
 * of that end date, so the phone's form is cut from it.
 */
function partialTitle(note: string | undefined, variant: Variant, { t }: Words): string {
  if (!note) return '*';
  const end = /^1 January to (.*)$/.exec(note)?.[1];
  return variant === 'narrow' && end ? t('openModelsByCountry.axis.partialTo', { end }) : t('openModelsByCountry.axis.partial', { note });
}

function axes({ data, state, variant, words, frame, fontSize, years, partialYears, x, y }: Plot): Mark[] {
  const yearText = (year: string) => (variant === 'wide' ? words.date(year) : words.t('openModelsByCountry.yearShort', { yy: year.slice(2) }));
  const yearLabel = (year: string) => `${yearText(year)}${partialYears.has(year) ? '*' : ''}`;
  // bottomAxis takes a continuous scale; years are numbers placed at the middle of their band.
  const yearCentre = Object.assign((value: number) => x(String(value))! + x.bandwidth() / 2, { ticks: () => years.map(Number) });
  const share = state.view === 'share';
  const format = share ? (value: number) => percent(value, words) : (value: number) => words.number(value, { maximumFractionDigits: 0 });
  return [
    ...leftAxis(y, frame, { key: 'y', title: words.t(`openModelsByCountry.axis.y.${state.view}.${variant}`), format, tickValues: y.ticks(share ? 4 : 5), grid: true, fontSize }),
    ...bottomAxis(yearCentre, frame, {
      key: 'x',
      title: partialYears.size ? partialTitle(data.partialNote, variant, words) : words.t(`openModelsByCountry.axis.x.${variant}`),
      format: (value) => yearLabel(String(value)),
      tickValues: years.map(Number),
      fontSize,
    }),
    // The bottom axis draws ticks at band centres; drop them, the bars themselves mark the years.
  ].filter((mark) => !mark.key.startsWith('x-tick-'));
}

/** Where a row's open part and the rest reach, in this view. */
function barTops({ state, frame, y }: Plot, row: YearCount): { openTop: number; restTop: number } {
  const share = row.total ? row.open / row.total : 0;
  const openValue = state.view === 'share' ? share : row.open;
  const totalValue = state.view === 'share' ? (row.total ? 1 : 0) : state.view === 'open' ? row.open : row.total;
  // Before the split, the rest part is the whole bar and the open part waits, flat, at its foot:
  // one seamless bar that divides when the next step asks for it.
  return { openTop: state.view === 'totals' ? frame.bottom : y(openValue), restTop: y(totalValue) };
}

function bars(p: Plot, row: YearCount): Mark[] {
  const { state, frame, barWidth } = p;
  const { openTop, restTop } = barTops(p, row);
  const look = `country-${row.country}${row.partial ? ' is-partial' : ''}${emphasisClass(state.highlight, row.year)}`;
  const totals = state.view === 'totals';
  const bx = p.barX(row);
  return [
    { kind: 'rect', key: `bar-open-${row.country}-${row.year}`, className: `${totals ? 'bar-part is-total' : 'bar-part is-open'} ${look}`, x: bx, y: openTop, width: barWidth, height: frame.bottom - openTop },
    {
      kind: 'rect',
      key: `bar-rest-${row.country}-${row.year}`,
      className: `${totals ? 'bar-part is-total' : 'bar-part is-closed'} ${look}`,
      x: bx,
      y: restTop,
      width: barWidth,
      height: Math.max(0, openTop - restTop),
      opacity: state.view === 'open' ? 0 : 1,
    },
  ];
}

/** A highlighted year's values: counts sit above the part they count; shares sit in the hollow part above the filled one. */
function valueLabel(p: Plot, row: YearCount): Mark[] {
  if (!p.state.highlight.includes(row.year)) return [];
  const { openTop, restTop } = barTops(p, row);
  const anchorY = p.state.view === 'totals' ? restTop : openTop;
  const y = Math.max(p.frame.top + p.fontSize, anchorY - 5);
  return [{ kind: 'text', key: `value-${row.country}-${row.year}`, className: `bar-value label-${row.country}`, x: p.barX(row) + p.barWidth / 2, y, text: valueText(row, p.state.view, p.words), anchor: 'middle', size: p.fontSize, weight: 'bold' }];
}

/** The partial year says so above its bars. */
function partialLabels({ variant, words, frame, fontSize, years, partialYears, x }: Plot): Mark[] {
  return years
    .filter((year) => partialYears.has(year))
    .map((year) => ({ kind: 'text', key: `partial-label-${year}`, className: 'partial-label', x: x(year)! + x.bandwidth() / 2, y: frame.top - 8, text: words.t(`openModelsByCountry.partial.${variant}`), anchor: 'middle', size: fontSize }));
}

/** The key, drawn for this view only: which bar is which country (position and name, not only colour). */
function countryKey({ state, variant, words, fontSize }: Plot): Mark[] {
  const swatchClass = state.view === 'totals' ? 'bar-part is-total' : 'bar-part is-open';
  const texts = COUNTRIES.map((country) => words.t(`openModelsByCountry.key.${country}.${variant}`));
  const lefts = rowPositions(texts.map((text) => 17 + estimateTextWidth(text, fontSize, { bold: true })), 2, 16);
  return COUNTRIES.flatMap((country, index): Mark[] => [
    { kind: 'rect', key: `key-swatch-${country}`, className: `${swatchClass} country-${country}`, x: lefts[index]!, y: 6, width: 12, height: 12 },
    { kind: 'text', key: `key-label-${country}`, className: `key-label label-${country}`, x: lefts[index]! + 17, y: 17, text: texts[index]!, size: fontSize, weight: 'bold' },
  ]);
}

/** Then what the fill means in this view. */
function fillKey({ state, variant, words, fontSize }: Plot): Mark[] {
  const fill = (swatch: string, name: 'total' | 'openOnly' | 'open' | 'other') => ({ swatch, text: words.t(`openModelsByCountry.fill.${name}.${variant}`) });
  const entries: { swatch: string; text: string }[] =
    state.view === 'totals'
      ? [fill('is-total', 'total')]
      : state.view === 'open'
        ? [fill('is-open', 'openOnly')]
        : [fill('is-open', 'open'), fill('is-closed', 'other')];
  const lefts = rowPositions(entries.map((entry) => 17 + estimateTextWidth(entry.text, fontSize)), 2, 14);
  return entries.flatMap((entry, index): Mark[] => [
    { kind: 'rect', key: `key-fill-swatch-${index}`, className: `bar-part ${entry.swatch} country-other key-fill`, x: lefts[index]! + 1, y: 26, width: 10, height: 10 },
    { kind: 'text', key: `key-fill-label-${index}`, className: 'key-label key-fill-label', x: lefts[index]! + 17, y: 35, text: entry.text, size: fontSize },
  ]);
}

function notes({ data, state, variant, words, fontSize }: Plot): Mark[] {
  return state.highlight.map((year, index) => ({ kind: 'text', key: `note-${year}`, className: 'highlight-note', x: 2, y: 56 + index * (fontSize + 4), text: highlightNote(data, year, variant, words), size: fontSize }));
}
