/** A CSV file as Excel and WPS read Chinese correctly: UTF-8 with a byte-order mark, CRLF lines. */
export function csvBlob(header: string[], rows: Array<Array<string | number | null>>): Blob {
  const cell = (value: string | number | null) => {
    const text = value == null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [header, ...rows].map((row) => row.map(cell).join(','));
  return new Blob(['\uFEFF' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
}
