import { type ChartBlock, chartValueText } from '../../views/view-model.ts';
import { escapeHtml } from './html-text.ts';

/** The drawing's own units; the page's CSS scales it to the width of the message. */
const BAR_STEP = 40;
const BAR_WIDTH = 28;
const PLOT_HEIGHT = 120;
const TOP = 18;
const LABEL_ROOM = 18;

/**
 * A chart block as an inline SVG bar chart inside a <figure>: one bar per point (none for a point without a
 * value), its value above it and its label under it. The SVG is an image named by the chart's title and
 * described by its summary, which also shows as the caption, so a screen reader gets the figures as text.
 * Every string is escaped; colours come from classes in page-style.ts (the page's CSP allows no inline style).
 */
export function chartSvg(chart: ChartBlock): string {
  const width = Math.max(1, chart.series.length) * BAR_STEP;
  const height = TOP + PLOT_HEIGHT + LABEL_ROOM;
  const max = Math.max(0, ...chart.series.map((point) => point.value ?? 0));
  const bars = chart.series
    .map((point, index) => {
      const x = index * BAR_STEP + (BAR_STEP - BAR_WIDTH) / 2;
      const centre = index * BAR_STEP + BAR_STEP / 2;
      const value = Math.max(0, point.value ?? 0);
      const barHeight = max > 0 ? Math.round((value / max) * PLOT_HEIGHT) : 0;
      const y = TOP + PLOT_HEIGHT - barHeight;
      const text = escapeHtml(chartValueText(point.value, chart.unit, chart.decimalComma));
      const label = escapeHtml(point.label);
      const rect =
        point.value === null
          ? ''
          : `<rect class="chart-bar" x="${x}" y="${y}" width="${BAR_WIDTH}" height="${barHeight}"><title>${label}: ${text}</title></rect>`;
      return (
        `<g class="chart-point">${rect}` +
        `<text class="chart-value" x="${centre}" y="${y - 4}" text-anchor="middle">${text}</text>` +
        `<text class="chart-label" x="${centre}" y="${height - 4}" text-anchor="middle">${label}</text></g>`
      );
    })
    .join('');
  const title = escapeHtml(chart.title);
  const summary = escapeHtml(chart.summary);
  return (
    `<figure class="view-chart"><h3 class="view-title">${title}</h3>` +
    `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${title}</title><desc>${summary}</desc>` +
    `<line class="chart-axis" x1="0" y1="${TOP + PLOT_HEIGHT}" x2="${width}" y2="${TOP + PLOT_HEIGHT}"/>` +
    `${bars}</svg><figcaption class="view-context"><small>${summary}</small></figcaption></figure>`
  );
}
