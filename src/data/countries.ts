/**
 * Countries and blocs that records may name. One list, so a typo ("UK" for "GB", "PRC" for "CN")
 * fails validation instead of silently creating a new colour in a chart.
 * Display names live in the strings module (`country.<code>`), ready for translation.
 */
export const COUNTRY_CODES = [
  'US', // United States
  'CN', // China (mainland; Hong Kong organisations are counted with China, as Epoch AI does)
  'TW', // Taiwan
  'EU', // European Union, as a bloc
  'GB', // United Kingdom
  'FR',
  'DE',
  'IT',
  'KR', // South Korea
  'JP',
  'IN',
  'CA',
  'AU',
  'IL',
  'IR',
  'RU',
  'AE',
  'SG',
  'INT', // international or multilateral (a conference, a global leaderboard)
] as const;
