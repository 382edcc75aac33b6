/** Words every chart may draw (src/charts/shared/): axis and key words that belong to no one chart. */
export default {
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
