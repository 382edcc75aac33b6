/**
 * Every chart, found by folder: src/charts/<chartName>/index.ts default-exports its definition.
 * Adding a chart means adding a folder; nothing here changes.
 */
import type { AnyChart } from './contract';

const modules = import.meta.glob<{ default: AnyChart }>('./*/index.ts', { eager: true });

export const charts: ReadonlyMap<string, AnyChart> = new Map(
  Object.entries(modules).map(([path, module]) => {
    const folder = path.split('/')[1]!;
    if (module.default.name !== folder) {
      throw new Error(`Chart in src/charts/${folder}/ is named "${module.default.name}"; a chart's name must match its folder.`);
    }
    return [folder, module.default];
  }),
);

export function getChart(name: string): AnyChart {
  const chart = charts.get(name);
  if (!chart) throw new Error(`Unknown chart "${name}". Charts: ${[...charts.keys()].join(', ')}.`);
  return chart;
}
