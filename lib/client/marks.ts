// Client-safe: what the page records for tests and benchmarks (push-to-pixel, chart instance counts).

export interface DrawnMark {
  key: string;
  value: number;
  /** performance.now() when the chart finished drawing this value. */
  at: number;
}

declare global {
  interface Window {
    __signalboxDrawn?: DrawnMark;
  }
}

export function markDrawn(key: string, value: number): void {
  const last = window.__signalboxDrawn;
  if (last && last.key === key && last.value === value) return;
  window.__signalboxDrawn = { key, value, at: performance.now() };
}
