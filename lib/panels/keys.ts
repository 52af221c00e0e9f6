// Client-safe. A panel key names one panel's data: the SWR cache key, the socket.io room, the API path.
import type { BurndownMeasure, BurndownRef } from './burndown/types';

export type PanelRef = BurndownRef;
export type PanelKind = PanelRef['kind'];

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function panelKey(ref: PanelRef): string {
  return `${ref.kind}:${ref.team}:${ref.measure}`;
}

/** Parses a key from a URL or a socket; anything malformed is undefined, never an exception. */
export function parsePanelKey(key: string): PanelRef | undefined {
  const [kind, team, measure, ...rest] = key.split(':');
  if (rest.length > 0 || kind !== 'burndown' || !team || !SLUG.test(team)) return undefined;
  if (measure !== 'points' && measure !== 'hours') return undefined;
  return { kind, team, measure: measure as BurndownMeasure };
}

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}
