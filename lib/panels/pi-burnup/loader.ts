import type { Kysely } from 'kysely';
import { featuresBurnup, findBurnupContext, pointsBurnup, type BurnupIteration } from '../../../db/queries/pi-burnup';
import type { Database } from '../../../db/schema';
import { addDays, todayIn, workingDaysBetween, zonedTimeToUtc } from '../../time/calendar';
import { round1 } from '../burndown/math';
import { panelKey } from '../keys';
import { burnupForecast, outlookWords } from './math';
import type { PiBurnupDto, PiBurnupRef } from './types';

/**
 * The train's current PI as a burnup: done against scope at the PI's start and at the end of each iteration so far
 * (the current iteration's sample is now), and a forecast to the PI's end. Undefined for an unknown train.
 */
export async function loadPiBurnup(db: Kysely<Database>, ref: PiBurnupRef, now: Date): Promise<PiBurnupDto | undefined> {
  const context = await findBurnupContext(db, ref.train, now);
  if (!context) return undefined;
  const base = {
    kind: 'pi-burnup' as const,
    key: panelKey(ref),
    train: { slug: context.trainSlug, name: context.trainName },
    measure: ref.measure,
    asOf: now.toISOString(),
  };
  const pi = context.pi;
  if (!pi) {
    return {
      ...base,
      pi: null,
      labels: [],
      completed: [],
      scope: [],
      forecast: [],
      completedNow: 0,
      scopeNow: 0,
      forecastEnd: 0,
      percent: 0,
      outlook: 'no-scope',
      words: outlookWords('no-scope', 0),
    };
  }

  const zone = context.timeZone;
  const today = todayIn(zone, now);
  const startOf = (date: string) => zonedTimeToUtc(date, 0, zone);
  const earlier = (a: Date, b: Date) => (a < b ? a : b);
  const iterations = pi.iterations;
  const started = iterations.filter((it) => it.start_date <= today);
  // An iteration's end sample is read when the next one starts (or the day after the last ends), so weekend work
  // after an iteration counts in it, as in the burndown; the latest started one is read now.
  const cutoffs = [earlier(now, startOf(pi.start_date)), ...started.map((it, k) => earlier(now, startOf(boundaryAfter(iterations, k))))];
  const points =
    ref.measure === 'points'
      ? await pointsBurnup(db, iterations.map((it) => it.id), cutoffs)
      : await featuresBurnup(db, pi.id, cutoffs);

  const nowIndex = started.length;
  const completedSoFar = points.map((p) => round1(p.completed));
  const scopeSoFar = points.map((p) => round1(p.scope));
  const latest = started[nowIndex - 1];
  const elapsedDays = latest ? workingDaysBetween(latest.start_date, today < latest.end_date ? today : latest.end_date).length : 0;
  const scopeNow = scopeSoFar[nowIndex] ?? 0;
  const completedNow = completedSoFar[nowIndex] ?? 0;
  const outlook = burnupForecast({
    completed: completedSoFar,
    scopeNow,
    iterationDays: iterations.map((it) => workingDaysBetween(it.start_date, it.end_date).length),
    elapsedDays,
  });
  const future = iterations.slice(nowIndex).map(() => null);

  return {
    ...base,
    pi: { name: pi.name, startDate: pi.start_date, endDate: pi.end_date, iterations: iterations.length, nowIndex },
    labels: ['Start', ...iterations.map((it) => (it.kind === 'ip' ? 'IP' : `It ${it.number}`))],
    completed: [...completedSoFar, ...future],
    scope: [...scopeSoFar, ...future],
    forecast: outlook.forecast,
    completedNow,
    scopeNow,
    forecastEnd: outlook.forecastEnd,
    percent: outlook.percent,
    outlook: outlook.outlook,
    words: outlookWords(outlook.outlook, outlook.percent),
  };
}

/** The date at whose start iteration k's end sample is read: the next iteration's start, or the day after the last. */
function boundaryAfter(iterations: BurnupIteration[], k: number): string {
  const next = iterations[k + 1];
  return next ? next.start_date : addDays(iterations[k]!.end_date, 1);
}
