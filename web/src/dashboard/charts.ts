import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { h, download } from './dom.ts';
import type { WordKey } from './i18n.ts';
import { panel, toolButton } from './panel.ts';

// Only the chart types the page draws: the bundle carries nothing else of ECharts.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const FONT = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
/** Axis labels stay inside the margins (what `containLabel` did before ECharts 6). */
const GRID = { left: 48, right: 24, top: 40, bottom: 40, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' };
/** How far outside the viewport a chart is drawn ahead of being scrolled to. */
const AHEAD_PX = 400;

/**
 * Each chart's holder and ECharts instance, by chart id, kept across redraws: a year switch or a
 * drill-down gives the same instance its new option (creating one costs more than drawing it).
 */
const holders = new Map<string, HTMLElement>();
/** Options not drawn yet: charts below the fold wait until they come near the viewport, or idle time. */
const pending = new Map<HTMLElement, EChartsCoreOption>();
let idleScheduled = false;

const observer = new IntersectionObserver((entries) => {
  for (const entry of entries) if (entry.isIntersecting) draw(entry.target as HTMLElement);
}, { rootMargin: `${AHEAD_PX}px 0px` });

function draw(holder: HTMLElement): void {
  const option = pending.get(holder);
  if (!option || !holder.isConnected) return;
  pending.delete(holder);
  observer.unobserve(holder);
  const chart = echarts.getInstanceByDom(holder) ?? echarts.init(holder, undefined, { renderer: 'canvas' });
  // A holder moved into a panel of another width is resized in the same draw, not drawn twice.
  const resized = chart.getWidth() !== holder.clientWidth || chart.getHeight() !== holder.clientHeight;
  chart.setOption(option, { notMerge: true, lazyUpdate: resized });
  if (resized) chart.resize();
  holder.dataset.drawn = '';
  performance.mark('eqp:chart');
}

/** One waiting chart per idle period, so that scrolling finds them drawn without holding up the page. */
function drawWhenIdle(): void {
  if (idleScheduled) return;
  idleScheduled = true;
  requestIdleCallback((deadline) => {
    idleScheduled = false;
    const next = [...pending.keys()].find((holder) => holder.isConnected);
    if (!next) return;
    if (deadline.timeRemaining() > 8 || deadline.didTimeout) draw(next);
    drawWhenIdle();
  }, { timeout: 2_000 });
}

/**
 * Draws now the waiting charts in the viewport: called once the page is in the document, before
 * it is shown. Those just below it follow as the observer sees them near, the rest in idle time.
 */
export function drawChartsInView(): void {
  for (const holder of [...pending.keys()]) {
    if (!holder.isConnected) continue;
    const box = holder.getBoundingClientRect();
    if (box.bottom > 0 && box.top < window.innerHeight) draw(holder);
  }
  drawWhenIdle();
}

/** Every chart drawn, whatever is in view: before printing, and for a PNG that must show the figures. */
export function drawAllCharts(): void {
  for (const holder of [...pending.keys()]) draw(holder);
}

/** Leaving the dashboard (sign-in, a notice): every instance released. */
export function disposeCharts(): void {
  for (const holder of holders.values()) echarts.getInstanceByDom(holder)?.dispose();
  for (const holder of pending.keys()) observer.unobserve(holder);
  holders.clear();
  pending.clear();
}

export function resizeCharts(): void {
  for (const holder of holders.values()) if (holder.isConnected) echarts.getInstanceByDom(holder)?.resize();
}

/** A panel with one chart (canvas, so print and PNG show exactly what is on screen) and its PNG download. */
export function chartPanel(title: WordKey, option: EChartsCoreOption, options: { id: string; file: string; wide?: boolean }): HTMLElement {
  let holder = holders.get(options.id);
  if (!holder) {
    holder = h('div', { class: 'chart', 'data-chart': options.id });
    holders.set(options.id, holder);
  }
  const chartHolder = holder;
  delete holder.dataset.drawn;
  pending.set(holder, { animation: false, textStyle: { fontFamily: FONT }, ...option, grid: { ...GRID, ...(option.grid as object | undefined) } });
  observer.observe(holder);
  const png = () => {
    draw(chartHolder);
    const chart = echarts.getInstanceByDom(chartHolder);
    if (chart) download(`${options.file}.png`, chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }));
  };
  return panel(title, holder, [toolButton('downloadPng', png, 'png')], options);
}
