import { defineChart } from '../contract';
import { latestAsOf, sourcesOf } from '../shared/records';
import { formatDate } from '../../i18n/format';
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

  table(data) {
    const ruleName = (id: string) => {
      const rule = data.rules.get(id);
      return rule ? measureName(rule) : id;
    };
    return {
      caption: 'AI accelerators: compute, memory and the US export rules that cover them',
      columns: [
        { key: 'chip', label: 'Chip' },
        { key: 'vendor', label: 'Maker' },
        { key: 'released', label: 'Released' },
        { key: 'market', label: 'Sold to' },
        { key: 'tflops', label: 'Dense 16-bit TFLOPS', numeric: true },
        { key: 'bandwidth', label: 'Memory bandwidth (TB/s)', numeric: true },
        { key: 'interconnect', label: 'Chip-to-chip link (GB/s)', numeric: true },
        // A chip may meet the test of a rule that a later rule had already replaced when it came out
        // (the H200 and the 2022 rule): the column says whose test it meets, not which rule was in force.
        { key: 'coveredBy', label: 'Meets the licence test of' },
        { key: 'estimate', label: 'Figures' },
      ],
      rows: [...data.chips]
        .sort((a, b) => compareDates(a.released, b.released))
        .map((chip) => ({
          chip: shortChipName(chip),
          vendor: chip.vendor,
          released: chip.reportedOnly ? `not confirmed by its maker (press reports of a plan for ${formatDate(chip.released)})` : formatDate(chip.released),
          market: chip.market === 'global' ? 'Worldwide' : chip.market === 'china' ? 'China (made to pass a rule)' : 'Made in China',
          tflops: chip.tflopsDense,
          bandwidth: chip.memoryBandwidthTBs ?? '',
          interconnect: chip.interconnectGBs ?? 'not published',
          coveredBy: chip.coveredBy.length ? `licence: ${chip.coveredBy.map(ruleName).join('; ')}` : chip.market === 'domestic' ? 'not applicable (made in China)' : 'no licence needed',
          estimate: chip.estimate ? 'estimate' : 'maker’s datasheet',
        })),
    };
  },

  sources: (data) => sourcesOf(data.chips, data.rules.values()),
  // A chip known only from press reports has no release to date the chart by.
  asOf: (data) => latestAsOf([...data.chips.filter((chip) => !chip.reportedOnly).map((chip) => chip.released), ...[...data.rules.values()].map((rule) => rule.date)]),

  estimate: (data) => data.chips.some((chip) => chip.estimate),

  legend: () => [
    { symbol: 'circle', className: 'chip country-us market-global', label: 'US chip sold worldwide' },
    { symbol: 'triangle', className: 'chip country-us market-china', label: 'US chip made for China (drawn inside the chip it copies)' },
    { symbol: 'diamond', className: 'chip country-cn market-domestic is-estimate', label: 'Chinese-made chip; dashed and lighter: estimated figures' },
    { symbol: 'circle', className: 'chip country-other chip-ring-key', label: 'Heavy ring and bold name: needs a US licence for China' },
    { symbol: 'line', className: 'rule-line rule-line--current', label: 'Compute bar of the rule in force' },
    { symbol: 'line', className: 'rule-line rule-line--band', label: 'Lower bar (2023 rule), for densely packed chips only' },
    { symbol: 'square', className: 'review-box', label: 'Box (2026 rule): licences for chips inside it reviewed case by case' },
  ],
});
