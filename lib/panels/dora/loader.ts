import type { Kysely } from 'kysely';
import { doraFigures, doraWeeks, findDoraTrain } from '../../../db/queries/dora';
import type { Database } from '../../../db/schema';
import { addDays, mondayOf, todayIn } from '../../time/calendar';
import { panelKey } from '../keys';
import { changeFailureRateBand, deploymentFrequencyBand, failureRate, leadTimeBand, perDay, timeToRestoreBand } from './math';
import type { DoraDto, DoraRef } from './types';

/** The metrics cover the last 30 days ending now. */
export const DORA_WINDOW_DAYS = 30;
/** The trends: this week and the eleven before it. */
export const DORA_TREND_WEEKS = 12;
const DAY_MS = 86_400_000;

/** The train's four DORA metrics over the last 30 days with their bands and weekly trends; undefined for an unknown train. */
export async function loadDora(db: Kysely<Database>, ref: DoraRef, now: Date): Promise<DoraDto | undefined> {
  const train = await findDoraTrain(db, ref.train);
  if (!train) return undefined;
  const from = new Date(now.getTime() - DORA_WINDOW_DAYS * DAY_MS);
  const firstMonday = addDays(mondayOf(todayIn(train.timeZone, now)), -7 * (DORA_TREND_WEEKS - 1));
  const [figures, weeks] = await Promise.all([doraFigures(db, train.id, from, now), doraWeeks(db, train, firstMonday, DORA_TREND_WEEKS, now)]);

  const frequency = perDay(figures.deployments, DORA_WINDOW_DAYS);
  const rate = failureRate(figures.failed, figures.finished);
  return {
    kind: 'dora',
    key: panelKey(ref),
    train: { slug: train.slug, name: train.name },
    asOf: now.toISOString(),
    window: { from: from.toISOString(), to: now.toISOString(), days: DORA_WINDOW_DAYS },
    weeks: weeks.map((w) => w.week),
    deploymentFrequency: {
      value: frequency,
      count: figures.deployments,
      band: deploymentFrequencyBand(frequency),
      trend: weeks.map((w) => w.deployments),
    },
    leadTime: {
      value: figures.leadMedianSeconds,
      count: figures.leadCount,
      band: leadTimeBand(figures.leadMedianSeconds),
      trend: weeks.map((w) => w.leadMedianSeconds),
    },
    changeFailureRate: {
      value: rate,
      count: figures.finished,
      failed: figures.failed,
      band: changeFailureRateBand(rate),
      trend: weeks.map((w) => failureRate(w.failed, w.finished)),
    },
    timeToRestore: {
      value: figures.restoreMedianSeconds,
      count: figures.restoreCount,
      band: timeToRestoreBand(figures.restoreMedianSeconds),
      trend: weeks.map((w) => w.restoreMedianSeconds),
    },
  };
}
