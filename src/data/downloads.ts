/**
 * The data downloads of each dataset collection, as CSV and JSON, built from the typed dataset
 * with sources and "as of" dates. The /data/ page and the downloads describe them and their licence
 * in the dictionary's words (data.collection.*, data.licenceText). A chart's own download is built
 * where charts are known (src/story/chartTable.ts).
 */
import type { CsvValue } from './csv';
import type { Dataset } from './schema';

export type Row = Record<string, CsvValue>;

const list = (values: readonly string[] | undefined) => (values ?? []).join('; ');

/** One table per collection; series are flattened to one row per point. */
export function collectionTables(dataset: Dataset): Record<keyof Dataset, { columns: string[]; rows: Row[] }> {
  return {
    sources: {
      columns: ['id', 'title', 'publisher', 'url', 'published', 'accessed', 'kind', 'copyOf', 'via', 'licence', 'note'],
      rows: dataset.sources.map((source) => ({ ...source })),
    },
    events: {
      columns: ['id', 'date', 'dateNote', 'country', 'actor', 'kind', 'title', 'summary', 'covers', 'sources', 'restsOnCopy', 'confidence', 'review', 'note'],
      rows: dataset.events.map((event) => ({ ...event, covers: list(event.covers), sources: list(event.sources), tags: list(event.tags), threshold: undefined, reviewLimits: undefined })),
    },
    models: {
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
      columns: ['id', 'name', 'vendor', 'country', 'released', 'tflopsDense', 'memoryGB', 'memoryBandwidthTBs', 'interconnectGBs', 'tpp', 'dieAreaMm2', 'market', 'designedToFit', 'coveredBy', 'estimate', 'sources', 'restsOnCopy', 'confidence', 'note'],
      rows: dataset.chips.map((chip) => ({ ...chip, coveredBy: list(chip.coveredBy), sources: list(chip.sources), tags: list(chip.tags) })),
    },
    series: {
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
      columns: ['id', 'term', 'short', 'long', 'related', 'sources'],
      rows: dataset.glossary.map((term) => ({ ...term, related: list(term.related), sources: list(term.sources), aliases: list(term.aliases) })),
    },
  };
}
