import type { Kysely } from 'kysely';
import type { Database, Role } from '../../db/schema';
import type { UserPrincipal } from '../../lib/auth/principal';
import { insertTrain, type TrainFixture } from './fixtures';
import { insertUserPrincipal } from './principals';

// What the console slices' DB tests share: two trains, users with a team, and requests as the browser sends them.

export const SITE = 'http://signalbox.test';

/** A same-origin console request with a JSON body (when given) and the session cookie (when given). */
export function consoleRequest(path: string, method: string, body?: unknown, cookie?: string): Request {
  const headers: Record<string, string> = { host: 'signalbox.test', origin: SITE };
  if (cookie) headers.cookie = cookie;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return new Request(`${SITE}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** A user of the role with a team (users.team_id), and the principal a session of it resolves to. */
export async function insertTeamUser(db: Kysely<Database>, role: Role, email: string, teamId: number | null = null): Promise<UserPrincipal> {
  const principal = await insertUserPrincipal(db, role, email);
  await db.updateTable('users').set({ team_id: teamId }).where('id', '=', principal.userId).execute();
  return { ...principal, teamId };
}

/** PI 26.4 of both trains: Monday 5 October to Friday 11 December 2026. */
export const PI_26_4 = { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' };

/**
 * Train north (Europe/Amsterdam; teams otters and badgers unless given) and train south (America/Sao_Paulo; team
 * pumas), each with PI 26.4 and no iterations.
 */
export async function insertNorthAndSouth(
  db: Kysely<Database>,
  northTeams: string[] = ['otters', 'badgers'],
): Promise<{ north: TrainFixture; south: TrainFixture }> {
  const north = await insertTrain(db, { slug: 'north', timeZone: 'Europe/Amsterdam', teams: northTeams, pi: PI_26_4, iterations: [] });
  const south = await insertTrain(db, { slug: 'south', timeZone: 'America/Sao_Paulo', teams: ['pumas'], pi: PI_26_4, iterations: [] });
  return { north, south };
}
