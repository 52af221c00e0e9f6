'use client';

import type { ChartOptions, Plugin } from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { PiBurnupDto } from '@/lib/panels/pi-burnup/types';
import { CHART_COLORS, dayScales, drawnMark, strokeDayLine, WALL_CHART } from '../chart-setup';
import { useViewportFontSize } from '../useViewportFontSize';

const COLORS = { completed: CHART_COLORS.blue, scope: CHART_COLORS.white, forecast: CHART_COLORS.yellow, now: CHART_COLORS.yellow };

/** A dotted vertical line at the sample that is now. */
const nowMarker: Plugin<'line', { index: number; width: number }> = {
  id: 'nowMarker',
  afterDatasetsDraw(chart, _args, options) {
    if (options.index <= 0) return;
    strokeDayLine(chart, options.index, { color: COLORS.now, width: options.width, dash: [options.width, options.width * 2] });
  },
};

const plugins = [nowMarker, drawnMark] as Plugin<'line'>[];

export function PiBurnupChart({ data }: { data: PiBurnupDto }) {
  const fontSize = useViewportFontSize();

  const chartData = useMemo(() => {
    const line = Math.max(3, fontSize / 5);
    return {
      labels: data.labels,
      datasets: [
        {
          label: 'Scope',
          data: data.scope,
          borderColor: COLORS.scope,
          backgroundColor: COLORS.scope,
          borderWidth: Math.max(2, fontSize / 7),
          pointRadius: Math.max(2, fontSize / 7),
          pointStyle: 'rect' as const,
          spanGaps: false,
        },
        {
          label: 'Completed',
          data: data.completed,
          borderColor: COLORS.completed,
          backgroundColor: COLORS.completed,
          borderWidth: line,
          pointRadius: line,
          spanGaps: false,
        },
        {
          label: 'Forecast',
          data: data.forecast,
          borderColor: COLORS.forecast,
          backgroundColor: COLORS.forecast,
          borderWidth: Math.max(2, fontSize / 7),
          borderDash: [fontSize / 2, fontSize / 3],
          pointRadius: Math.max(2, fontSize / 7),
          pointStyle: 'triangle' as const,
          spanGaps: true,
        },
      ],
    };
  }, [data.labels, data.scope, data.completed, data.forecast, fontSize]);

  const options = useMemo((): ChartOptions<'line'> => {
    return {
      ...WALL_CHART,
      layout: { padding: { top: fontSize / 2, right: fontSize } },
      scales: dayScales(fontSize),
      plugins: {
        nowMarker: { index: data.pi?.nowIndex ?? 0, width: Math.max(2, fontSize / 8) },
        drawnMark: { key: data.key, value: data.completedNow },
      } as ChartOptions<'line'>['plugins'],
    };
  }, [fontSize, data.key, data.completedNow, data.pi?.nowIndex]);

  return <Line data={chartData} options={options} plugins={plugins} aria-label={`PI burnup of ${data.train.name}`} role="img" />;
}
