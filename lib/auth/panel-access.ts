import { publicTeamSlugs, publicTrainSlugs } from '../../db/queries/trains';
import { allowedPanelKeys } from '../displays/access';
import { panelScope, parsePanelKey } from '../panels/keys';
import type { Runtime } from '../runtime';
import type { Principal } from './principal';

/**
 * Which of these panels the caller may read: signed-in users any; a display only its own playlists' panels;
 * anyone else only panels of trains whose wall is public.
 */
export async function canWatchPanels(runtime: Pick<Runtime, 'db'> & Partial<Runtime>, principal: Principal, keys: string[]): Promise<string[]> {
  const refs = keys.map((key) => ({ key, ref: parsePanelKey(key) })).filter((k) => k.ref !== undefined);
  if (principal.kind === 'user') return refs.map((k) => k.key);
  if (principal.kind === 'display') {
    const allowed = await allowedPanelKeys(runtime as Runtime, principal.displayId);
    return refs.filter((k) => allowed.has(k.key)).map((k) => k.key);
  }
  const scoped = refs.map((k) => ({ key: k.key, scope: panelScope(k.ref!) }));
  const teams = scoped.flatMap((k) => ('team' in k.scope ? [k.scope.team] : []));
  const trains = scoped.flatMap((k) => ('train' in k.scope ? [k.scope.train] : []));
  const [openTeams, openTrains] = await Promise.all([publicTeamSlugs(runtime.db, [...new Set(teams)]), publicTrainSlugs(runtime.db, [...new Set(trains)])]);
  return scoped.filter((k) => ('team' in k.scope ? openTeams.has(k.scope.team) : openTrains.has(k.scope.train))).map((k) => k.key);
}

export async function canReadPanel(runtime: Runtime, principal: Principal, key: string): Promise<boolean> {
  return (await canWatchPanels(runtime, principal, [key])).length === 1;
}
