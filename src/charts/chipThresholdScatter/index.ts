import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import type { Chip, DatasetEvent } from '../../data/schema';
import { compareDates } from '../../data/dates';
import { layoutChipThresholds, measureName, shortChipName, type ChipThresholdData } from './layout';
import { chipThresholdState } from './state';

export default defineChart({
  name: 'chipThresholdScatter',
  form: 'scatter',
  stateSchema: chipThresholdState,
  exampleStates: [
    { chips: 'all' },
    { rules: ['bis-rule-2022-10-07'], chips: ['nvidia-a100', 'nvidia-a800', 'nvidia-h100', 'nvidia-h800'], highlight: ['nvidia-a800'] },
    { rules: ['bis-rule-2022-10-07', 'bis-rule-2023-10-17', 'h20-licence-2025-04-09'], chips: 'all' },
    { rules: ['bis-rule-2022-10-07', 'bis-rule-2023-10-17', 'h20-licence-2025-04-09', 'bis-h200-case-by-case-2026-01-15'], chips: ['nvidia-h100', 'nvidia-h200', 'nvidia-b200', 'nvidia-h20'], highlight: ['nvidia-h200'] },
  ],

  select(dataset): ChipThresholdData {
    const chips = dataset.chips.filter((chip) => chip.memoryBandwidthTBs !== undefined);
    // US measures only: China's own export controls (minerals, rare earths) set no test for chips.
    const rules = new Map(dataset.events.filter((event) => event.kind === 'export-control' && event.country === 'US').map((event) => [event.id, event]));
    return { chips, rules };
  },

  layout: layoutChipThresholds,

  table(data, words) {
    const { t } = words;
    const ruleName = (id: string) => {
      const rule = data.rules.get(id);
      return rule ? measureName(rule, words) : id;
    };
    const licence = (chip: Chip) =>
      chip.coveredBy.length
        ? t('chipThresholdScatter.table.licence', { rules: words.list(chip.coveredBy.map(ruleName), 'clauses') })
        : t(chip.market === 'domestic' ? 'chipThresholdScatter.table.notApplicable' : 'chipThresholdScatter.table.noLicence');
    return {
      caption: t('chipThresholdScatter.table.caption'),
      columns: [
        column('chip', t('chipThresholdScatter.table.chip')),
        column('vendor', t('chipThresholdScatter.table.vendor')),
        column('released', t('chipThresholdScatter.table.released')),
        column('market', t('chipThresholdScatter.table.market')),
        column('tflops', t('chipThresholdScatter.table.tflops'), { numeric: true }),
        column('bandwidth', t('chipThresholdScatter.table.bandwidth'), { numeric: true }),
        column('interconnect', t('chipThresholdScatter.table.interconnect'), { numeric: true }),
        // A chip may meet the test of a rule that a later rule had already replaced when it came out
        // (the H200 and the 2022 rule): the column says whose test it meets, not which rule was in force.
        column('coveredBy', t('chipThresholdScatter.table.coveredBy')),
        column('estimate', t('chipThresholdScatter.table.estimate')),
      ],
      rows: [...data.chips]
        .sort((a, b) => compareDates(a.released, b.released))
        .map((chip) => ({
          chip: shortChipName(chip),
          vendor: chip.vendor,
          released: chip.reportedOnly ? t('chipThresholdScatter.table.reportedOnly', { date: words.date(chip.released) }) : words.date(chip.released),
          market: t(`chipThresholdScatter.table.market.${chip.market}`),
          tflops: chip.tflopsDense,
          bandwidth: chip.memoryBandwidthTBs ?? '',
          interconnect: chip.interconnectGBs ?? t('chipThresholdScatter.table.notPublished'),
          coveredBy: licence(chip),
          estimate: t(chip.estimate ? 'chipThresholdScatter.table.figures.estimate' : 'chipThresholdScatter.table.figures.datasheet'),
        })),
    };
  },

  sources: (data) => sourcesOf(data.chips, data.rules.values()),
  // A chip known only from press reports has no release to date the chart by.
  asOf: (data) => latestAsOf([...data.chips.filter((chip) => !chip.reportedOnly).map((chip) => chip.released), ...[...data.rules.values()].map((rule) => rule.date)]),

  estimate: (data) => data.chips.some((chip) => chip.estimate),

  legend: (data, { t, date }) => {
    // The year of the rule each bar or box belongs to, from the rule itself.
    const ruleYear = (drawn: (rule: DatasetEvent) => unknown) => {
      const rule = [...data.rules.values()].find(drawn);
      return rule ? date(rule.date.slice(0, 4)) : undefined;
    };
    const [bandYear, reviewYear] = [ruleYear((rule) => rule.threshold?.orTppMin), ruleYear((rule) => rule.reviewLimits)];
    return [
      { symbol: 'circle', className: 'chip country-us market-global', label: t('chipThresholdScatter.legend.global') },
      { symbol: 'triangle', className: 'chip country-us market-china', label: t('chipThresholdScatter.legend.china') },
      { symbol: 'diamond', className: 'chip country-cn market-domestic is-estimate', label: t('chipThresholdScatter.legend.domestic') },
      { symbol: 'circle', className: 'chip country-other chip-ring-key', label: t('chipThresholdScatter.legend.ring') },
      { symbol: 'line', className: 'rule-line rule-line--current', label: t('chipThresholdScatter.legend.ruleLine') },
      ...(bandYear ? [{ symbol: 'line' as const, className: 'rule-line rule-line--band', label: t('chipThresholdScatter.legend.bandLine', { year: bandYear }) }] : []),
      ...(reviewYear ? [{ symbol: 'square' as const, className: 'review-box', label: t('chipThresholdScatter.legend.reviewBox', { year: reviewYear }) }] : []),
    ];
  },
});
