import type { Kysely } from 'kysely';
import { findTrainWithCurrentPi, objectiveBreakdownByTeam } from '../../../db/queries/objectives';
import type { Database } from '../../../db/schema';
import { panelKey } from '../keys';
import { artPredictability, teamObjectives } from './math';
import type { ObjectivesDto, ObjectivesRef } from './types';

/** The train's current PI objectives and predictability, as the panel draws them; undefined for an unknown train. */
export async function loadObjectives(db: Kysely<Database>, ref: ObjectivesRef, now: Date): Promise<ObjectivesDto | undefined> {
  const train = await findTrainWithCurrentPi(db, ref.train, now);
  if (!train) return undefined;
  const rows = train.pi ? await objectiveBreakdownByTeam(db, train.pi.id) : [];
  const teams = rows.map(teamObjectives);
  return {
    kind: 'objectives',
    key: panelKey(ref),
    train: { slug: train.slug, name: train.name },
    asOf: now.toISOString(),
    pi: train.pi && { name: train.pi.name, startDate: train.pi.startDate, endDate: train.pi.endDate },
    teams,
    art: artPredictability(rows),
    uncommitted: {
      count: teams.reduce((n, t) => n + t.uncommitted.count, 0),
      planned: teams.reduce((n, t) => n + t.uncommitted.planned, 0),
      achieved: teams.reduce((n, t) => n + t.uncommitted.achieved, 0),
    },
  };
}
