/**
 * The measures the parity chart can draw: each counts something for the United States and for China
 * (categories "United States" and "China" of a series, optionally one group of it). They are different
 * measures, of people or of papers, from different sources; the chart puts them on one scale only by
 * asking the same question of each: for every 100 counted for the US, how many for China?
 */
export interface ParityRow {
  id: string;
  series: string;
  /** The series' group (a year) when the series holds several. */
  group?: string;
  /** Full name of the measure (desktop), and a short one for a phone. */
  label: string;
  short: string;
}

export const ROWS = [
  {
    id: 'tracker-2019',
    series: 'talent-work-location-2019',
    label: 'Top-tier researchers by workplace, NeurIPS 2019 sample (MacroPolo)',
    short: 'MacroPolo 2019: where they work',
  },
  {
    id: 'tracker-2022',
    series: 'talent-work-location-2022',
    label: "Top-tier researchers by workplace, NeurIPS 2022 sample (MacroPolo's last edition)",
    short: 'MacroPolo 2022: where they work',
  },
  {
    id: 'cited-2021',
    series: 'talent-top-cited-ai-papers',
    group: '2021',
    label: 'The 100 most-cited AI papers of 2021 (AI Index 2026; Hong Kong counted apart)',
    short: 'Most-cited papers of 2021',
  },
  {
    id: 'cited-2024',
    series: 'talent-top-cited-ai-papers',
    group: '2024',
    label: 'The 100 most-cited AI papers of 2024 (AI Index 2026; Hong Kong counted apart)',
    short: 'Most-cited papers of 2024',
  },
  {
    id: 'neurips-2025',
    series: 'talent-neurips-2025-accepted-papers',
    label: 'Papers accepted at NeurIPS 2025 (Paper Copilot)',
    short: 'NeurIPS 2025 papers',
  },
  {
    id: 'iclr-2026',
    series: 'talent-iclr-2026-accepted-paper-shares',
    label: 'Papers accepted at ICLR 2026 with an author from each country (China with Hong Kong; SCMP)',
    short: 'ICLR 2026 papers (with Hong Kong)',
  },
] as const satisfies readonly ParityRow[];

export type RowId = (typeof ROWS)[number]['id'];
export const ROW_IDS = ROWS.map((row) => row.id) as [RowId, ...RowId[]];
