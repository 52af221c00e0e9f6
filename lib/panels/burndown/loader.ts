import type { Kysely } from 'kysely';
import { burndownPoints, findBurndownContext } from '../../../db/queries/burndown';
import type { Database } from '../../../db/schema';
import { shortDayLabel, todayIn } from '../../time/calendar';
import { panelKey } from '../keys';
import { burndownTimeline, idealLine, paceOf, round1 } from './math';
import type { BurndownDto, BurndownRef } from './types';

/** The burndown of a team's current iteration, as the panel draws it; undefined for an unknown team. */
export async function loadBurndown(db: Kysely<Database>, ref: BurndownRef, now: Date): Promise<BurndownDto | undefined> {
  const team = await findBurndownContext(db, ref.team, now);
  if (!team) return undefined;
  const today = todayIn(team.timeZone, now);
  const iteration = team.iteration;
  const base = {
    kind: 'burndown' as const,
    key: panelKey(ref),
    team: { slug: team.teamSlug, name: team.teamName },
    train: { slug: team.trainSlug, name: team.trainName },
    measure: ref.measure,
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
      pace: 'no-work',
    };
  }

  const timeline = burndownTimeline(iteration.start_date, iteration.end_date, today);
  const points = await burndownPoints(db, {
    teamId: team.teamId,
    iterationId: iteration.id,
    timeZone: team.timeZone,
    cutoffs: timeline.cutoffs,
    measure: ref.measure,
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
    pace: paceOf(remainingNow, idealNow, committed, scopeNow),
  };
}
