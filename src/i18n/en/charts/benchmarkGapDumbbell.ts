/** The words of the benchmarkGapDumbbell chart (src/charts/benchmarkGapDumbbell/): titles, axes, labels, descriptions, table and key. */
export default {
  'benchmarkGapDumbbell.title': 'How far the best US AI model led the best Chinese model, before and after',
  // A period of the benchmark readings ("end-2023" in the dataset), shorter in a phone's panel title.
  'benchmarkGapDumbbell.period.endOfYear': 'end of {year}',
  'benchmarkGapDumbbell.period.endOfYear.short': 'end {year}',
  'benchmarkGapDumbbell.span': '{from} → {to}',
  // A gap in percent of the Arena score, where the dataset gives no written value.
  'benchmarkGapDumbbell.value.percent': '{value}%',
  'benchmarkGapDumbbell.row.arena': 'Arena',
  // With the later report's row, each Arena row is named by its report's year.
  'benchmarkGapDumbbell.row.report.wide': '{year} report',
  'benchmarkGapDumbbell.row.report.narrow': '{year} ed.',
  'benchmarkGapDumbbell.key.before.wide': 'Earlier gap',
  'benchmarkGapDumbbell.key.before.narrow': 'Earlier',
  'benchmarkGapDumbbell.key.after.wide': 'Later gap',
  'benchmarkGapDumbbell.key.after.narrow': 'Later',
  // Panel titles; {period} is a period or a span. On a phone they carry the unit, as the axis titles give way.
  'benchmarkGapDumbbell.panel.benchmarks.wide': 'Benchmarks: {period}',
  'benchmarkGapDumbbell.panel.benchmarks.narrow': 'Points: {period}',
  'benchmarkGapDumbbell.panel.arena.wide': 'Chatbot Arena (now LMArena): {period}',
  'benchmarkGapDumbbell.panel.arena.narrow': 'Arena, % of score: {period}',
  'benchmarkGapDumbbell.panel.arenaReports.wide': 'Chatbot Arena (now LMArena), two reports: {period}',
  'benchmarkGapDumbbell.panel.arenaReports.narrow': 'Arena, % of score, two reports',
  'benchmarkGapDumbbell.axis.points.wide': 'US lead over China, percentage points',
  'benchmarkGapDumbbell.axis.points.narrow': 'US lead, percentage points',
  'benchmarkGapDumbbell.axis.percent.wide': 'US lead over China, % of arena score',
  'benchmarkGapDumbbell.axis.percent.narrow': 'US lead, % of score',
  'benchmarkGapDumbbell.axis.level': '0 = level',
  // {values} is a list of describe.value.* joined with ", ".
  'benchmarkGapDumbbell.describe.before': 'Lead of the best US model over the best Chinese model, {from}, in percentage points: {values}.',
  'benchmarkGapDumbbell.describe.after': 'Lead of the best US model over the best Chinese model, {from} then {to}, in percentage points: {values}.',
  'benchmarkGapDumbbell.describe.value.before': '{benchmark} {before}',
  'benchmarkGapDumbbell.describe.value.after': '{benchmark} {before} to {after}',
  'benchmarkGapDumbbell.describe.arena.before': "Chatbot Arena, {from}: the best US model's score was {before} higher.",
  'benchmarkGapDumbbell.describe.arena.beforeByReport': "Chatbot Arena, {from}: the best US model's score was {before} higher, as read by the {report}.",
  'benchmarkGapDumbbell.describe.arena.after': "Chatbot Arena: the best US model's score was {before} higher in {from} and {after} higher in {to}.",
  'benchmarkGapDumbbell.describe.arena.afterByReport':
    "Chatbot Arena, as read by the {report}: the best US model's score was {before} higher in {from} and {after} higher in {to}.",
  'benchmarkGapDumbbell.describe.latest.widened':
    "A second Arena row gives the {report}'s reading: {before} in {from} and {after} in {to}, so the gap widened between them. The two reports disagree about {from}.",
  'benchmarkGapDumbbell.describe.latest.narrowed':
    "A second Arena row gives the {report}'s reading: {before} in {from} and {after} in {to}, so the gap narrowed between them. The two reports disagree about {from}.",
  // {names} is a list joined with ", ": benchmarks by name, Arena rows as describe.arenaRow.
  'benchmarkGapDumbbell.describe.highlighted': 'Highlighted: {names}.',
  'benchmarkGapDumbbell.describe.arenaRow': 'Chatbot Arena ({report})',
  'benchmarkGapDumbbell.table.caption': 'Lead of the best US model over the best Chinese model ({report}; the second Arena row, {latestReport})',
  'benchmarkGapDumbbell.table.measure': 'Measure',
  'benchmarkGapDumbbell.table.earlier': 'Earlier gap',
  'benchmarkGapDumbbell.table.later': 'Later gap',
  'benchmarkGapDumbbell.table.when': 'When',
  'benchmarkGapDumbbell.table.unit': 'Unit',
  'benchmarkGapDumbbell.table.arenaScore': 'Chatbot Arena score ({report})',
  'benchmarkGapDumbbell.table.period': '{from} and {to}',
  'benchmarkGapDumbbell.table.percent': '% of score',
  'benchmarkGapDumbbell.table.points': 'percentage points',
  'benchmarkGapDumbbell.legend.before': 'Earlier gap ({benchmarks}; Arena: {arena}, or {latest} in the {latestReport})',
  'benchmarkGapDumbbell.legend.after': 'Later gap ({benchmarks}; Arena: {arena}, or {latest} in the {latestReport})',
} as const satisfies Record<`benchmarkGapDumbbell.${string}`, string>;
