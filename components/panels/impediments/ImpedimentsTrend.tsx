'use client';

import type { Chart, ChartOptions, Plugin } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { trendSeries } from '@/lib/panels/impediments/math';
import type { TrendWeek } from '@/lib/panels/impediments/types';
import { CATEGORY_AXIS, CHART_COLORS, CHART_FONT, drawnMark, tickStyle, WALL_CHART } from '../chart-setup';
import { useViewportFontSize } from '../useViewportFontSize';

/** Orange for what was opened, blue for what was resolved: apart for colour-blind readers, and named in the legend. */
export const TREND_COLORS = { opened: CHART_COLORS.orange, resolved: CHART_COLORS.blue };

interface CountLabelOptions {
  size: number;
}

/** Each bar's count above it (none for zero): a wall has no tooltips. */
const countLabels: Plugin<'bar', CountLabelOptions> = {
  id: 'countLabels',
  afterDatasetsDraw(chart: Chart<'bar'>, _args, options) {
    const ctx = chart.ctx;
    ctx.save();
    ctx.font = `700 ${options.size}px ${CHART_FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillStyle = CHART_COLORS.text;
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      chart.getDatasetMeta(datasetIndex).data.forEach((bar, index) => {
        const value = dataset.data[index];
        if (typeof value === 'number' && value > 0) ctx.fillText(String(value), bar.x, bar.y - options.size / 6);
      });
    });
    ctx.restore();
  },
};

const plugins = [countLabels, drawnMark] as Plugin<'bar'>[];

/** Impediments opened and resolved per week of the PI, side by side; weeks still to come stay empty. */
export function ImpedimentsTrend({ weeks, panelKey, openTotal }: { weeks: TrendWeek[]; panelKey: string; openTotal: number }) {
  const fontSize = useViewportFontSize();
  const series = useMemo(() => trendSeries(weeks), [weeks]);
  const data = useMemo(
    () => ({
      labels: series.labels,
      datasets: [
        { label: 'Opened', data: series.opened, backgroundColor: TREND_COLORS.opened, borderWidth: 0, categoryPercentage: 0.8, barPercentage: 0.9 },
        { label: 'Resolved', data: series.resolved, backgroundColor: TREND_COLORS.resolved, borderWidth: 0, categoryPercentage: 0.8, barPercentage: 0.9 },
      ],
    }),
    [series],
  );
  const options = useMemo((): ChartOptions<'bar'> => {
    const ticks = tickStyle(fontSize);
    const highest = Math.max(1, ...weeks.map((w) => Math.max(w.opened, w.resolved)));
    const current = weeks.findIndex((w) => w.current);
    return {
      ...WALL_CHART,
      layout: { padding: { top: fontSize * 1.3 } },
      scales: {
        x: {
          ...CATEGORY_AXIS,
          ticks: {
            ...ticks,
            maxRotation: 0,
            autoSkip: false,
            // This week's label says "Now" in words; bold and yellow repeat it.
            color: (tick: { index: number }) => (tick.index === current ? CHART_COLORS.yellow : CHART_COLORS.text),
            font: (tick: { index: number }) => ({ size: fontSize, family: CHART_FONT, weight: tick.index === current ? 700 : 400 }),
          },
        },
        y: { display: false, beginAtZero: true, max: highest },
      },
      plugins: { countLabels: { size: fontSize }, drawnMark: { key: panelKey, value: openTotal } } as ChartOptions<'bar'>['plugins'],
    };
  }, [fontSize, weeks, panelKey, openTotal]);
  return <Bar data={data} options={options} plugins={plugins} aria-label="Impediments opened and resolved per week of the PI" role="img" />;
}
