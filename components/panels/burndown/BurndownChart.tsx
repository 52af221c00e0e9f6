'use client';

import { CategoryScale, Chart as ChartJS, LinearScale, LineElement, PointElement, type ChartOptions, type Plugin } from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import { markDrawn } from '@/lib/client/marks';
import type { BurndownDto } from '@/lib/panels/burndown/types';
import { useViewportFontSize } from '../useViewportFontSize';

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement);

const COLORS = { remaining: '#5ab0ff', ideal: '#8d99b0', today: '#ffc857', grid: '#243049', text: '#c9d3e3' };

interface TodayMarkerOptions {
  index: number;
  width: number;
}

/** A dashed vertical line at today's point. */
const todayMarker: Plugin<'line', TodayMarkerOptions> = {
  id: 'todayMarker',
  afterDatasetsDraw(chart, _args, options) {
    const x = chart.scales.x?.getPixelForValue(options.index);
    if (x === undefined || Number.isNaN(x)) return;
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = COLORS.today;
    ctx.lineWidth = options.width;
    ctx.setLineDash([options.width * 3, options.width * 2]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.restore();
  },
};

/** Records when a value reached the screen: the push-to-pixel benchmark reads it. */
const drawnMark: Plugin<'line', { key: string; value: number }> = {
  id: 'drawnMark',
  afterRender(_chart, _args, options) {
    markDrawn(options.key, options.value);
  },
};

const plugins = [todayMarker, drawnMark] as Plugin<'line'>[];

export function BurndownChart({ data }: { data: BurndownDto }) {
  const fontSize = useViewportFontSize();
  const dayNumber = data.iteration?.dayNumber ?? 0;

  const chartData = useMemo(
    () => ({
      labels: data.labels,
      datasets: [
        {
          label: 'Remaining',
          data: data.remaining,
          borderColor: COLORS.remaining,
          backgroundColor: COLORS.remaining,
          borderWidth: Math.max(3, fontSize / 5),
          pointRadius: Math.max(3, fontSize / 5),
          spanGaps: false,
        },
        {
          label: 'Ideal',
          data: data.ideal,
          borderColor: COLORS.ideal,
          borderWidth: Math.max(2, fontSize / 8),
          borderDash: [fontSize / 2, fontSize / 3],
          pointRadius: 0,
        },
      ],
    }),
    [data.labels, data.remaining, data.ideal, fontSize],
  );

  const options = useMemo((): ChartOptions<'line'> => {
    const ticks = { color: COLORS.text, font: { size: fontSize, family: 'Inter Variable, DejaVu Sans, sans-serif' } };
    return {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      layout: { padding: { top: fontSize / 2, right: fontSize } },
      scales: {
        x: { ticks: { ...ticks, maxRotation: 0, autoSkipPadding: 4 }, grid: { display: false }, border: { color: COLORS.grid } },
        y: { beginAtZero: true, ticks: { ...ticks, precision: 0, maxTicksLimit: 6 }, grid: { color: COLORS.grid }, border: { display: false } },
      },
      plugins: {
        todayMarker: { index: dayNumber, width: Math.max(2, fontSize / 8) },
        drawnMark: { key: data.key, value: data.remainingNow },
      } as ChartOptions<'line'>['plugins'],
    };
  }, [fontSize, dayNumber, data.key, data.remainingNow]);

  return <Line data={chartData} options={options} plugins={plugins} aria-label={`Burndown of ${data.team.name}`} role="img" />;
}
