// Client-safe: how long one pass of a playlist takes, as the editor estimates it while items change.
import type { PlaylistItemInput } from './types';

/** Panels one item shows per pass: a burndown of every team in turn shows one per team, anything else one. */
export function panelsPerPass(item: Pick<PlaylistItemInput, 'kind' | 'params'>, teamCount: number): number {
  if (item.kind !== 'burndown') return 1;
  const params = item.params as { team?: string; scope?: string };
  return params.team || params.scope === 'train' ? 1 : teamCount;
}

/** Seconds of one pass: each panel for its item's seconds. */
export function loopSeconds(items: Pick<PlaylistItemInput, 'kind' | 'params' | 'seconds'>[], teamCount: number): number {
  return items.reduce((sum, item) => sum + (Number.isFinite(item.seconds) ? item.seconds : 0) * panelsPerPass(item, teamCount), 0);
}
