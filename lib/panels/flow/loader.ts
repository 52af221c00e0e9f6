import type { Kysely } from 'kysely';
import { FLOW_TIME_BUCKET_DAYS, findFlowContext, flowCounts, wipAt, type FlowPi } from '../../../db/queries/flow';
import { objectiveTotalsByTeam } from '../../../db/queries/objectives';
import type { Database } from '../../../db/schema';
import { addDays, shortDayLabel, todayIn, zonedTimeToUtc, type CalendarDate } from '../../time/calendar';
import { panelKey } from '../keys';
import { predictabilityPercent, predictabilityState, roundPercent, TARGET_BAND } from '../objectives/math';
import { bucketLabels, lastWorkingDays, percentOf, secondsToDays, sharesOf, trendDirection } from './math';
import type { FlowDto, FlowRef, WorkType } from './types';

const TREND_DAYS = 10;
const WORK_TYPES: WorkType[] = ['features', 'enablers', 'defects', 'risks'];

/** SAFe's six flow metrics of the train's current PI, all teams together; undefined for an unknown train. */
export async function loadFlow(db: Kysely<Database>, ref: FlowRef, now: Date): Promise<FlowDto | undefined> {
  const train = await findFlowContext(db, ref.train, now);
  if (!train) return undefined;
  const today = todayIn(train.timeZone, now);
  const days = lastWorkingDays(today, TREND_DAYS);
  // The end of each day (the next day's midnight in the train's zone), today's being now; then now itself.
  const instants = [...days.map((day) => minDate(zonedTimeToUtc(addDays(day, 1), 0, train.timeZone), now)), now];

  const [wip, metrics] = await Promise.all([
    wipAt(db, train.trainId, instants),
    train.pi ? piMetrics(db, train.trainId, train.timeZone, train.pi, today) : undefined,
  ]);
  const trend = days.map((day, index) => ({ label: shortDayLabel(day), count: wip[index] ?? 0 }));

  return {
    kind: 'flow',
    key: panelKey(ref),
    train: { slug: train.slug, name: train.name },
    asOf: now.toISOString(),
    pi: train.pi ? { name: train.pi.name, startDate: train.pi.startDate, endDate: train.pi.endDate } : null,
    load: { now: wip[wip.length - 1] ?? 0, trend, direction: trendDirection(trend.map((point) => point.count)) },
    ...(metrics ?? emptyPiMetrics()),
  };
}

type PiMetrics = Pick<FlowDto, 'distribution' | 'velocity' | 'time' | 'efficiency' | 'predictability'>;

async function piMetrics(db: Kysely<Database>, trainId: number, timeZone: string, pi: FlowPi, today: CalendarDate): Promise<PiMetrics> {
  const started = pi.iterations.filter((it) => it.startDate <= today);
  const [counts, objectives] = await Promise.all([
    flowCounts(db, { trainId, timeZone, pi, piIterationIds: pi.iterations.map((it) => it.id), velocityIterations: started }),
    objectiveTotalsByTeam(db, pi.id),
  ]);

  const typeCounts = WORK_TYPES.map((type) => counts.distribution[type]);
  const shares = sharesOf(typeCounts);
  const iterations = started.map((it, index) => ({
    number: it.number,
    name: it.name,
    items: counts.done.velocityItems[index] ?? 0,
    points: counts.done.velocityPoints[index] ?? 0,
    finished: it.endDate < today,
  }));
  const headline = [...iterations].reverse().find((it) => it.finished) ?? iterations[iterations.length - 1];

  const sum = (pick: (row: (typeof objectives)[number]) => number) => objectives.reduce((total, row) => total + pick(row), 0);
  const total = sum((r) => r.total);
  const percent = roundPercent(predictabilityPercent(sum((r) => r.committedActual + r.uncommittedActual), sum((r) => r.committedPlanned)));

  return {
    distribution: {
      total: typeCounts.reduce((a, b) => a + b, 0),
      types: WORK_TYPES.map((type, index) => ({ type, count: typeCounts[index]!, percent: shares[index]! })),
    },
    velocity: {
      iterations,
      headline: headline ? { name: headline.name, items: headline.items, points: headline.points, finished: headline.finished } : null,
    },
    time: {
      items: counts.done.items,
      medianDays: secondsToDays(counts.done.percentiles?.[0] ?? null),
      p85Days: secondsToDays(counts.done.percentiles?.[1] ?? null),
      histogram: bucketLabels(FLOW_TIME_BUCKET_DAYS).map((label, index) => ({ label, count: counts.done.histogram[index] ?? 0 })),
    },
    efficiency: { items: counts.done.items, percent: percentOf(counts.done.activeSeconds, counts.done.flowSeconds) },
    predictability: { percent, state: predictabilityState(percent, total), rated: sum((r) => r.rated), total, target: { ...TARGET_BAND } },
  };
}

function emptyPiMetrics(): PiMetrics {
  return {
    distribution: { total: 0, types: WORK_TYPES.map((type) => ({ type, count: 0, percent: 0 })) },
    velocity: { iterations: [], headline: null },
    time: { items: 0, medianDays: null, p85Days: null, histogram: bucketLabels(FLOW_TIME_BUCKET_DAYS).map((label) => ({ label, count: 0 })) },
    efficiency: { items: 0, percent: null },
    predictability: { percent: null, state: 'none', rated: 0, total: 0, target: { ...TARGET_BAND } },
  };
}

const minDate = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);
