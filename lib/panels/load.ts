import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { loadBurndown } from './burndown/loader';
import { panelKey, parsePanelKey } from './keys';
import type { PanelDto } from './types';

/** Runs the loader of the panel a key names; undefined when the key or what it names does not exist. */
export async function loadPanel(db: Kysely<Database>, key: string, now: Date): Promise<PanelDto | undefined> {
  const ref = parsePanelKey(key);
  if (!ref) return undefined;
  switch (ref.kind) {
    case 'burndown':
      return loadBurndown(db, ref, now);
  }
}

/** Every panel whose data a change to these teams' work can move. */
export function panelKeysForTeams(teams: Iterable<string>): string[] {
  const keys: string[] = [];
  for (const team of new Set(teams)) {
    for (const measure of ['points', 'hours'] as const) keys.push(panelKey({ kind: 'burndown', team, measure }));
  }
  return keys;
}
