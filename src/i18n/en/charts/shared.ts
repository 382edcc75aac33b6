/** Words every chart may draw (src/charts/shared/): axis and key words that belong to no one chart. */
export default {
  /** A share in per cent, its number already written for the page (where the sign goes differs by language). */
  'charts.percent': '{value}%',
  /** Short forms of long country names, for phone-sized charts (src/charts/shared/text.ts). */
  'charts.country.short.US': 'US',
  'charts.country.short.GB': 'UK',
  'charts.country.short.KR': 'S. Korea',
} as const satisfies Record<`charts.${string}`, string>;
