import { findTrainBySlug, listTeams } from '../../db/queries/trains';
import { hasRole, resolvePrincipal } from '../auth/principal';
import { loadTrainDefaultPlaylist } from '../displays/config';
import { isSlug, panelKey, panelScope, parsePanelKey } from '../panels/keys';
import type { PanelDto } from '../panels/types';
import type { Runtime } from '../runtime';
import type { DisplayModel, PlaylistEntry } from './types';

export interface DisplayOptions {
  /** Show only this team's burndown. */
  team?: string;
  measure?: 'points' | 'hours';
  /** Show just this panel of the train (any rotating panel key of the train), e.g. for a TV given to one panel. */
  panel?: string;
}

type Team = { slug: string; name: string };

/**
 * A train's open wall: with no options, the train's default playlist (as a newly paired display plays it); with
 * ?team or ?measure, burndowns as asked; with ?panel, that one panel. Each panel's data is loaded, and the header's
 * cadence. Only trains with a public wall, unless a console user is signed in; undefined otherwise, and for a panel of
 * another train (shown as not found).
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
  const teams = await listTeams(runtime.db, train.id);
  const items = await wallItems(runtime, { id: train.id, slug: train.slug }, teams, options);
  if (!items) return undefined;

  const keys = [...new Set([...items.flatMap((item) => (item.kind === 'screen-off' ? [] : [item.key])), panelKey({ kind: 'cadence', train: train.slug })])];
  const fallback: Record<string, PanelDto> = {};
  await Promise.all(
    keys.map(async (key) => {
      const data = await runtime.publisher.get(key);
      if (data) fallback[key] = data;
    }),
  );
  return { train: { slug: train.slug, name: train.name, timeZone: train.time_zone }, items, fallback };
}

async function wallItems(runtime: Runtime, train: { id: number; slug: string }, teams: Team[], options: DisplayOptions): Promise<PlaylistEntry[] | undefined> {
  const seconds = runtime.config.rotationSeconds;
  if (options.panel !== undefined) {
    const ref = parsePanelKey(options.panel);
    if (!ref || ref.kind === 'cadence') return undefined;
    const scope = panelScope(ref);
    const ours = 'team' in scope ? teams.some((t) => t.slug === scope.team) : scope.train === train.slug;
    return ours ? [{ key: panelKey(ref), kind: ref.kind, seconds }] : undefined;
  }
  if (options.team !== undefined || options.measure !== undefined) {
    return teams
      .filter((t) => !options.team || t.slug === options.team)
      .map((team) => ({ key: panelKey({ kind: 'burndown', team: team.slug, measure: options.measure ?? 'points' }), kind: 'burndown', seconds }));
  }
  return (await loadTrainDefaultPlaylist(runtime, train, teams)).items;
}

/** Reads the display's query string: ?team=<slug>, ?measure=points|hours and ?panel=<key>; anything else is ignored. */
export function displayOptionsFrom(search: Record<string, string | string[] | undefined>): DisplayOptions {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const team = first(search.team);
  const measure = first(search.measure);
  const panel = first(search.panel);
  return {
    team: team && isSlug(team) ? team : undefined,
    measure: measure === 'hours' || measure === 'points' ? measure : undefined,
    panel: panel || undefined,
  };
}
