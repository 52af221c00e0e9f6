import { listPiObjectives, listTrainPis, objectiveBreakdownByTeam } from '../../db/queries/objectives';
import { findTrainBySlug, listTeams } from '../../db/queries/trains';
import { mayEditTeam } from '../admin/team-access';
import { chooseTrain } from '../admin/train-choice';
import { requireRole, type UserPrincipal } from '../auth/principal';
import { artPredictability, teamObjectives } from '../panels/objectives/math';
import type { Runtime } from '../runtime';
import { toObjectiveDto } from './service';
import type { ObjectivesPageData } from './types';

/**
 * The objectives page: a train (?train=, else the editor's own, else the first) and one of its PIs (?pi=, else
 * the current one), its objectives by team, and each team's predictability.
 */
export async function loadObjectivesPage(
  runtime: Pick<Runtime, 'db'>,
  me: UserPrincipal,
  query: { train?: string; pi?: string },
  now = new Date(),
): Promise<ObjectivesPageData> {
  requireRole(me, 'editor');
  const db = runtime.db;
  const { trains, slug } = await chooseTrain(db, me, query.train, { ownTrainFirst: true });
  const train = slug === undefined ? undefined : await findTrainBySlug(db, slug);
  const empty = { percent: null, state: 'none', planned: 0, actual: 0, rated: 0, total: 0 } as const;
  if (!train) return { trains, train: null, pis: [], pi: null, teams: [], art: empty, editableTeams: [] };

  const [pis, teams] = await Promise.all([listTrainPis(db, train.id, now), listTeams(db, train.id)]);
  const editableTeams = teams.filter((team) => mayEditTeam(me, team.id)).map(({ slug, name }) => ({ slug, name }));
  const pi = pis.find((p) => String(p.id) === query.pi) ?? pis.find((p) => p.current) ?? null;
  const base = { trains, train: { slug: train.slug, name: train.name }, pis, pi, editableTeams };
  if (!pi) return { ...base, teams: [], art: empty };

  const [breakdown, objectives] = await Promise.all([objectiveBreakdownByTeam(db, pi.id), listPiObjectives(db, pi.id)]);
  return {
    ...base,
    art: artPredictability(breakdown),
    teams: breakdown.map((row) => {
      const team = teams.find((t) => t.slug === row.teamSlug)!;
      return {
        slug: team.slug,
        name: team.name,
        editable: mayEditTeam(me, team.id),
        summary: teamObjectives(row),
        objectives: objectives.filter((o) => o.team_id === team.id).map(toObjectiveDto),
      };
    }),
  };
}
