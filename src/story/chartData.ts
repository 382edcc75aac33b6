/**
 * Each chart's slice of the dataset, selected once per build and shared by every sequence that
 * draws the chart and by the story's checks (in development, afresh each time so edits show up).
 */
import { getChart } from '../charts/registry';
import { getDataset } from '../data/dataset';

const cache = new Map<string, Promise<unknown>>();

export function getChartData(chartName: string): Promise<unknown> {
  const select = async () => getChart(chartName).select(await getDataset());
  if (import.meta.env.DEV) return select();
  let data = cache.get(chartName);
  if (!data) cache.set(chartName, (data = select()));
  return data;
}
