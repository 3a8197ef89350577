import '../shared/fonts.css';
import './dashboard.css';
import type { DashboardOperationalQuery, DashboardQuery, DashboardQueryVariables } from '../__generated__/graphql.ts';
import { demoToken, pagesConfig, request, SignInRequired, WarehouseNotBuilt, type PagesConfig } from './api.ts';
import { disposeCharts, drawAllCharts, drawChartsInView, resizeCharts } from './charts.ts';
import { h } from './dom.ts';
import { switchGroup } from './panel.ts';
import { language, labelOf, setLanguage, t } from './i18n.ts';
import { cluePanel, complaintPanel, compliancePanels, discretionPanels, inconsistencyPanel, rankingPanel, rectificationPanels, signalsPanel, supervisionPartsPanel, supervisionTrendPanel, taskProgressPanel, warningPanels, latestHalf, type Half, workforcePanel, type PanelContext } from './panels.ts';
import { DashboardDocument, OperationalDocument, YearsDocument } from './queries.ts';
import { forgetToken, storedToken, storeToken } from '../shared/token.ts';
import { listenForWarehouse } from './live.ts';
import { learnMetrics, metricsKnown } from './metrics.ts';

interface District {
  code: string;
  label: string;
  labelEn: string;
}

/** What the page shows: the year, the ranking level at city level, and the district drilled into. */
const state: { year?: number; years: number[]; agencyRanking: boolean; district?: District; data?: DashboardQuery; operational?: DashboardOperationalQuery; taskHalf?: Half } = { years: [], agencyRanking: false };
const app = document.getElementById('app')!;
let config: PagesConfig = { demo: false, explorer: false };

function signIn(message?: string): void {
  disposeCharts();
  const input = h('textarea', { id: 'token', rows: 4, spellcheck: 'false', autocomplete: 'off', 'aria-label': t('tokenLabel') });
  const error = h('p', { class: 'error', role: 'alert' }, message ?? '');
  const submit = (token: string) => {
    if (!token.trim()) return void (error.textContent = t('tokenMissing'));
    storeToken(token.trim());
    void showDashboard();
  };
  const form = h('form', { class: 'sign-in', onsubmit: (e) => { e.preventDefault(); submit(input.value); } },
    h('h1', {}, t('title')),
    h('p', { class: 'hint' }, t('signInHint')),
    h('label', { for: 'token' }, t('tokenLabel')), input,
    error,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', id: 'sign-in' }, t('signIn')),
      config.demo && h('button', { type: 'button', id: 'demo-sign-in', onclick: async () => submit(await demoToken()) }, t('demoSignIn'))),
    languageButton(() => signIn(message)));
  app.replaceChildren(form);
}

function languageButton(rerender: () => void): HTMLElement {
  return h('button', { type: 'button', class: 'language', id: 'language', onclick: () => { setLanguage(language() === 'zh' ? 'en' : 'zh'); rerender(); } }, t('language'));
}

function header(): HTMLElement {
  const years = h('select', { id: 'year', 'aria-label': t('year'), onchange: (e) => { state.year = Number((e.target as HTMLSelectElement).value); void load(); } },
    ...state.years.map((y) => h('option', { value: y, selected: y === state.year }, String(y))));
  const level = !state.district && switchGroup(undefined, [
    { value: false, word: 'levelRegions', attributes: { id: 'level-regions' } },
    { value: true, word: 'levelAgencies', attributes: { id: 'level-agencies' } },
  ], state.agencyRanking, (agencies) => { state.agencyRanking = agencies; void load(); });
  return h('header', { class: 'top' },
    h('div', { class: 'titles' }, h('h1', {}, t('title')), h('p', {}, t('subtitle'))),
    h('div', { class: 'controls' },
      h('label', {}, t('year'), ' ', years),
      level,
      h('button', { type: 'button', id: 'print', onclick: () => window.print() }, t('print')),
      languageButton(() => (state.data ? render() : void load())),
      h('button', { type: 'button', id: 'sign-out', onclick: () => { forgetToken(); signIn(); } }, t('signOut'))));
}

function breadcrumb(): HTMLElement {
  const district = state.district;
  return h('nav', { class: 'crumbs', 'aria-label': 'breadcrumb' },
    district ? h('a', { href: '#', id: 'back', onclick: (e) => { e.preventDefault(); state.district = undefined; void load(); } }, t('back')) : h('span', {}, t('city')),
    district && h('span', {}, ' › ', labelOf(district)),
    !district && h('span', { class: 'hint' }, ' · ', t('drillHint')));
}

function variables(year: number): DashboardQueryVariables {
  const area = state.district ? { regionCodes: [state.district.code] } : {};
  const agencies = Boolean(state.district) || state.agencyRanking;
  return {
    year, level: agencies ? 'AGENCY' : 'REGION', dim: state.district ? 'AGENCY' : 'REGION',
    scope: { ...area, years: [year] }, area, asOf: `${year}-12-31`, from: `${year}-01-01`, city: !state.district,
  };
}

function panelContext(year: number): PanelContext {
  return {
    agencies: Boolean(state.district), district: state.district && labelOf(state.district), year,
    onDistrict: state.district || state.agencyRanking ? undefined : (row) => {
      if (!row.regionCode) return;
      state.district = { code: row.regionCode, label: row.label, labelEn: row.labelEn };
      void load();
    },
    file: (name) => [name, state.year, state.district?.code].filter(Boolean).join('-'),
  };
}

/** The panels of the operational store's request, each in the place it keeps until that request answers. */
const SLOTS = {
  warnings: (answer: DashboardOperationalQuery, ctx: PanelContext) => warningPanels(answer.warnings, ctx),
  // The half-year the user picked stays picked across years and districts.
  tasks: (answer: DashboardOperationalQuery, ctx: PanelContext) => [taskProgressPanel(answer, state.taskHalf ?? latestHalf(answer), (half) => {
    state.taskHalf = half;
    document.querySelector('[data-slot="tasks"]')?.replaceWith(slot('tasks', ctx));
  }, ctx)],
};
type SlotName = keyof typeof SLOTS;
const slot = (name: SlotName, ctx: PanelContext): HTMLElement => h('div', { class: 'slot', 'data-slot': name }, ...(state.operational ? SLOTS[name](state.operational, ctx) : []));

function render(): void {
  const data = state.data;
  if (!data || state.year === undefined) return;
  const ctx = panelContext(state.year);
  // Inside a district the agency ranking is the city-wide one, restricted to the district's agencies.
  const members = new Set(data.supervision.map((r) => r.agencyCode));
  const ranking = state.district ? data.ranking.filter((r) => members.has(r.agencyCode)) : data.ranking;
  const rankingCtx = state.agencyRanking && !state.district ? { ...ctx, agencies: true } : ctx;
  app.replaceChildren(header(), breadcrumb(), h('main', { class: 'grid' },
    rankingPanel(ranking, rankingCtx),
    supervisionTrendPanel(data.supervisionTrend, data.supervision, ctx),
    supervisionPartsPanel(data.supervision, ctx),
    ...discretionPanels(data.discretion, ctx),
    data.inconsistency && inconsistencyPanel(data.inconsistency, ctx),
    ...rectificationPanels(data.burndown, data.rectification, ctx),
    slot('warnings', ctx),
    signalsPanel(data.signals, ctx),
    cluePanel(data.clues, ctx),
    complaintPanel(data.complaints, ctx),
    slot('tasks', ctx),
    ...compliancePanels(data.compliance, ctx),
    workforcePanel(data.workforce, ctx)));
  performance.mark('eqp:built');
  drawChartsInView();
}

function notice(title: string, hint: string): void {
  disposeCharts();
  app.replaceChildren(header(), h('section', { class: 'notice', id: 'notice' }, h('h2', {}, title), h('p', {}, hint)));
}

/** Fills the operational panels' places once their request answers, unless another choice has redrawn the page meanwhile. */
async function loadOperational(vars: DashboardQueryVariables, drawn: string): Promise<void> {
  const asOf = [vars.asOf, new Date().toISOString().slice(0, 10)].sort()[0];
  const places = () => (Object.keys(SLOTS) as SlotName[]).map((name) => [name, document.querySelector(`[data-slot="${name}"]`)] as const);
  try {
    const answer = await request(OperationalDocument, { asOf, area: vars.area, year: vars.year });
    if (app.dataset.loaded !== drawn) return;
    state.operational = answer;
    const ctx = panelContext(vars.year);
    for (const [name, place] of places()) place?.replaceWith(slot(name, ctx));
    drawChartsInView();
    performance.mark('eqp:operational');
    app.dataset.operational = drawn;
  } catch (err) {
    if (err instanceof SignInRequired) throw err;
    for (const [, place] of places()) place?.replaceChildren(h('p', { class: 'panel error' }, t('loadFailed'), (err as Error).message));
  }
}

/** Fetches the page's data (one request; two on the first load, for the years) and draws it. */
async function load(): Promise<void> {
  try {
    if (!state.years.length) {
      const known = metricsKnown();
      const answer = await request(YearsDocument, { withMetrics: !known });
      if (answer.metrics) learnMetrics(answer.metrics);
      state.years = answer.supervisionRates.map((r) => r.year!).sort();
      state.year ??= state.years.at(-1);
    }
    if (state.year === undefined) return notice(t('noRows'), '');
    const vars = variables(state.year);
    state.data = await request(DashboardDocument, vars);
    // The bench splits a redraw into the request, building the page and drawing its charts.
    performance.mark('eqp:answered');
    state.operational = undefined;
    render();
    // The overview's first meaningful paint, for bench/dashboard.ts.
    performance.mark('eqp:drawn');
    const drawn = `${state.year}:${state.district?.code ?? ''}:${state.agencyRanking}`;
    app.dataset.loaded = drawn;
    await loadOperational(vars, drawn);
  } catch (err) {
    state.data = undefined;
    if (err instanceof SignInRequired) {
      forgetToken();
      return signIn(t('tokenRefused'));
    }
    state.years = [];
    if (err instanceof WarehouseNotBuilt) return notice(t('warehouseNotBuilt'), t('warehouseNotBuiltHint'));
    notice(t('loadFailed'), (err as Error).message);
  }
}

async function showDashboard(): Promise<void> {
  app.replaceChildren(h('p', { class: 'loading' }, '…'));
  await load();
}

async function start(): Promise<void> {
  setLanguage(language());
  config = await pagesConfig();
  // A new warehouse (an ETL run landed) redraws the page with the new figures.
  listenForWarehouse(() => {
    if (!storedToken()) return;
    state.years = [];
    void load().then(() => app.dataset.refreshed = String(Number(app.dataset.refreshed ?? 0) + 1));
  });
  window.addEventListener('resize', resizeCharts);
  // Printing shows every chart, also those never scrolled to (drawn lazily on screen).
  const printing = () => { drawAllCharts(); resizeCharts(); };
  window.addEventListener('beforeprint', printing);
  matchMedia('print').addEventListener('change', (e) => { if (e.matches) printing(); });
  window.addEventListener('afterprint', resizeCharts);
  if (storedToken()) await showDashboard();
  else signIn();
}

void start();
