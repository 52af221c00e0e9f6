'use client';

import type { Chart, ChartOptions, Plugin } from 'chart.js';
import { useMemo } from 'react';
import { Bar, Line } from 'react-chartjs-2';
import { CATEGORY_AXIS, CHART_COLORS, CHART_FONT, drawnMark, tickStyle, VALUE_AXIS, WALL_CHART } from '../chart-setup';
import { useViewportFontSize } from '../useViewportFontSize';

interface BarLabelOptions {
  /** One text per bar of the first dataset ('' for none), or per dataset in a stacked bar. */
  texts: string[];
  /** 'inside': centred in each stacked segment that is wide enough; 'above': over each column. */
  place: 'inside' | 'above';
  size: number;
}

/** Writes the numbers on the bars: a wall has no tooltips. */
const barLabels: Plugin<'bar', BarLabelOptions> = {
  id: 'barLabels',
  afterDatasetsDraw(chart: Chart<'bar'>, _args, options) {
    if (!options.texts) return;
    const ctx = chart.ctx;
    ctx.save();
    ctx.font = `700 ${options.size}px ${CHART_FONT}`;
    ctx.textAlign = 'center';
    if (options.place === 'inside') {
      ctx.textBaseline = 'middle';
      ctx.fillStyle = CHART_COLORS.ink;
      chart.data.datasets.forEach((_, index) => {
        const bar = chart.getDatasetMeta(index).data[0] as unknown as { x: number; y: number; base: number } | undefined;
        const text = options.texts[index] ?? '';
        if (!bar || !text) return;
        const width = Math.abs(bar.x - bar.base);
        if (ctx.measureText(text).width + options.size / 2 <= width) ctx.fillText(text, (bar.x + bar.base) / 2, bar.y);
      });
    } else {
      ctx.textBaseline = 'bottom';
      ctx.fillStyle = CHART_COLORS.text;
      chart.getDatasetMeta(0).data.forEach((element, index) => {
        const text = options.texts[index] ?? '';
        if (text) ctx.fillText(text, element.x, element.y - options.size / 6);
      });
    }
    ctx.restore();
  },
};

interface TargetBandOptions {
  low: number;
  high: number;
  width: number;
}

/** The 80-100 % target band behind the predictability bar, edged with dashes so it reads without colour. */
const targetBand: Plugin<'bar', TargetBandOptions> = {
  id: 'targetBand',
  beforeDatasetsDraw(chart: Chart<'bar'>, _args, options) {
    const x = chart.scales.x;
    if (!x || !(options.high > options.low)) return;
    const left = x.getPixelForValue(options.low);
    const right = x.getPixelForValue(options.high);
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = 'rgba(61, 220, 151, 0.18)';
    ctx.fillRect(left, top, right - left, bottom - top);
    ctx.strokeStyle = CHART_COLORS.green;
    ctx.lineWidth = options.width;
    ctx.setLineDash([options.width * 3, options.width * 2]);
    for (const edge of [left, right]) {
      ctx.beginPath();
      ctx.moveTo(edge, top);
      ctx.lineTo(edge, bottom);
      ctx.stroke();
    }
    ctx.restore();
  },
};

const barPlugins = [barLabels, targetBand] as Plugin<'bar'>[];
const linePlugins = [drawnMark] as Plugin<'line'>[];

/** One 100 % bar split into segments, each labelled with its share. */
export function ShareBar({ segments, label }: { segments: { value: number; color: string; text: string }[]; label: string }) {
  const fontSize = useViewportFontSize();
  const data = useMemo(
    () => ({
      labels: [''],
      datasets: segments.map((s) => ({ data: [s.value], backgroundColor: s.color, borderWidth: 0, barPercentage: 1, categoryPercentage: 1 })),
    }),
    [segments],
  );
  const options = useMemo((): ChartOptions<'bar'> => {
    const total = segments.reduce((sum, s) => sum + s.value, 0);
    return {
      ...WALL_CHART,
      indexAxis: 'y',
      scales: { x: { display: false, stacked: true, min: 0, max: total > 0 ? total : 1 }, y: { display: false, stacked: true } },
      plugins: { barLabels: { texts: segments.map((s) => s.text), place: 'inside', size: fontSize * 1.1 } } as ChartOptions<'bar'>['plugins'],
    };
  }, [fontSize, segments]);
  return <Bar data={data} options={options} plugins={barPlugins} aria-label={label} role="img" />;
}

/** Columns with their values written above them. */
export function Columns({ labels, values, texts, color, label }: { labels: string[]; values: number[]; texts: string[]; color: string; label: string }) {
  const fontSize = useViewportFontSize();
  const data = useMemo(() => ({ labels, datasets: [{ data: values, backgroundColor: color, borderWidth: 0, maxBarThickness: fontSize * 4 }] }), [labels, values, color, fontSize]);
  const options = useMemo((): ChartOptions<'bar'> => {
    const ticks = tickStyle(fontSize);
    const highest = Math.max(1, ...values);
    return {
      ...WALL_CHART,
      layout: { padding: { top: fontSize * 1.4 } },
      scales: {
        x: { ...CATEGORY_AXIS, ticks: { ...ticks, maxRotation: 0, autoSkip: false } },
        y: { display: false, beginAtZero: true, max: highest },
      },
      plugins: { barLabels: { texts, place: 'above', size: fontSize } } as ChartOptions<'bar'>['plugins'],
    };
  }, [fontSize, values, texts]);
  return <Bar data={data} options={options} plugins={barPlugins} aria-label={label} role="img" />;
}

/** A horizontal bar from 0 to the value, over an optional target band. */
export function Meter({ value, max, color, band, label }: { value: number; max: number; color: string; band?: { low: number; high: number }; label: string }) {
  const fontSize = useViewportFontSize();
  const data = useMemo(
    () => ({ labels: [''], datasets: [{ data: [value], backgroundColor: color, borderWidth: 0, barPercentage: 0.7, categoryPercentage: 1 }] }),
    [value, color],
  );
  const options = useMemo((): ChartOptions<'bar'> => {
    const ticks = tickStyle(fontSize);
    return {
      ...WALL_CHART,
      indexAxis: 'y',
      scales: {
        x: { ...VALUE_AXIS, min: 0, max, ticks: { ...ticks, stepSize: max > 100 ? 40 : 20, callback: (tick) => `${tick}` } },
        y: { display: false },
      },
      plugins: { targetBand: band ? { ...band, width: Math.max(2, fontSize / 8) } : {} } as ChartOptions<'bar'>['plugins'],
    };
  }, [fontSize, max, band]);
  return <Bar data={data} options={options} plugins={barPlugins} aria-label={label} role="img" />;
}

/** A line without axes but its first and last day, ending at the value shown now. */
export function Sparkline({ labels, values, panelKey, now, label }: { labels: string[]; values: number[]; panelKey: string; now: number; label: string }) {
  const fontSize = useViewportFontSize();
  const data = useMemo(
    () => ({
      labels,
      datasets: [
        {
          data: values,
          borderColor: CHART_COLORS.blue,
          backgroundColor: CHART_COLORS.blue,
          borderWidth: Math.max(3, fontSize / 5),
          pointRadius: values.map((_, i) => (i === values.length - 1 ? Math.max(4, fontSize / 3) : 0)),
        },
      ],
    }),
    [labels, values, fontSize],
  );
  const options = useMemo((): ChartOptions<'line'> => {
    const ticks = tickStyle(fontSize);
    const last = labels.length - 1;
    return {
      ...WALL_CHART,
      layout: { padding: { top: fontSize / 2, right: fontSize, left: fontSize / 2 } },
      scales: {
        x: {
          ticks: { ...ticks, maxRotation: 0, autoSkip: false, callback: (_value, index) => (index === 0 || index === last ? labels[index] : '') },
          ...CATEGORY_AXIS,
        },
        y: { display: false, beginAtZero: true, suggestedMax: Math.max(1, ...values) * 1.1 },
      },
      plugins: { drawnMark: { key: panelKey, value: now } } as ChartOptions<'line'>['plugins'],
    };
  }, [fontSize, labels, values, panelKey, now]);
  return <Line data={data} options={options} plugins={linePlugins} aria-label={label} role="img" />;
}
