import { h } from './dom.ts';
import { t, type WordKey } from './i18n.ts';

/** A titled card with its download buttons; `wide` spans the whole row of the grid. */
export function panel(title: WordKey, body: Node, tools: HTMLElement[], options: { wide?: boolean; id: string }): HTMLElement {
  return h('section', { class: options.wide ? 'panel wide' : 'panel', 'data-panel': options.id },
    h('header', {}, h('h2', {}, t(title)), h('div', { class: 'tools' }, ...tools)),
    body);
}

export const toolButton = (label: WordKey, action: () => void, kind: string) =>
  h('button', { type: 'button', class: `tool ${kind}`, onclick: action }, t(label));
