import { type ChartBlock, chartValueText } from './view-model.ts';

/** The eight partial blocks: a bar is whole blocks of █ and one of these for the rest. */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;

/** How many characters the longest bar takes. */
export const BAR_WIDTH = 10;

/**
 * A chart as lines of text bars, one per point: `W49 ███████▍   74%`. For platforms that cannot draw (Slack, a
 * Teams client without charts): labels and values are padded so the bars line up in a monospaced font; a point
 * without a value gets no bar and '–'. Bars scale to the largest value (a zero series draws no bars).
 */
export function chartBarLines(chart: Pick<ChartBlock, 'series' | 'unit' | 'decimalComma'>): string[] {
  const values = chart.series.map((point) => Math.max(0, point.value ?? 0));
  const max = Math.max(0, ...values);
  const labelWidth = Math.max(0, ...chart.series.map((point) => point.label.length));
  return chart.series.map((point) => {
    const value = Math.max(0, point.value ?? 0);
    const eighths = max > 0 ? Math.round((value / max) * BAR_WIDTH * 8) : 0;
    const bar = '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
    return `${point.label.padEnd(labelWidth)} ${bar.padEnd(BAR_WIDTH)} ${chartValueText(point.value, chart.unit, chart.decimalComma)}`;
  });
}
