// Client-safe and pure: rates, verdicts, streak words and the sampled days of the trends.
// Tested in test/unit/quality-math.test.ts.
import { addDays } from '../../time/calendar';
import type { QualityDto, QualityTrendPoint, RepositoryBuilds } from './types';

/** Pass rate below which tests are "watch", and below which "failing". */
export const PASS_RATE_HEALTHY = 0.98;
export const PASS_RATE_FAILING = 0.9;

/** What a tile says about its state: an icon and a word, so that it never rests on colour. */
export type Verdict = { tone: 'good' | 'watch' | 'bad' | 'none'; icon: string; word: string };

const NONE: Verdict = { tone: 'none', icon: '–', word: 'No data yet' };

/** Passed / (passed + failed), skipped tests left out; null when nothing passed or failed. */
export function passRate(passed: number, failed: number): number | null {
  const ran = passed + failed;
  return ran === 0 ? null : passed / ran;
}

/** A 0..1 rate as the wall writes it, one decimal under 100 %: 0.9734 → "97.3 %", 0.99996 → "99.9 %", 1 → "100 %". */
export function percentText(rate: number | null): string {
  if (rate === null) return '–';
  if (rate >= 1) return '100 %';
  // Floor, so that a single failed test never reads as 100 %.
  return `${(Math.floor(rate * 1000 + 1e-9) / 10).toFixed(1)} %`;
}

export function passRateVerdict(rate: number | null): Verdict {
  if (rate === null) return NONE;
  if (rate >= PASS_RATE_HEALTHY) return { tone: 'good', icon: '✔', word: 'Healthy' };
  if (rate >= PASS_RATE_FAILING) return { tone: 'watch', icon: '▲', word: 'Watch' };
  return { tone: 'bad', icon: '✖', word: 'Failing' };
}

/** Coverage against its target; within 2 points under it is "close". */
export function coverageVerdict(linePct: number | null, targetPct: number | null): Verdict {
  if (linePct === null) return NONE;
  if (targetPct === null) return { tone: 'none', icon: '•', word: 'No target' };
  if (linePct >= targetPct) return { tone: 'good', icon: '✔', word: 'On target' };
  if (linePct >= targetPct - 2) return { tone: 'watch', icon: '▲', word: 'Close' };
  return { tone: 'bad', icon: '✖', word: 'Below target' };
}

/** Open defects or findings: any critical is bad, any high is watch. */
export function openItemsVerdict(bySeverity: { severity: string; count: number }[]): Verdict {
  const of = (s: string) => bySeverity.find((b) => b.severity === s)?.count ?? 0;
  if (of('critical') > 0) return { tone: 'bad', icon: '✖', word: `${of('critical')} critical` };
  if (of('high') > 0) return { tone: 'watch', icon: '▲', word: `${of('high')} high` };
  return { tone: 'good', icon: '✔', word: 'None severe' };
}

/** The test count against the trend's first known day: "+120 since 5 Oct", "−3 since 5 Oct", "Steady". */
export function growthText(trend: QualityTrendPoint[]): string {
  const known = trend.flatMap((p) => (p.value === null ? [] : [{ day: p.day, value: p.value }]));
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last || known.length < 2) return 'No trend yet';
  const change = last.value - first.value;
  if (change === 0) return 'Steady';
  return `${change > 0 ? '+' : '−'}${Math.abs(change).toLocaleString('en-GB')} since ${dayMonth(first.day)}`;
}

/** The test count's direction as a verdict without a tone: more tests is not by itself healthier. */
export function growthVerdict(trend: QualityTrendPoint[]): Verdict {
  const word = growthText(trend);
  const icon = word.startsWith('+') ? '↗' : word.startsWith('−') ? '↘' : '→';
  return { tone: 'none', icon, word };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2026-10-05' → '5 Oct'. */
function dayMonth(day: string): string {
  const [, month = 1, date = 1] = day.split('-').map(Number);
  return `${date} ${MONTHS[month - 1] ?? ''}`;
}

/** "12 green in a row", "1 red": a repository's current streak in words. */
export function streakText(streak: RepositoryBuilds['streak']): string {
  const colour = streak.status === 'succeeded' ? 'green' : 'red';
  return streak.count === 1 ? `1 ${colour}` : `${streak.count} ${colour} in a row`;
}

/** Repositories whose newest main-line build is green. */
export function greenRepositories(builds: RepositoryBuilds[]): number {
  return builds.filter((b) => b.streak.status === 'succeeded').length;
}

export function buildsVerdict(builds: RepositoryBuilds[]): Verdict {
  if (builds.length === 0) return NONE;
  const red = builds.length - greenRepositories(builds);
  if (red === 0) return { tone: 'good', icon: '✔', word: 'All green' };
  return { tone: 'bad', icon: '✖', word: `${red} red` };
}

/**
 * The days a trend samples from `from` to `to` (inclusive, calendar dates): every `step` days, and always `to`.
 *   sampleDays('2026-10-05', '2026-10-20', 7) → ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-20']
 */
export function sampleDays(from: string, to: string, step: number): string[] {
  const days: string[] = [];
  for (let day = from; day < to; day = addDays(day, step)) days.push(day);
  if (from <= to) days.push(to);
  return days;
}

/** The dates the trends cover: the current PI's from its start to today (or its end), else the 10 weeks to today. */
export function trendWindow(pi: QualityDto['pi'], today: string): { from: string; to: string } {
  if (!pi || pi.startDate > today) return { from: addDays(today, -69), to: today };
  return { from: pi.startDate, to: pi.endDate < today ? pi.endDate : today };
}

type SparkBox = { width: number; height: number; pad: number };

/**
 * Trends over the same days (e.g. line and branch coverage) scaled into one box for SVG polylines, on one shared
 * scale so that their lines compare; `extra` values (a target) widen the scale. Null values are skipped; a series
 * with no values has no points; a flat line sits in the middle.
 */
export function sparkLines(series: (number | null)[][], box: SparkBox, extra: number[] = []) {
  const known = series.flat().filter((v): v is number => v !== null);
  const all = [...known, ...extra];
  const flat = () => box.height / 2;
  if (known.length === 0) return { lines: series.map(() => [] as { x: number; y: number }[]), y: flat };
  const min = Math.min(...all);
  const max = Math.max(...all);
  const y = (v: number) => (max === min ? flat() : box.pad + ((max - v) / (max - min)) * (box.height - 2 * box.pad));
  const lines = series.map((values) => {
    const step = values.length > 1 ? (box.width - 2 * box.pad) / (values.length - 1) : 0;
    return values.flatMap((v, i) => (v === null ? [] : [{ x: values.length > 1 ? box.pad + i * step : box.width / 2, y: y(v) }]));
  });
  return { lines, y };
}
