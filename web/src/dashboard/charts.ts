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
const live = new Set<echarts.ECharts>();

/** Charts of the previous render are released before the next one draws. */
export function disposeCharts(): void {
  for (const chart of live) chart.dispose();
  live.clear();
}

export function resizeCharts(): void {
  for (const chart of live) chart.resize();
}

/** A panel with one chart (canvas, so print and PNG show exactly what is on screen) and its PNG download. */
export function chartPanel(title: WordKey, option: EChartsCoreOption, options: { id: string; file: string; wide?: boolean }): HTMLElement {
  const holder = h('div', { class: 'chart', 'data-chart': options.id });
  const png = () => {
    const chart = echarts.getInstanceByDom(holder);
    if (chart) download(`${options.file}.png`, chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }));
  };
  const section = panel(title, holder, [toolButton('downloadPng', png, 'png')], options);
  // Drawn once the panel is in the document and has its size.
  requestAnimationFrame(() => {
    const chart = echarts.init(holder, undefined, { renderer: 'canvas' });
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, grid: { left: 48, right: 24, top: 40, bottom: 40, containLabel: true }, ...option });
    live.add(chart);
    performance.mark('eqp:chart');
  });
  return section;
}
