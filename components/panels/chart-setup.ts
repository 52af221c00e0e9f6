// Client-safe Chart.js setup shared by every panel chart: registration, palette, fonts, the options a wall chart
// always has, and the plugin that records when a value reached the screen.
import { BarElement, CategoryScale, Chart as ChartJS, LinearScale, LineElement, PointElement, type Chart, type Plugin } from 'chart.js';
import { markDrawn } from '@/lib/client/marks';

// Only the pieces the panels draw: registering nothing else keeps the bundle small.
ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement);

/**
 * The palette of app/globals.css (a canvas cannot read CSS variables): blue, yellow, orange, red and grey stay apart
 * for colour-blind readers, and every chart names its lines and bars in words too.
 */
export const CHART_COLORS = {
  blue: '#5ab0ff', // --accent
  yellow: '#ffc857', // --today
  grey: '#8d99b0', // --ideal
  orange: '#ffb347', // --warn
  red: '#ff7a7a', // --bad
  green: '#3ddc97', // --good
  white: '#eef2f8', // --text
  ink: '#0b0f17', // --bg: text on a coloured bar
  grid: '#243049', // --line
  /** Tick labels: a little softer than --text, so that the data stands out. */
  text: '#c9d3e3',
};

export const CHART_FONT = "'Inter Variable', 'DejaVu Sans', sans-serif";

/** No animation, no interaction (a wall has no pointer), sized by its box. */
export const WALL_CHART = { animation: false as const, responsive: true, maintainAspectRatio: false, events: [] };

/** Tick labels at the viewport's chart font size (useViewportFontSize). */
export const tickStyle = (fontSize: number) => ({ color: CHART_COLORS.text, font: { size: fontSize, family: CHART_FONT } });

/** The axis the categories (days, teams) stand on: a baseline, no grid. */
export const CATEGORY_AXIS = { grid: { display: false }, border: { color: CHART_COLORS.grid } };

/** The axis of values: grid lines, no axis line. */
export const VALUE_AXIS = { grid: { color: CHART_COLORS.grid }, border: { display: false } };

/** Days along x, an amount from zero up: the iteration burndown and the PI burnup. */
export function dayScales(fontSize: number) {
  const ticks = tickStyle(fontSize);
  return {
    x: { ...CATEGORY_AXIS, ticks: { ...ticks, maxRotation: 0, autoSkipPadding: 4 } },
    y: { ...VALUE_AXIS, beginAtZero: true, ticks: { ...ticks, precision: 0, maxTicksLimit: 6 } },
  };
}

/** A vertical line down the plot at the x-axis point `index` (today, now): nothing when it is off the axis. */
export function strokeDayLine(chart: Chart, index: number, style: { color: string; width: number; dash: number[] }): void {
  const x = chart.scales.x?.getPixelForValue(index);
  if (x === undefined || Number.isNaN(x)) return;
  const { top, bottom } = chart.chartArea;
  const ctx = chart.ctx;
  ctx.save();
  ctx.strokeStyle = style.color;
  ctx.lineWidth = style.width;
  ctx.setLineDash(style.dash);
  ctx.beginPath();
  ctx.moveTo(x, top);
  ctx.lineTo(x, bottom);
  ctx.stroke();
  ctx.restore();
}

export interface DrawnMarkOptions {
  key: string;
  value: number;
}

/**
 * Records when a value reached the screen: the push-to-pixel benchmark and the browser tests read it. Give it
 * `plugins.drawnMark: { key, value }`.
 */
export const drawnMark: Plugin<'line' | 'bar', DrawnMarkOptions> = {
  id: 'drawnMark',
  afterRender(_chart, _args, options) {
    markDrawn(options.key, options.value);
  },
};
