/** The parts of the charts' ECharts options that the panels share. */

/** A rate as the charts plot it: a percentage with two decimals, none where there is no rate. */
export const asPercent = (rate: number | null | undefined): number | null => (rate == null ? null : Number((rate * 100).toFixed(2)));

/** The tooltip of a chart of rates plotted as percentages. */
export const percentTooltip = { trigger: 'axis', valueFormatter: (v: number | null) => (v == null ? '—' : `${v.toFixed(1)}%`) };

/** A name's width in half-width characters (a Chinese character takes two). */
const textWidth = (name: string) => [...name].reduce((width, c) => width + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);

/**
 * The category axis of districts or agencies: every name shown, slanted once they are too many
 * or too long (the English names with their codes) to stand side by side in a half-width panel.
 */
export const namesAxis = (names: string[]) => {
  const crowded = names.length > 6 || Math.max(0, ...names.map(textWidth)) > 14;
  return { type: 'category', data: names, axisLabel: { interval: 0, rotate: crowded ? 30 : 0 } };
};

/** A legend of a few series, above the plot. */
export const topLegend = { top: 0 };

/**
 * A legend of many series (a line per district or agency, twenty inside a district): a scrolling
 * column beside the plot, long names cut short, the whole name on hover. Inside a district its
 * agencies' names lose the district's name they begin with (the breadcrumb names it). Paired with
 * SIDE_LEGEND_GRID, which leaves it the room.
 */
export const sideLegend = (district?: string) => ({
  type: 'scroll', orient: 'vertical', right: 0, top: 8, bottom: 8, textStyle: { width: 150, overflow: 'truncate' }, tooltip: { show: true },
  formatter: (name: string) => (district && name.startsWith(district) && name.length > district.length ? name.slice(district.length).trim() : name),
});
export const SIDE_LEGEND_GRID = { right: 200, top: 32 };

/** Marker shapes taken in turn: with more lines than the palette has colours, shape and colour together tell them apart. */
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow'];
export const symbolOf = (index: number): string => SYMBOLS[index % SYMBOLS.length];
