import type { Kysely } from 'kysely';
import { findTrainBySlug } from '../../db/queries/trains';
import { findTeamsBySlug } from '../../db/queries/work-items';
import type { Database } from '../../db/schema';
import { AuthError, type UserPrincipal } from '../auth/principal';
import { AdminError } from './errors';

// Who may change a team's items in the console, and the lookups every team-owned console slice starts with.

/** Admins (RTEs) change every team's items and the whole train's (team null); editors only their own team's. */
export function mayEditTeam(actor: UserPrincipal, teamId: number | null): boolean {
  return actor.role === 'admin' || (actor.role === 'editor' && teamId !== null && actor.teamId === teamId);
}

/** Refuses (403, with the slice's own explanation) a change the actor may not make to the team's items. */
export function assertMayEditTeam(actor: UserPrincipal, teamId: number | null, forbidden: string): void {
  if (!mayEditTeam(actor, teamId)) throw new AuthError(403, forbidden);
}

/** The train a slug names, or a 400 unknown_train. */
export async function trainBySlug(db: Kysely<Database>, slug: string) {
  const train = await findTrainBySlug(db, slug);
  if (!train) throw new AdminError(400, 'unknown_train', `There is no train "${slug}".`);
  return train;
}

/** The team a slug names, with its train, or a 400 unknown_team. */
export async function teamBySlug(db: Kysely<Database>, slug: string) {
  const team = (await findTeamsBySlug(db, [slug]))[0];
  if (!team) throw new AdminError(400, 'unknown_team', `There is no team "${slug}".`);
  return team;
}

/** The team a slug names, which must be the train's (else 400 other_train); null stays null (the whole train). */
export async function teamInTrain(db: Kysely<Database>, slug: string | null, train: { id: number; slug: string }) {
  if (slug === null) return null;
  const team = await teamBySlug(db, slug);
  if (team.train_id !== train.id) throw new AdminError(400, 'other_train', `Team "${slug}" is not in train "${train.slug}".`);
  return team;
}
