import { listOpenImpediments, listRecentlyResolved, type ImpedimentRow } from '../../db/queries/impediments';
import { findTrainBySlug, listTeams } from '../../db/queries/trains';
import { mayEditTeam } from '../admin/team-access';
import { chooseTrain } from '../admin/train-choice';
import { requireRole, type UserPrincipal } from '../auth/principal';
import type { Runtime } from '../runtime';
import { todayIn } from '../time/calendar';
import { toImpedimentDto } from './service';
import type { ImpedimentItem, ImpedimentsPageData, TeamChoice } from './types';

/** How many resolved impediments the page lists, newest first, to reopen one resolved by mistake. */
export const RECENTLY_RESOLVED = 10;

const WHOLE_TRAIN: TeamChoice = { slug: null, name: 'Whole train' };

/** Whole calendar days from one date to another ('YYYY-MM-DD'). */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * The impediments page: a train (?train=, else the editor's own, else the first), its open impediments oldest
 * first, the last ones resolved, and where the user may add one.
 */
export async function loadImpedimentsPage(
  runtime: Pick<Runtime, 'db'>,
  me: UserPrincipal,
  query: { train?: string },
  now = new Date(),
): Promise<ImpedimentsPageData> {
  requireRole(me, 'editor');
  const db = runtime.db;
  const { trains, slug } = await chooseTrain(db, me, query.train, { ownTrainFirst: true });
  const train = slug === undefined ? undefined : await findTrainBySlug(db, slug);
  if (!train) return { trains, train: null, teamChoices: [], defaultTeam: null, open: [], resolved: [] };

  const [teams, open, resolved] = await Promise.all([listTeams(db, train.id), listOpenImpediments(db, train.id), listRecentlyResolved(db, train.id, RECENTLY_RESOLVED)]);
  const teamChoices: TeamChoice[] = [
    ...teams.filter((team) => mayEditTeam(me, team.id)).map(({ slug, name }) => ({ slug, name })),
    ...(mayEditTeam(me, null) ? [WHOLE_TRAIN] : []),
  ];
  const ownTeam = teams.find((team) => team.id === me.teamId);
  // The RTE's own impediments are the train's: without a team of their own, admins start from "Whole train".
  const defaultTeam = ownTeam && mayEditTeam(me, ownTeam.id) ? ownTeam.slug : me.role === 'admin' ? null : (teamChoices[0]?.slug ?? null);

  const today = todayIn(train.time_zone, now);
  const item = (row: ImpedimentRow): ImpedimentItem => ({
    ...toImpedimentDto(row),
    ageDays: daysBetween(todayIn(train.time_zone, row.opened_at), row.resolved_at ? todayIn(train.time_zone, row.resolved_at) : today),
    editable: mayEditTeam(me, row.team_id),
  });
  return {
    trains,
    train: { slug: train.slug, name: train.name },
    teamChoices,
    defaultTeam,
    open: open.map(item),
    resolved: resolved.map(item),
  };
}
