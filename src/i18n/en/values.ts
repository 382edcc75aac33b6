/**
 * How a figure quoted from the dataset is written in prose and in the glossary (<Value>, {{value}}):
 * its unit, a floor as the source words it, and the hover text that names what it measures.
 * `{value}` is the number already written the language's way ("1,234.5", "3.4 × 10²⁴").
 */
export default {
  // A series' unit (src/data/schema.ts SERIES_UNITS). A bare figure (<Value bare>) drops its unit where
  // the sentence says it, except a percentage and a power of ten (src/i18n/values.ts).
  'value.unit.count': '{value}',
  'value.unit.percent': '{value}%',
  'value.unit.percentage-points': '{value} percentage points',
  'value.unit.arena-score': '{value}',
  'value.unit.usd-billions': '${value} billion',
  'value.unit.rmb-billions': 'RMB {value} billion',
  'value.unit.rmb': 'RMB {value}',
  'value.unit.tflops': '{value}',
  'value.unit.flop': '{value}',
  'value.unit.millions': '{value} million',
  'value.unit.usd-millions': '${value} million',
  'value.unit.usd': '${value}',
  'value.unit.months.one': '{value} month',
  'value.unit.months.other': '{value} months',
  'value.unit.index-points': '{value}',
  // A record field's unit (src/data/values.ts FIELD_UNITS).
  'value.field.plain': '{value}',
  'value.field.tflops': '{value} TFLOPS',
  'value.field.gigabytes': '{value} GB',
  'value.field.terabytes-per-second': '{value} TB/s',
  'value.field.gigabytes-per-second': '{value} GB/s',
  'value.field.square-millimetres': '{value} mm²',
  'value.field.billions': '{value} billion',
  'value.field.flop': '{value} FLOP',
  // A figure the source gives as a floor, in the source's words.
  'value.floor.more than': 'more than {value}',
  'value.floor.at least': 'at least {value}',
  // The hover text of a series figure: what it measures and the date it describes.
  'value.title': '{label}, as of {date}',
  'value.title.estimate': '{label} (estimate), as of {date}',
} as const;
