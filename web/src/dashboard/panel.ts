import { h } from './dom.ts';
import { t, type WordKey } from './i18n.ts';

export interface PanelOptions {
  id: string;
  /** Spans the whole row of the grid. */
  wide?: boolean;
  /** Said after the title (what a switch of the panel chose), so that a printed page says it too. */
  caption?: string;
}

/** A titled card with its tools (downloads, switches). */
export function panel(title: WordKey, body: Node, tools: HTMLElement[], options: PanelOptions): HTMLElement {
  return h('section', { class: options.wide ? 'panel wide' : 'panel', 'data-panel': options.id },
    h('header', {}, h('h2', {}, t(title), options.caption && h('small', {}, ' · ', options.caption)), h('div', { class: 'tools' }, ...tools)),
    body);
}

export const toolButton = (label: WordKey, action: () => void, kind: string) =>
  h('button', { type: 'button', class: `tool ${kind}`, onclick: action }, t(label));

/** A choice between views: one button per choice, the chosen one pressed. */
export function switchGroup<V>(label: WordKey | undefined, choices: Array<{ value: V; word: WordKey; attributes: Record<string, string | number> }>, chosen: V, choose: (value: V) => void): HTMLElement {
  return h('div', { class: 'switch', role: 'group', 'aria-label': label && t(label) },
    ...choices.map((c) => h('button', { type: 'button', ...c.attributes, 'aria-pressed': String(c.value === chosen), onclick: () => choose(c.value) }, t(c.word))));
}
