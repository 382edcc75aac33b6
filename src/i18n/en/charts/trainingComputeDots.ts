/** The words of the trainingComputeDots chart (src/charts/trainingComputeDots/): titles, axes, labels, descriptions, table and key. */
export default {
  'trainingComputeDots.title': 'Training compute of notable US and Chinese models ({estimator} estimates)',
  'trainingComputeDots.axis.x.wide': 'Training compute (FLOP, log scale: each step is ten times more)',
  'trainingComputeDots.axis.x.narrow': 'Training compute (FLOP, log)',
  // Every value is an estimate to two significant figures: "≈3.5 × 10²⁴".
  'trainingComputeDots.flop': '≈{mantissa} × 10{exponent}',
  'trainingComputeDots.row.wide': '{model} · {developer}',
  'trainingComputeDots.describe.intro': "Training compute of each model, {estimator}'s estimates on a log scale, in floating-point operations (FLOP).",
  // {models} is a list of describe.model.* joined with "; ".
  'trainingComputeDots.describe.group': '{country}: {models}.',
  'trainingComputeDots.describe.model.open': '{model} {flop} (open weights)',
  'trainingComputeDots.describe.model.closed': '{model} {flop} (closed)',
  'trainingComputeDots.describe.claim':
    "Developer's own claim for {model}, final training run only: {gpuHours} million {chip} GPU-hours on {gpus} GPUs, about ${cost} million at rental prices; research and earlier experiments are excluded.",
  // The claim's note, three lines under the axis: a heading, the figures, what they leave out.
  'trainingComputeDots.claim.wide.heading': "{model}: {developer}'s own account, final training run only",
  'trainingComputeDots.claim.wide.figures': '{gpuHours} million {chip} GPU-hours on {gpus} chips, about ${cost} million',
  'trainingComputeDots.claim.wide.excluded': 'at rental prices; research, failed runs, staff and hardware not included',
  'trainingComputeDots.claim.narrow.heading': "{developer}'s claim, final run only:",
  'trainingComputeDots.claim.narrow.figures': '{gpuHours}M {chip} GPU-hours, {gpus} chips,',
  'trainingComputeDots.claim.narrow.excluded': '≈ ${cost}M rent; no research costs',
  'trainingComputeDots.table.caption': 'Training compute of notable US and Chinese models, as estimated by {estimator}',
  'trainingComputeDots.table.developer': 'Developer',
  'trainingComputeDots.table.flop': 'Training compute (FLOP, estimate)',
  'trainingComputeDots.legend.usOpen': 'US developer, open weights',
  'trainingComputeDots.legend.usClosed': 'US developer, closed',
  'trainingComputeDots.legend.cnOpen': 'Chinese developer, open weights',
  'trainingComputeDots.legend.cnClosed': 'Chinese developer, closed',
} as const satisfies Record<`trainingComputeDots.${string}`, string>;
