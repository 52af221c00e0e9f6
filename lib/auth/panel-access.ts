import { publicTeamSlugs } from '../../db/queries/trains';
import { allowedPanelKeys } from '../displays/access';
import { parsePanelKey } from '../panels/keys';
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
  const open = await publicTeamSlugs(runtime.db, [...new Set(refs.map((k) => k.ref!.team))]);
  return refs.filter((k) => open.has(k.ref!.team)).map((k) => k.key);
}

export async function canReadPanel(runtime: Runtime, principal: Principal, key: string): Promise<boolean> {
  return (await canWatchPanels(runtime, principal, [key])).length === 1;
}
