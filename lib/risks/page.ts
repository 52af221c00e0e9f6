import { listTrainPis } from '../../db/queries/objectives';
import { listBoardRisks } from '../../db/queries/risks';
import { findTrainBySlug, listTeams } from '../../db/queries/trains';
import { mayEditTeam } from '../admin/team-access';
import { chooseTrain } from '../admin/train-choice';
import { requireRole, type UserPrincipal } from '../auth/principal';
import { compareRisks, ROAM_WORK_ORDER } from '../panels/risks/math';
import type { Runtime } from '../runtime';
import { toRiskDto } from './service';
import type { RisksPageData } from './types';

/**
 * The risks page: a train (?train=, else the editor's own, else the first), one of its PIs (?pi=, else the current
 * one), and its risks with those tied to no PI, as the wall's board holds them, by ROAM state.
 */
export async function loadRisksPage(runtime: Pick<Runtime, 'db'>, me: UserPrincipal, query: { train?: string; pi?: string }, now = new Date()): Promise<RisksPageData> {
  requireRole(me, 'editor');
  const db = runtime.db;
  const { trains, slug } = await chooseTrain(db, me, query.train, { ownTrainFirst: true });
  const train = slug === undefined ? undefined : await findTrainBySlug(db, slug);
  if (!train) return { trains, train: null, pis: [], pi: null, groups: [], teams: [], wholeTrain: false, defaultTeam: null };

  const [pis, allTeams] = await Promise.all([listTrainPis(db, train.id, now), listTeams(db, train.id)]);
  const pi = pis.find((p) => String(p.id) === query.pi) ?? pis.find((p) => p.current) ?? null;
  const risks = (await listBoardRisks(db, train.id, pi?.id ?? null)).map((row) => toRiskDto(row, me, now));
  const teams = allTeams.filter((team) => mayEditTeam(me, team.id)).map(({ slug, name }) => ({ slug, name }));
  const own = allTeams.find((team) => team.id === me.teamId && mayEditTeam(me, team.id));
  const wholeTrain = mayEditTeam(me, null);
  return {
    trains,
    train: { slug: train.slug, name: train.name },
    pis: pis.map(({ id, name, current }) => ({ id, name, current })),
    pi: pi && { id: pi.id, name: pi.name },
    groups: ROAM_WORK_ORDER.map((state) => ({
      state,
      risks: risks.filter((r) => r.roam === state).sort((a, b) => compareRisks(a, b)),
    })).filter((group) => group.risks.length > 0),
    teams,
    wholeTrain,
    defaultTeam: own?.slug ?? (wholeTrain ? null : (teams[0]?.slug ?? null)),
  };
}
