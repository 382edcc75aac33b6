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
import { scaleBand, scaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import type { Layer, Mark, Scene, Size, Variant } from '../contract';
import { bottomAxis, leftAxis } from '../shared/axis';
import { plotFrame } from '../shared/frame';
import type { OpenModelsByCountryState } from './state';

export type CountryKey = 'us' | 'cn';
export const COUNTRIES: CountryKey[] = ['us', 'cn'];
export const COUNTRY_NAMES: Record<CountryKey, string> = { us: 'US', cn: 'China' };

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
  asOf: string;
  sources: string[];
}

export const MARGINS = {
  wide: { top: 94, right: 12, bottom: 46, left: 44 },
  narrow: { top: 90, right: 6, bottom: 44, left: 44 },
} as const;

const FONT = { wide: 13, narrow: 12 } as const;
const percent = (value: number) => `${Math.round(value * 100)}%`;

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
function valueText(row: YearCount, view: OpenModelsByCountryState['view']): string {
  switch (view) {
    case 'totals':
      return String(row.total);
    case 'split':
    case 'open':
      return String(row.open);
    case 'share':
      return row.total ? percent(row.open / row.total) : '–';
  }
}

/** One line per highlighted year: "2024: China 14 of 26 open, US 15 of 47". */
function highlightNote(data: OpenModelsData, year: string, variant: Variant): string {
  const cn = rowOf(data, year, 'cn');
  const us = rowOf(data, year, 'us');
  const star = cn.partial ? '*' : '';
  if (variant === 'narrow') return `${year}${star}: China ${cn.open}/${cn.total} open, US ${us.open}/${us.total}`;
  return `${year}${star}: China ${cn.open} of ${cn.total} open, US ${us.open} of ${us.total}`;
}

export function describeState(data: OpenModelsData, state: OpenModelsByCountryState): string {
  const years = checkState(data, state);
  const first = years[0]!;
  const last = years.at(-1)!;
  const parts: string[] = [];
  const series = (pick: (row: YearCount) => string, country: CountryKey) => years.map((year) => `${year} ${pick(rowOf(data, year, country))}`).join(', ');
  switch (state.view) {
    case 'totals':
      parts.push(`Notable AI models per year from ${first} to ${last}, US bars beside Chinese bars.`);
      for (const country of COUNTRIES) parts.push(`${COUNTRY_NAMES[country]}: ${series((row) => String(row.total), country)}.`);
      break;
    case 'split':
      parts.push(`The same bars split into models with open weights (filled) and the rest (hollow).`);
      for (const country of COUNTRIES) parts.push(`${COUNTRY_NAMES[country]} open-weight models: ${series((row) => `${row.open} of ${row.total}`, country)}.`);
      break;
    case 'open':
      parts.push(`Only the notable models with open weights, ${first} to ${last}.`);
      for (const country of COUNTRIES) parts.push(`${COUNTRY_NAMES[country]}: ${series((row) => String(row.open), country)}.`);
      break;
    case 'share':
      parts.push(`Each bar is one country's notable models in a year; the filled part is the share with open weights.`);
      for (const country of COUNTRIES) parts.push(`${COUNTRY_NAMES[country]}: ${series((row) => valueText(row, 'share'), country)}.`);
      break;
  }
  for (const year of state.highlight) parts.push(`Highlighted: ${highlightNote(data, year, 'wide')}.`);
  const partial = years.filter((year) => rowOf(data, year, 'us').partial);
  if (partial.length && data.partialNote) parts.push(`${partial.join(', ')} is partial: ${data.partialNote}.`);
  return parts.join(' ');
}

export function layoutOpenModels(data: OpenModelsData, state: OpenModelsByCountryState, size: Size, variant: Variant): Scene {
  const years = checkState(data, state);
  // Each highlight note after the first takes a line of its own, so the plot starts lower.
  const margins = { ...MARGINS[variant], top: MARGINS[variant].top + Math.max(0, state.highlight.length - 1) * (FONT[variant] + 4) };
  const frame = plotFrame(size, margins);
  const fontSize = FONT[variant];
  const rows = years.flatMap((year) => COUNTRIES.map((country) => rowOf(data, year, country)));

  const x = scaleBand<string>().domain(years).range([frame.left, frame.right]).paddingInner(variant === 'wide' ? 0.28 : 0.2).paddingOuter(0.1);
  const barGap = variant === 'wide' ? 2 : 1;
  const barWidth = (x.bandwidth() - barGap) / 2;
  const barX = (row: YearCount) => x(row.year)! + (row.country === 'us' ? 0 : barWidth + barGap);

  const maxValue = state.view === 'share' ? 1 : Math.max(1, ...rows.map((row) => (state.view === 'open' ? row.open : row.total)));
  const y = scaleLinear().domain([0, maxValue]).nice(state.view === 'share' ? 4 : 5).range([frame.bottom, frame.top]);

  const axisTitle = {
    totals: variant === 'wide' ? 'Notable AI models per year' : 'Notable models per year',
    split: variant === 'wide' ? 'Notable AI models per year: open weights filled' : 'Notable models (open filled)',
    open: variant === 'wide' ? 'Notable AI models with open weights per year' : 'Open-weight models per year',
    share: variant === 'wide' ? 'Share of each country’s notable models with open weights' : 'Share with open weights',
  }[state.view];
  const partialYears = new Set(rows.filter((row) => row.partial).map((row) => row.year));
  const yearLabel = (year: string) => `${variant === 'wide' ? year : `’${year.slice(2)}`}${partialYears.has(year) ? '*' : ''}`;
  // bottomAxis takes a continuous scale; years are numbers placed at the middle of their band.
  const yearCentre = Object.assign((value: number) => x(String(value))! + x.bandwidth() / 2, { ticks: () => years.map(Number) });
  const partialTitle = data.partialNote ? `* ${variant === 'wide' ? data.partialNote : data.partialNote.replace(/^1 January to /, 'to ')}` : '*';

  const axes: Mark[] = [
    ...leftAxis(y, frame, {
      key: 'y',
      title: axisTitle,
      format: state.view === 'share' ? (value) => percent(value) : format('d'),
      tickValues: y.ticks(state.view === 'share' ? 4 : 5),
      grid: true,
      fontSize,
    }),
    ...bottomAxis(yearCentre, frame, {
      key: 'x',
      title: partialYears.size ? partialTitle : variant === 'wide' ? 'Year the model was published' : 'Year published',
      format: (value) => yearLabel(String(value)),
      tickValues: years.map(Number),
      fontSize,
    }),
  ];
  // The bottom axis draws ticks at band centres; drop them, the bars themselves mark the years.
  const axisMarks = axes.filter((mark) => !mark.key.startsWith('x-tick-'));

  const emphasis = (year: string) => (state.highlight.length === 0 ? '' : state.highlight.includes(year) ? ' is-highlighted' : ' is-muted');
  const bars: Mark[] = [];
  const labels: Mark[] = [];
  for (const row of rows) {
    const country = `country-${row.country}`;
    const partial = row.partial ? ' is-partial' : '';
    const share = row.total ? row.open / row.total : 0;
    const openValue = state.view === 'share' ? share : row.open;
    const totalValue = state.view === 'share' ? (row.total ? 1 : 0) : state.view === 'open' ? row.open : row.total;
    // Before the split, the rest part is the whole bar and the open part waits, flat, at its foot:
    // one seamless bar that divides when the next step asks for it.
    const openTop = state.view === 'totals' ? frame.bottom : y(openValue);
    const restTop = y(totalValue);
    const bx = barX(row);
    const openClass = state.view === 'totals' ? 'bar-part is-total' : 'bar-part is-open';
    const restClass = state.view === 'totals' ? 'bar-part is-total' : 'bar-part is-closed';
    bars.push({
      kind: 'rect',
      key: `bar-open-${row.country}-${row.year}`,
      className: `${openClass} ${country}${partial}${emphasis(row.year)}`,
      x: bx,
      y: openTop,
      width: barWidth,
      height: frame.bottom - openTop,
    });
    bars.push({
      kind: 'rect',
      key: `bar-rest-${row.country}-${row.year}`,
      className: `${restClass} ${country}${partial}${emphasis(row.year)}`,
      x: bx,
      y: restTop,
      width: barWidth,
      height: Math.max(0, openTop - restTop),
      opacity: state.view === 'open' ? 0 : 1,
    });
    if (state.highlight.includes(row.year)) {
      // Counts sit above the part they count; shares sit in the hollow part above the filled one.
      const anchorY = state.view === 'totals' ? restTop : openTop;
      labels.push({
        kind: 'text',
        key: `value-${row.country}-${row.year}`,
        className: `bar-value label-${row.country}`,
        x: bx + barWidth / 2,
        y: Math.max(frame.top + fontSize, anchorY - 5),
        text: valueText(row, state.view),
        anchor: 'middle',
        size: fontSize,
        weight: 'bold',
      });
    }
  }

  // The partial year says so above its bars.
  for (const year of years.filter((entry) => partialYears.has(entry))) {
    labels.push({
      kind: 'text',
      key: `partial-label-${year}`,
      className: 'partial-label',
      x: x(year)! + x.bandwidth() / 2,
      y: frame.top - 8,
      text: variant === 'wide' ? 'partial year' : 'partial',
      anchor: 'middle',
      size: fontSize,
    });
  }

  // The key, drawn for this view only: which bar is which country (position and name, not only
  // colour), then what the fill means in this view.
  const key: Mark[] = [];
  let keyX = 2;
  const swatchClass = state.view === 'totals' ? 'bar-part is-total' : 'bar-part is-open';
  for (const country of COUNTRIES) {
    key.push({ kind: 'rect', key: `key-swatch-${country}`, className: `${swatchClass} country-${country}`, x: keyX, y: 6, width: 12, height: 12 });
    const text = country === 'us' ? (variant === 'wide' ? 'US (left bar)' : 'US (left)') : variant === 'wide' ? 'China (right bar)' : 'China (right)';
    key.push({ kind: 'text', key: `key-label-${country}`, className: `key-label label-${country}`, x: keyX + 17, y: 17, text, size: fontSize, weight: 'bold' });
    keyX += 17 + text.length * fontSize * 0.6 + 16;
  }
  const fillKey: { swatch: string; text: string }[] =
    state.view === 'totals'
      ? [{ swatch: 'is-total', text: variant === 'wide' ? 'Tinted: all notable models, open or not' : 'Tinted: all notable models' }]
      : state.view === 'open'
        ? [{ swatch: 'is-open', text: variant === 'wide' ? 'Filled: models with open weights (only these here)' : 'Filled: open weights only' }]
        : [
            { swatch: 'is-open', text: variant === 'wide' ? 'Filled: open weights' : 'Filled: open' },
            { swatch: 'is-closed', text: variant === 'wide' ? 'Hollow: other (API, unreleased, not recorded)' : 'Hollow: other' },
          ];
  let fillX = 2;
  fillKey.forEach((entry, index) => {
    key.push({ kind: 'rect', key: `key-fill-swatch-${index}`, className: `bar-part ${entry.swatch} country-other key-fill`, x: fillX + 1, y: 26, width: 10, height: 10 });
    key.push({ kind: 'text', key: `key-fill-label-${index}`, className: 'key-label key-fill-label', x: fillX + 17, y: 35, text: entry.text, size: fontSize });
    fillX += 17 + entry.text.length * fontSize * 0.58 + 14;
  });
  const notes: Mark[] = state.highlight.map((year, index) => ({
    kind: 'text',
    key: `note-${year}`,
    className: 'highlight-note',
    x: 2,
    y: 56 + index * (fontSize + 4),
    text: highlightNote(data, year, variant),
    size: fontSize,
  }));

  const layers: Layer[] = [
    { id: 'axes', marks: axisMarks },
    { id: 'bars', marks: bars },
    { id: 'labels', marks: labels },
    { id: 'key', marks: [...key, ...notes] },
  ];
  return {
    size,
    title: 'Notable AI models per year, United States and China, with the open-weight part',
    description: describeState(data, state),
    layers,
  };
}
