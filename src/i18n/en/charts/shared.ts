/** Words every chart may draw (src/charts/shared/): axis and key words that belong to no one chart. */
export default {
  /** Short forms of the dataset's country names, where a phone's drawing has no room (shared/text.ts shortName). */
  'charts.shortName.theUnitedStates': 'the US',
  'charts.shortName.unitedStates': 'US',
  'charts.shortName.unitedKingdom': 'UK',
  'charts.shortName.southKorea': 'S. Korea',
} as const satisfies Record<`charts.${string}`, string>;
