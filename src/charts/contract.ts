/**
 * The one chart contract. A chart is a folder under src/charts/<chartName>/ whose index.ts
 * default-exports `defineChart({...})`:
 *
 *   stateSchema  zod schema of the chart's State: what a scrolly step may ask the chart to show.
 *                Steps are validated against it at build time, so a wrong key fails the build.
 *   exampleStates  representative states, laid out by the contract tests.
 *   select       picks and shapes the records it needs from the typed dataset (once per build).
 *   layout       pure: (data, state, size) -> Scene of marks. No DOM. Runs at build time for every
 *                step and for both shapes (wide and narrow), so every state is precomputed.
 *   table        the same records as a real table (the "show data" toggle, print, downloads).
 *   legend       the key to the chart's encodings, drawn in HTML beside it.
 *                layout, table and legend take the page's `Words` last: every word a chart draws
 *                or reads out comes from the dictionary (src/i18n/en/charts/<chartName>.ts).
 *   sources      source ids behind the chart, for its source line and the chapter's sources list.
 *   asOf         the date the chart's data describe the world at.
 *
 * Marks are plain data. `renderScene.ts` writes them as SVG at build time and the shared browser
 * client (src/scrolly/client) moves the same keyed elements between states, so no chart ships code.
 */
import type { z } from 'astro/zod';
import type { Dataset } from '../data/schema';
import type { Words } from '../i18n/words';

/** Two drawing shapes: the desktop graphic beside the text, and the phone graphic above it. */
export type Variant = 'wide' | 'narrow';

export interface Size {
  width: number;
  height: number;
}

/**
 * viewBox sizes. The narrow one is 320 units wide so that on any phone (>= 320 px) one unit is at
 * least one pixel and 12-unit chart text never renders below 12 px.
 */
export const CHART_SIZES: Record<Variant, Size> = {
  wide: { width: 640, height: 480 },
  narrow: { width: 320, height: 290 },
};

export const VARIANTS: Variant[] = ['wide', 'narrow'];

/** Minimum font size in viewBox units; tests check that no text mark is smaller. */
export const MIN_FONT_SIZE = 12;

interface MarkBase {
  /** Stable across states: the client joins on it, so the same thing keeps the same key. */
  key: string;
  /** Semantic classes styled in src/styles/charts.css (country, emphasis, muted...). */
  className?: string;
  /** 0 hides a mark without removing it (fades in and out). */
  opacity?: number;
  /** Optional dash pattern, so lines differ by more than colour. */
  dash?: string;
}

export interface CircleMark extends MarkBase {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
}

export interface RectMark extends MarkBase {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LineMark extends MarkBase {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PathMark extends MarkBase {
  kind: 'path';
  d: string;
}

/** A symbol (d3-shape) drawn around the origin and placed at (x, y), so it moves by translation. */
export interface SymbolMark extends MarkBase {
  kind: 'symbol';
  x: number;
  y: number;
  d: string;
}

export interface TextMark extends MarkBase {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Font size in viewBox units; defaults to 13 wide and 12 narrow (see charts.css). */
  size?: number;
  weight?: 'normal' | 'bold';
}

export type Mark = CircleMark | RectMark | LineMark | PathMark | SymbolMark | TextMark;
export type MarkKind = Mark['kind'];

export interface Layer {
  /** Layers are drawn in order; ids are stable across states. */
  id: string;
  marks: Mark[];
}

export interface Scene {
  size: Size;
  /** Short accessible name of the chart in this state (SVG <title>). */
  title: string;
  /** What the chart shows in this state, in a sentence or two (SVG <desc>). */
  description: string;
  layers: Layer[];
}

export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

export interface TableSpec {
  caption: string;
  columns: TableColumn[];
  rows: Record<string, string | number>[];
}

/** A key to the chart's encodings, drawn in HTML under the graphic (same for every state). */
export interface LegendItem {
  symbol: 'circle' | 'triangle' | 'diamond' | 'square' | 'line' | 'dashed-line';
  /** Mark classes, so the swatch is styled exactly like the marks it explains. */
  className: string;
  label: string;
}

/**
 * A chart's visual form, as a reader would name it. Two charts can be different components and
 * still the same form (two timelines with a row per actor); the chapter standard asks that no two
 * chapters lead with the same form (tests/unit/chartForms.test.ts).
 */
export type ChartForm = 'bars' | 'dumbbell' | 'dots-over-time' | 'dot-plot' | 'flow' | 'lines' | 'row-timeline' | 'scatter';

export interface ChartDefinition<Schema extends z.ZodType, Data> {
  name: string;
  form: ChartForm;
  stateSchema: Schema;
  /** A few representative states: the contract tests lay each out, and embeds default to the first. */
  exampleStates: [z.input<Schema>, ...z.input<Schema>[]];
  /** Picks records and shapes them; no words (they depend on the page's language: `words` below). */
  select(dataset: Dataset): Data;
  layout(data: Data, state: z.output<Schema>, size: Size, variant: Variant, words: Words): Scene;
  table(data: Data, words: Words): TableSpec;
  sources(data: Data): string[];
  asOf(data: Data): string;
  /** True when the chart shows estimates or claims, so its source line says so. */
  estimate?(data: Data): boolean;
  legend?(data: Data, words: Words): LegendItem[];
}

export type AnyChart = ChartDefinition<z.ZodType, unknown>;

/** Identity function that gives a chart definition its types. */
export function defineChart<Schema extends z.ZodType, Data>(chart: ChartDefinition<Schema, Data>): ChartDefinition<Schema, Data> {
  return chart;
}
