import { h, download } from './dom.ts';
import { csvBlob } from './csv.ts';
import { t, type WordKey } from './i18n.ts';
import { panel, toolButton, type PanelOptions } from './panel.ts';

export interface Column<R> {
  title: WordKey;
  /** The value as exported to CSV (raw numbers, not rounded). */
  value: (row: R) => string | number | null;
  /** The value as shown; defaults to the raw value. */
  text?: (row: R) => string;
  /** Shown on hover: numerator, denominator and definition. */
  tip?: (row: R) => string | undefined;
  numeric?: boolean;
  /** Drawn after the text in the cell (a small chart of the value); not exported. */
  figure?: (row: R) => Node | undefined;
  className?: (row: R) => string | undefined;
}

export interface TableOptions<R> extends PanelOptions {
  file: string;
  onRowClick?: (row: R) => void;
  /** Shown before the CSV download. */
  tools?: HTMLElement[];
}

/** A panel holding a table of rows and a CSV download of exactly those rows and columns. */
export function tablePanel<R>(title: WordKey, rows: R[], columns: Column<R>[], options: TableOptions<R>): HTMLElement {
  const head = h('tr', {}, ...columns.map((c) => h('th', { class: c.numeric ? 'num' : undefined }, t(c.title))));
  const body = rows.map((row) => {
    const cells = columns.map((c) => h('td', { class: [c.numeric ? 'num' : '', c.className?.(row) ?? ''].join(' ').trim() || undefined, title: c.tip?.(row) },
      c.text ? c.text(row) : String(c.value(row) ?? '—'), c.figure?.(row)));
    return h('tr', options.onRowClick ? { class: 'clickable', onclick: () => options.onRowClick!(row) } : {}, ...cells);
  });
  const table = rows.length
    ? h('div', { class: 'table-wrap' }, h('table', { 'data-table': options.id }, h('thead', {}, head), h('tbody', {}, ...body)))
    : h('p', { class: 'empty' }, t('noRows'));
  const csv = () => download(`${options.file}.csv`, csvBlob(columns.map((c) => t(c.title)), rows.map((row) => columns.map((c) => c.value(row)))));
  return panel(title, table, [...(options.tools ?? []), toolButton('downloadCsv', csv, 'csv')], options);
}
