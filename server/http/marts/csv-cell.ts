/**
 * One CSV field: text that a spreadsheet would run as a formula (starting with = + - @, a tab
 * or a carriage return: OWASP "CSV injection") is prefixed with a single quote, and a field
 * holding a comma, quote or line break is quoted. Numbers pass as they are.
 */
export function csvText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
