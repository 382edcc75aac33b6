/**
 * Dates and numbers for readers, as charts, components and pages take them. The functions are
 * those the data layer writes its own figures with (src/data/format.ts), so that a figure reads
 * the same in a glossary definition, a chart label and a table; the data layer imports nothing
 * from here, which keeps the layers pointing one way (tests/unit/layers.test.ts).
 */
export { formatDate, formatDateShort, formatDateShortWithoutYear, formatNumber, formatScientific } from '../data/format';
