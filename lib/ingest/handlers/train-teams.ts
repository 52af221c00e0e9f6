import type { Kysely } from 'kysely';
import { findTrainsWithTeams } from '../../../db/queries/trains';
import { findTeamsBySlug } from '../../../db/queries/work-items';
import type { Database } from '../../../db/schema';
import type { FieldProblem } from '../schema';
import { fieldPath, refuseUnknown, type Indexed } from './types';

/** Events that name their train and, optionally, one of its teams (`null`: the train's own). */
type TrainTeamEvent = Indexed<{ data: { train: string; team: string | null } }>;

/**
 * The ids of the trains and teams a batch names. Refuses the batch, naming each field, if a train or team is unknown
 * or a team belongs to another train.
 */
export async function resolveTrainsAndTeams(db: Kysely<Database>, events: TrainTeamEvent[]) {
  const trains = await findTrainsWithTeams(db, [...new Set(events.map(({ event }) => event.data.train))]);
  const teamSlugs = [...new Set(events.flatMap(({ event }) => (event.data.team === null ? [] : [event.data.team])))];
  const teams = new Map((await findTeamsBySlug(db, teamSlugs)).map((t) => [t.slug, t]));

  const problems: FieldProblem[] = [];
  for (const { event, index } of events) {
    const { train, team: slug } = event.data;
    if (!trains.has(train)) problems.push({ path: fieldPath(index, 'train'), message: `unknown train "${train}"` });
    if (slug === null) continue;
    const team = teams.get(slug);
    if (!team) problems.push({ path: fieldPath(index, 'team'), message: `unknown team "${slug}"` });
    else if (trains.has(train) && team.train_slug !== train) {
      problems.push({ path: fieldPath(index, 'team'), message: `team "${slug}" is not in train "${train}"` });
    }
  }
  refuseUnknown(problems);
  return {
    trainId: (slug: string) => trains.get(slug)!.id,
    teamId: (slug: string | null) => (slug === null ? null : teams.get(slug)!.id),
  };
}
