// Client-safe: what the page records for tests and benchmarks (push-to-pixel, chart instance counts).
// Imported only by chart code, so chart.js is already loaded wherever this module is.
import { Chart } from 'chart.js';

export interface DrawnMark {
  key: string;
  value: number;
  /** performance.now() when the chart finished drawing this value. */
  at: number;
}

declare global {
  interface Window {
    __signalboxDrawn?: DrawnMark;
    /** How many Chart.js instances are alive: one while a chart is on screen, so rotation does not leak charts. */
    __signalboxCharts?: () => number;
  }
}

export function markDrawn(key: string, value: number): void {
  const last = window.__signalboxDrawn;
  if (last && last.key === key && last.value === value) return;
  window.__signalboxDrawn = { key, value, at: performance.now() };
}

if (typeof window !== 'undefined') window.__signalboxCharts = () => Object.keys(Chart.instances).length;
