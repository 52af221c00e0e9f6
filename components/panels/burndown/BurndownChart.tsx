'use client';

import type { ChartOptions, Plugin } from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { BurndownDto, ScopeChange } from '@/lib/panels/burndown/types';
import { CHART_COLORS, CHART_FONT, dayScales, drawnMark, strokeDayLine, WALL_CHART } from '../chart-setup';
import { useViewportFontSize } from '../useViewportFontSize';

const COLORS = { remaining: CHART_COLORS.blue, ideal: CHART_COLORS.grey, today: CHART_COLORS.yellow, scope: CHART_COLORS.orange };

interface TodayMarkerOptions {
  index: number;
  width: number;
}

/** A dashed vertical line at today's point. */
const todayMarker: Plugin<'line', TodayMarkerOptions> = {
  id: 'todayMarker',
  afterDatasetsDraw(chart, _args, options) {
    strokeDayLine(chart, options.index, { color: COLORS.today, width: options.width, dash: [options.width * 3, options.width * 2] });
  },
};

interface ScopeMarkerOptions {
  changes: ScopeChange[];
  fontSize: number;
  format: (value: number) => string;
}

/**
 * On each day work joined or left the scope: a thin solid line down the day and, above the plot, "▲ +5" and/or
 * "▼ −3" (an icon and a signed number, so the meaning never rests on colour). Room for two rows is left by the
 * layout's top padding.
 */
const scopeMarker: Plugin<'line', ScopeMarkerOptions> = {
  id: 'scopeMarker',
  afterDatasetsDraw(chart, _args, options) {
    const scale = chart.scales.x;
    if (!scale || options.changes.length === 0) return;
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    const size = options.fontSize;
    ctx.save();
    ctx.font = `700 ${size}px ${CHART_FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillStyle = COLORS.scope;
    ctx.strokeStyle = COLORS.scope;
    ctx.lineWidth = Math.max(1, size / 12);
    for (const change of options.changes) {
      const x = scale.getPixelForValue(change.point);
      if (Number.isNaN(x)) continue;
      // Fainter than the today marker that may share the day; the label says what it is.
      ctx.globalAlpha = 0.55;
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, bottom);
      ctx.stroke();
      ctx.globalAlpha = 1;
      const rows = [
        change.added > 0 ? `▲ +${options.format(change.added)}` : null,
        change.removed > 0 ? `▼ −${options.format(change.removed)}` : null,
      ].filter((row): row is string => row !== null);
      // Keep the label inside the canvas at the first and last days.
      const half = Math.max(...rows.map((row) => ctx.measureText(row).width)) / 2;
      const labelX = Math.min(Math.max(x, half), chart.width - half);
      rows.forEach((row, i) => ctx.fillText(row, labelX, top - size * 0.2 - (rows.length - 1 - i) * size * 1.1));
    }
    ctx.restore();
  },
};

const plugins = [todayMarker, scopeMarker, drawnMark] as Plugin<'line'>[];

const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

export function BurndownChart({ data }: { data: BurndownDto }) {
  const fontSize = useViewportFontSize();
  const dayNumber = data.iteration?.dayNumber ?? 0;
  const scopeChanges = data.scopeChanges;
  const hasScopeChanges = scopeChanges.length > 0;

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
    return {
      ...WALL_CHART,
      // Two rows of scope labels fit above the plot when there are any.
      layout: { padding: { top: hasScopeChanges ? fontSize * 2.6 : fontSize / 2, right: fontSize } },
      scales: dayScales(fontSize),
      plugins: {
        todayMarker: { index: dayNumber, width: Math.max(2, fontSize / 8) },
        scopeMarker: { changes: scopeChanges, fontSize, format },
        drawnMark: { key: data.key, value: data.remainingNow },
      } as ChartOptions<'line'>['plugins'],
    };
  }, [fontSize, dayNumber, scopeChanges, hasScopeChanges, data.key, data.remainingNow]);

  return <Line data={chartData} options={options} plugins={plugins} aria-label={`Burndown of ${data.team.name}${data.scope === 'train' ? ', all teams' : ''}`} role="img" />;
}
