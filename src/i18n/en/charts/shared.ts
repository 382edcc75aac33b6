/** Words every chart may draw (src/charts/shared/): axis and key words that belong to no one chart. */
export default {
  /** A share in per cent, its number already written for the page (where the sign goes differs by language). */
  'charts.percent': '{value}%',
  /** Short forms of long country names, for phone-sized charts (src/charts/shared/text.ts). */
  'charts.country.short.US': 'US',
  'charts.country.short.GB': 'UK',
  'charts.country.short.KR': 'S. Korea',
  // Table columns several charts share.
  'charts.column.model': 'Model',
  'charts.column.country': 'Country',
  'charts.column.released': 'Released',
  'charts.column.weights': 'Weights',
  'charts.column.licence': 'Licence',
  'charts.column.date': 'Date',
  'charts.column.who': 'Who',
  'charts.column.what': 'What',
  'charts.column.kind': 'Kind',
  // A model's weights, in a table cell.
  'charts.weights.open': 'open',
  'charts.weights.closed': 'closed',
} as const satisfies Record<`charts.${string}`, string>;
