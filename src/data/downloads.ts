/**
 * The data downloads of each dataset collection, as CSV and JSON, built from the typed dataset
 * with sources and "as of" dates, and the licence they carry. One place describes the files (the
 * /data/ page), and one place builds them (the /data/ endpoints). A chart's own download is built
 * where charts are known (src/story/chartTable.ts).
 */
import type { CsvValue } from './csv';
import type { Dataset } from './schema';

export const DATA_LICENCE =
  'The compilation (selection, arrangement and notes) is offered under Creative Commons Attribution 4.0 (CC BY 4.0): credit "Traction & Talent". The figures come from the publishers named in each record, whose own terms apply; Epoch AI\'s datasets are CC BY 4.0 (credit "Epoch AI").';

export type Row = Record<string, CsvValue>;

const list = (values: readonly string[] | undefined) => (values ?? []).join('; ');

/** One table per collection; series are flattened to one row per point. */
export function collectionTables(dataset: Dataset): Record<keyof Dataset, { columns: string[]; rows: Row[]; description: string }> {
  return {
    sources: {
      description: 'Every source the site cites: publisher, title, address, publication and access dates.',
      columns: ['id', 'title', 'publisher', 'url', 'published', 'accessed', 'kind', 'copyOf', 'via', 'licence', 'note'],
      rows: dataset.sources.map((source) => ({ ...source })),
    },
    events: {
      description: 'Dated events: policies, export rules, releases, restrictions, statements.',
      columns: ['id', 'date', 'dateNote', 'country', 'actor', 'kind', 'title', 'summary', 'covers', 'sources', 'restsOnCopy', 'confidence', 'review', 'note'],
      rows: dataset.events.map((event) => ({ ...event, covers: list(event.covers), sources: list(event.sources), tags: list(event.tags), threshold: undefined, reviewLimits: undefined })),
    },
    models: {
      description: 'AI models: developer, country, release date, open weights or closed, licence, parameters, training compute (estimates).',
      columns: ['id', 'name', 'organisation', 'country', 'family', 'released', 'access', 'licence', 'licenceKind', 'parametersTotalB', 'parametersActiveB', 'trainingComputeFlop', 'flagship', 'sources', 'restsOnCopy', 'confidence', 'note'],
      rows: dataset.models.map((model) => ({
        ...model,
        parametersTotalB: model.parameters?.totalB,
        parametersActiveB: model.parameters?.activeB,
        parameters: undefined,
        sources: list(model.sources),
        tags: list(model.tags),
      })),
    },
    chips: {
      description: 'AI accelerators: compute, memory, bandwidth, interconnect, and the US export rules that cover them.',
      columns: ['id', 'name', 'vendor', 'country', 'released', 'tflopsDense', 'memoryGB', 'memoryBandwidthTBs', 'interconnectGBs', 'tpp', 'dieAreaMm2', 'market', 'designedToFit', 'coveredBy', 'estimate', 'sources', 'restsOnCopy', 'confidence', 'note'],
      rows: dataset.chips.map((chip) => ({ ...chip, coveredBy: list(chip.coveredBy), sources: list(chip.sources), tags: list(chip.tags) })),
    },
    series: {
      description: 'Measured quantities, one row per point, with the series\' unit, "as of" date and whether it is an estimate.',
      columns: ['series', 'label', 'unit', 'asOf', 'estimate', 'measure', 'kind', 'date', 'category', 'from', 'to', 'group', 'value', 'floor', 'pointLabel', 'pointNote', 'sources', 'restsOnCopy'],
      rows: dataset.series.flatMap((series) =>
        (series.points as Record<string, unknown>[]).map((point) => ({
          series: series.id,
          label: series.label,
          unit: series.unit,
          asOf: series.asOf,
          estimate: (point.estimate as boolean | undefined) ?? series.estimate,
          measure: series.measure,
          kind: series.kind,
          date: point.date as string | undefined,
          category: point.category as string | undefined,
          from: point.from as string | undefined,
          to: point.to as string | undefined,
          group: point.group as string | undefined,
          value: point.value as number,
          floor: point.floor as boolean | undefined,
          pointLabel: point.label as string | undefined,
          pointNote: point.note as string | undefined,
          sources: list((point.sources as string[] | undefined) ?? series.sources),
          // A point with its own sources carries its own mark; the others rest on the series'.
          restsOnCopy: point.sources ? (point.restsOnCopy as boolean | undefined) : series.restsOnCopy,
        })),
      ),
    },
    glossary: {
      description: 'The glossary: each term with a short definition.',
      columns: ['id', 'term', 'short', 'long', 'related', 'sources'],
      rows: dataset.glossary.map((term) => ({ ...term, related: list(term.related), sources: list(term.sources), aliases: list(term.aliases) })),
    },
  };
}
