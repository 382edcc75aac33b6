/**
 * Each chart's slice of the dataset, selected once per build and shared by every sequence that
 * draws the chart and by the story's checks.
 */
import { getChart } from '../charts/registry';
import { getDataset } from '../data/dataset';
import { perBuild } from './perBuild';

export const getChartData = perBuild(async (chartName) => getChart(chartName).select(await getDataset()));
