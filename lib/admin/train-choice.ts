import type { Kysely } from 'kysely';
import { findTeamTrainSlug } from '../../db/queries/objectives';
import { listTrains } from '../../db/queries/trains';
import type { Database } from '../../db/schema';
import type { UserPrincipal } from '../auth/principal';

/**
 * The trains a console page offers, by name, and the slug of the one it shows: ?train= when it names one, else
 * (ownTrainFirst) the train of the user's team, else the first; undefined when there is no train yet.
 */
export async function chooseTrain(
  db: Kysely<Database>,
  me: UserPrincipal,
  requested: string | undefined,
  options: { ownTrainFirst: boolean },
): Promise<{ trains: { slug: string; name: string }[]; slug: string | undefined }> {
  const trains = await listTrains(db);
  const ownTrain = options.ownTrainFirst && me.teamId !== null ? await findTeamTrainSlug(db, me.teamId) : undefined;
  const slug = [requested, ownTrain, trains[0]?.slug].find((s) => s !== undefined && trains.some((t) => t.slug === s));
  return { trains, slug };
}
