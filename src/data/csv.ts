/** CSV writing for the data downloads (RFC 4180: quoted when needed, CRLF line ends). */
export type CsvValue = string | number | boolean | undefined | null;

function field(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: string[], rows: Record<string, CsvValue>[]): string {
  return [columns.map(field).join(','), ...rows.map((row) => columns.map((column) => field(row[column])).join(','))].join('\r\n') + '\r\n';
}
