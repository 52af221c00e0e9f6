'use client';

import type { ChartOptions, Plugin } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { PREDICTABILITY_LABEL, TARGET_BAND } from '@/lib/panels/objectives/math';
import type { ObjectivesDto } from '@/lib/panels/objectives/types';
import { CATEGORY_AXIS, CHART_COLORS, CHART_FONT, drawnMark, tickStyle, VALUE_AXIS, WALL_CHART } from '../chart-setup';
import { useViewportFontSize } from '../useViewportFontSize';

// Blue for what was achieved, grey for the plan (a paler grey for what is not rated yet), green for the target band.
const COLORS = {
  planned: CHART_COLORS.grey,
  unrated: 'rgba(141, 153, 176, 0.22)',
  actual: CHART_COLORS.blue,
  band: 'rgba(61, 220, 151, 0.16)',
  bandLine: CHART_COLORS.green,
};

interface ValueLabelOptions {
  /** Per dataset index, the text above each bar (null: none). */
  texts: Record<number, (string | null)[]>;
  size: number;
}

/** Numbers above the bars, readable from across the room without an axis. */
const valueLabels: Plugin<'bar', ValueLabelOptions> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart, _args, options) {
    const ctx = chart.ctx;
    ctx.save();
    ctx.font = `700 ${options.size}px ${CHART_FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillStyle = CHART_COLORS.text;
    for (const [datasetIndex, texts] of Object.entries(options.texts)) {
      const meta = chart.getDatasetMeta(Number(datasetIndex));
      texts.forEach((text, index) => {
        const bar = meta.data[index];
        if (text === null || !bar) return;
        const y = Number.isFinite(bar.y) ? bar.y : chart.chartArea.bottom;
        ctx.fillText(text, bar.x, Math.min(y, chart.chartArea.bottom) - options.size * 0.25);
      });
    }
    ctx.restore();
  },
};

interface BandOptions {
  low: number;
  high: number;
  /** Lines of the label. */
  label: string[];
  size: number;
}

/** SAFe's target band, shaded and labelled, behind the bars. */
const targetBand: Plugin<'bar', BandOptions> = {
  id: 'targetBand',
  beforeDatasetsDraw(chart, _args, options) {
    const y = chart.scales.y;
    if (!y) return;
    const { left, right } = chart.chartArea;
    const top = y.getPixelForValue(options.high);
    const bottom = y.getPixelForValue(options.low);
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = COLORS.band;
    ctx.fillRect(left, top, right - left, bottom - top);
    ctx.strokeStyle = COLORS.bandLine;
    ctx.lineWidth = Math.max(1, options.size / 12);
    ctx.setLineDash([options.size / 2, options.size / 3]);
    for (const line of [top, bottom]) {
      ctx.beginPath();
      ctx.moveTo(left, line);
      ctx.lineTo(right, line);
      ctx.stroke();
    }
    // The label sits in the right margin beside the band, where no bar or value label can cover it.
    ctx.setLineDash([]);
    ctx.font = `700 ${options.size}px ${CHART_FONT}`;
    ctx.fillStyle = COLORS.bandLine;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    const middle = (top + bottom) / 2;
    options.label.forEach((line, index) => {
      ctx.fillText(line, right + options.size / 2, middle + (index - (options.label.length - 1) / 2) * options.size * 1.15);
    });
    ctx.restore();
  },
};

/** Room on the right for the band's label; both charts keep it so that their team columns line up. */
const rightMargin = (fontSize: number) => fontSize * 5.5;

/** Up to this many teams, names stand upright under their bars; more are slanted rather than skipped. */
const UPRIGHT_TEAMS = 8;

function axes(fontSize: number, teams: number, yMax?: number, ySuffix = '') {
  const ticks = tickStyle(fontSize);
  return {
    x: {
      ...CATEGORY_AXIS,
      stacked: true,
      ticks: { ...ticks, maxRotation: teams > UPRIGHT_TEAMS ? 45 : 0, autoSkip: false },
    },
    y: {
      ...VALUE_AXIS,
      stacked: true,
      beginAtZero: true,
      ...(yMax !== undefined && { max: yMax }),
      ticks: { ...ticks, precision: 0, maxTicksLimit: 5, callback: (value: number | string) => `${value}${ySuffix}` },
      // The same axis width in both charts, so that each team's bars stand one above the other.
      afterFit: (scale: { width: number }) => {
        scale.width = fontSize * 4;
      },
    },
  };
}

const bvPlugins = [valueLabels] as Plugin<'bar'>[];

/** Per team: planned BV of the committed objectives (rated, and not rated yet) beside the actual BV achieved. */
export function BusinessValueChart({ data }: { data: ObjectivesDto }) {
  const fontSize = useViewportFontSize();
  const teams = data.teams;
  const chartData = useMemo(
    () => ({
      labels: teams.map((t) => t.name),
      datasets: [
        { label: 'Planned, rated', stack: 'planned', data: teams.map((t) => t.committed.ratedPlanned), backgroundColor: COLORS.planned },
        {
          label: 'Planned, not rated yet',
          stack: 'planned',
          data: teams.map((t) => t.committed.planned - t.committed.ratedPlanned),
          backgroundColor: COLORS.unrated,
          borderColor: COLORS.planned,
          borderWidth: Math.max(1, fontSize / 10),
        },
        { label: 'Actual', stack: 'actual', data: teams.map((t) => t.committed.actual), backgroundColor: COLORS.actual },
      ],
    }),
    [teams, fontSize],
  );
  const options = useMemo((): ChartOptions<'bar'> => {
    const planned = teams.map((t) => (t.committed.planned > 0 ? String(t.committed.planned) : null));
    const actual = teams.map((t) => (t.rated > 0 ? String(t.committed.actual) : null));
    return {
      ...WALL_CHART,
      layout: { padding: { top: fontSize * 1.4, right: rightMargin(fontSize) } },
      datasets: { bar: { categoryPercentage: 0.7, barPercentage: 0.9 } },
      scales: axes(fontSize, teams.length),
      plugins: { valueLabels: { texts: { 1: planned, 2: actual }, size: fontSize } } as ChartOptions<'bar'>['plugins'],
    };
  }, [teams, fontSize]);
  return <Bar data={chartData} options={options} plugins={bvPlugins} aria-label="Planned and actual business value per team" role="img" />;
}

const predictabilityPlugins = [targetBand, valueLabels, drawnMark] as Plugin<'bar'>[];

/** Per team: predictability in percent against the shaded 80-100 % band. */
export function PredictabilityChart({ data }: { data: ObjectivesDto }) {
  const fontSize = useViewportFontSize();
  const teams = data.teams;
  const chartData = useMemo(
    () => ({
      labels: teams.map((t) => t.name),
      datasets: [{ label: 'Predictability', data: teams.map((t) => t.percent), backgroundColor: COLORS.actual, categoryPercentage: 0.7, barPercentage: 0.7 }],
    }),
    [teams],
  );
  const options = useMemo((): ChartOptions<'bar'> => {
    const highest = Math.max(0, ...teams.map((t) => t.percent ?? 0));
    // Room above the band and above the tallest bar for its label.
    const yMax = Math.max(120, Math.ceil((highest + 15) / 20) * 20);
    const texts = teams.map((t) => (t.percent !== null ? `${t.percent} %` : `${PREDICTABILITY_LABEL[t.state].icon} ${t.state === 'none' ? 'none' : 'not rated'}`));
    return {
      ...WALL_CHART,
      layout: { padding: { top: fontSize / 2, right: rightMargin(fontSize) } },
      scales: axes(fontSize, teams.length, yMax, ' %'),
      plugins: {
        targetBand: { low: TARGET_BAND.low, high: TARGET_BAND.high, label: ['target', `${TARGET_BAND.low}–${TARGET_BAND.high} %`], size: fontSize },
        valueLabels: { texts: { 0: texts }, size: fontSize },
        drawnMark: { key: data.key, value: data.art.percent ?? -1 },
      } as ChartOptions<'bar'>['plugins'],
    };
  }, [teams, fontSize, data.key, data.art.percent]);
  return <Bar data={chartData} options={options} plugins={predictabilityPlugins} aria-label="Predictability per team" role="img" />;
}
