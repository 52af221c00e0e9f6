import type { Kysely } from 'kysely';
import { burndownSamples, findBurndownContext, findTrainBurndownContext, type CurrentIteration } from '../../../db/queries/burndown';
import type { Database } from '../../../db/schema';
import { shortDayLabel, todayIn } from '../../time/calendar';
import { panelKey } from '../keys';
import { burndownTimeline, idealLine, paceOf, round1, scopeChangesOf } from './math';
import type { BurndownDto, BurndownMeasure, BurndownRef, TrainBurndownRef } from './types';

/** The burndown of a team's current iteration, as the panel draws it; undefined for an unknown team. */
export async function loadBurndown(db: Kysely<Database>, ref: BurndownRef, now: Date): Promise<BurndownDto | undefined> {
  const team = await findBurndownContext(db, ref.team, now);
  if (!team) return undefined;
  return buildBurndown(db, {
    key: panelKey(ref),
    scope: 'team',
    team: { slug: team.teamSlug, name: team.teamName },
    train: { slug: team.trainSlug, name: team.trainName },
    teamId: team.teamId,
    timeZone: team.timeZone,
    iteration: team.iteration,
    measure: ref.measure,
    now,
  });
}

/** Every team's work in the train's current iteration, drawn like a team's burndown; undefined for an unknown train. */
export async function loadTrainBurndown(db: Kysely<Database>, ref: TrainBurndownRef, now: Date): Promise<BurndownDto | undefined> {
  const train = await findTrainBurndownContext(db, ref.train, now);
  if (!train) return undefined;
  const named = { slug: train.trainSlug, name: train.trainName };
  return buildBurndown(db, {
    key: panelKey(ref),
    scope: 'train',
    team: named,
    train: named,
    teamId: null,
    timeZone: train.timeZone,
    iteration: train.iteration,
    measure: ref.measure,
    now,
  });
}

interface BurndownSubject {
  key: string;
  scope: BurndownDto['scope'];
  team: BurndownDto['team'];
  train: BurndownDto['train'];
  /** null: every team of the train. */
  teamId: number | null;
  timeZone: string;
  iteration: CurrentIteration | null;
  measure: BurndownMeasure;
  now: Date;
}

async function buildBurndown(db: Kysely<Database>, subject: BurndownSubject): Promise<BurndownDto> {
  const { iteration, now } = subject;
  const base = {
    kind: 'burndown' as const,
    key: subject.key,
    scope: subject.scope,
    team: subject.team,
    train: subject.train,
    measure: subject.measure,
    asOf: now.toISOString(),
  };
  if (!iteration) {
    return {
      ...base,
      iteration: null,
      labels: [],
      ideal: [],
      remaining: [],
      remainingNow: 0,
      scopeAtStart: 0,
      scopeNow: 0,
      idealNow: 0,
      scopeChanges: [],
      pace: 'no-work',
    };
  }

  const today = todayIn(subject.timeZone, now);
  const timeline = burndownTimeline(iteration.start_date, iteration.end_date, today);
  const points = await burndownSamples(db, {
    teamId: subject.teamId,
    iterationId: iteration.id,
    timeZone: subject.timeZone,
    cutoffs: timeline.cutoffs,
    measure: subject.measure,
  });
  const workingDays = timeline.days.length;
  const committed = points[0]?.remaining ?? 0;
  const last = points[points.length - 1] ?? { remaining: 0, scope: 0 };
  const ideal = idealLine(committed, workingDays);
  const idealNow = ideal[timeline.dayNumber] ?? 0;
  const remainingNow = round1(last.remaining);
  const scopeNow = round1(last.scope);
  const remaining: (number | null)[] = Array.from({ length: workingDays + 1 }, (_, i) => {
    const point = points[i];
    return point ? round1(point.remaining) : null;
  });

  return {
    ...base,
    iteration: {
      number: iteration.number,
      code: iteration.code,
      name: iteration.name,
      piName: iteration.pi_name,
      startDate: iteration.start_date,
      endDate: iteration.end_date,
      dayNumber: timeline.dayNumber,
      workingDays,
    },
    labels: ['Start', ...timeline.days.map(shortDayLabel)],
    ideal,
    remaining,
    remainingNow,
    scopeAtStart: round1(points[0]?.scope ?? 0),
    scopeNow,
    idealNow,
    scopeChanges: scopeChangesOf(points),
    pace: paceOf(remainingNow, idealNow, committed, scopeNow),
  };
}
