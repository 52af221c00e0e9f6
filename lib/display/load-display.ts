import { findTrainBySlug, listTeams } from '../../db/queries/trains';
import { hasRole, resolvePrincipal } from '../auth/principal';
import { isSlug, panelKey } from '../panels/keys';
import type { PanelDto } from '../panels/types';
import type { Runtime } from '../runtime';
import type { DisplayItem, DisplayModel } from './types';

export interface DisplayOptions {
  /** Show only this team's panels. */
  team?: string;
  measure?: 'points' | 'hours';
}

/**
 * A train's open wall: one burndown per team, each for the configured time, with every panel's data loaded.
 * Only trains with a public wall, unless a console user is signed in; undefined otherwise (shown as not found).
 */
export async function loadDisplay(
  runtime: Runtime,
  trainSlug: string,
  options: DisplayOptions,
  tokens: { session?: string; display?: string } = {},
): Promise<DisplayModel | undefined> {
  if (!isSlug(trainSlug)) return undefined;
  const train = await findTrainBySlug(runtime.db, trainSlug);
  if (!train) return undefined;
  if (!train.public_wall && !hasRole(await resolvePrincipal(runtime.db, { session: tokens.session }), 'viewer')) return undefined;
  const teams = (await listTeams(runtime.db, train.id)).filter((t) => !options.team || t.slug === options.team);
  const items: DisplayItem[] = teams.map((team) => ({
    key: panelKey({ kind: 'burndown', team: team.slug, measure: options.measure ?? 'points' }),
    kind: 'burndown',
    seconds: runtime.config.rotationSeconds,
  }));
  const fallback: Record<string, PanelDto> = {};
  await Promise.all(
    items.map(async (item) => {
      const data = await runtime.publisher.get(item.key);
      if (data) fallback[item.key] = data;
    }),
  );
  return { train: { slug: train.slug, name: train.name, timeZone: train.time_zone }, items, fallback };
}

/** Reads the display's query string: ?team=<slug> and ?measure=points|hours; anything else is ignored. */
export function displayOptionsFrom(search: Record<string, string | string[] | undefined>): DisplayOptions {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const team = first(search.team);
  const measure = first(search.measure);
  return {
    team: team && isSlug(team) ? team : undefined,
    measure: measure === 'hours' || measure === 'points' ? measure : undefined,
  };
}
