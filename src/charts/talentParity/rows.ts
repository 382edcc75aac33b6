/**
 * The measures the parity chart can draw: each counts something for the United States and for China
 * (categories "United States" and "China" of a series, optionally one group of it). They are different
 * measures, of people or of papers, from different sources; the chart puts them on one scale only by
 * asking the same question of each: for every 100 counted for the US, how many for China?
 * A row's names (full, and short for a phone) are in the dictionary under its id.
 */
export interface ParityRow {
  id: string;
  series: string;
  /** The series' group (a year) when the series holds several. */
  group?: string;
}

export const ROWS = [
  { id: 'tracker-2019', series: 'talent-work-location-2019' },
  { id: 'tracker-2022', series: 'talent-work-location-2022' },
  { id: 'cited-2021', series: 'talent-top-cited-ai-papers', group: '2021' },
  { id: 'cited-2024', series: 'talent-top-cited-ai-papers', group: '2024' },
  { id: 'neurips-2025', series: 'talent-neurips-2025-accepted-papers' },
  { id: 'iclr-2026', series: 'talent-iclr-2026-accepted-paper-shares' },
] as const satisfies readonly ParityRow[];

/** The year a row counts: its group, or else the year of the series' figures. */
export function rowYear(row: ParityRow, asOf: string): string {
  return row.group ?? asOf.slice(0, 4);
}

export type RowId = (typeof ROWS)[number]['id'];
export const ROW_IDS = ROWS.map((row) => row.id) as [RowId, ...RowId[]];
