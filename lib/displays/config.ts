import { createHash } from 'node:crypto';
import { cadenceWindows } from '../../db/queries/calendar';
import { findDisplay, listSchedules } from '../../db/queries/displays';
import { itemsOfPlaylists, playlistsOfTrain, type PlaylistItemRow } from '../../db/queries/playlists';
import { listTeams } from '../../db/queries/trains';
import type { PlaylistEntry } from '../display/types';
import { panelKey } from '../panels/keys';
import { playlistItemSchema } from '../playlists/schema';
import type { Runtime } from '../runtime';
import type { CadenceKind, ScheduleRule } from '../schedule/types';
import { addDays, todayIn } from '../time/calendar';
import type { DisplayConfig, PlaylistDto } from './types';

/**
 * The playlist id of the implicit "all teams' burndowns" list a display shows when its train has no playlist
 * yet. Real playlist ids start at 1, so 0 never collides; it is a key of `playlists` like any other.
 */
export const IMPLICIT_PLAYLIST_ID = 0;
export const IMPLICIT_PLAYLIST_NAME = "All teams' burndowns";

/** Cadence windows this far either side of today travel with the config; the display resolves within them. */
const CADENCE_DAYS = 120;

type Team = { slug: string; name: string };

/**
 * Everything a paired display needs to run on its own: its default playlist and every playlist its schedules can
 * switch to (expanded into panels for its train and team filter), its schedule rules and the cadence windows.
 * Undefined for an unknown or revoked display.
 */
export async function loadDisplayConfig(runtime: Pick<Runtime, 'db' | 'config'>, displayId: number, now = new Date()): Promise<DisplayConfig | undefined> {
  const { db } = runtime;
  const display = await findDisplay(db, displayId);
  if (!display || display.revoked_at) return undefined;

  const [allTeams, trainPlaylists, scheduleRows] = await Promise.all([
    listTeams(db, display.train_id),
    playlistsOfTrain(db, display.train_id),
    listSchedules(db, displayId),
  ]);
  const teams = display.team_filter ? allTeams.filter((t) => t.slug === display.team_filter) : allTeams;
  const names = new Map(trainPlaylists.map((p) => [p.id, p.name]));

  const ownPlaylist = display.playlist_id !== null && names.has(display.playlist_id) ? display.playlist_id : null;
  const defaultPlaylistId = ownPlaylist ?? trainPlaylists[0]?.id ?? IMPLICIT_PLAYLIST_ID;
  // Schedules only ever name playlists of the display's own train (checked on save); the filter keeps it that way.
  const schedules: ScheduleRule[] = scheduleRows
    .filter((row) => row.screen_off || (row.playlist_id !== null && names.has(row.playlist_id)))
    .map((row) => ({
      id: row.id,
      playlistId: row.screen_off ? null : row.playlist_id,
      screenOff: row.screen_off,
      weekdays: [...new Set(row.weekdays.split('').map(Number))].filter((d) => d >= 0 && d <= 6).sort((a, b) => a - b),
      startMinute: row.start_minute,
      endMinute: row.end_minute,
      cadence: row.cadence,
    }));

  const ids = [...new Set([defaultPlaylistId, ...schedules.map((s) => s.playlistId)])].filter((id): id is number => id !== null && id !== IMPLICIT_PLAYLIST_ID);
  const rows = await itemsOfPlaylists(db, ids);
  const playlists: Record<number, PlaylistDto> = {};
  for (const id of ids) {
    const items = rows.filter((row) => row.playlist_id === id).flatMap((row) => expandItem(row, display.train_slug, teams));
    playlists[id] = { id, name: names.get(id) ?? '', items };
  }
  if (defaultPlaylistId === IMPLICIT_PLAYLIST_ID) playlists[IMPLICIT_PLAYLIST_ID] = implicitPlaylist(teams, runtime.config.rotationSeconds);

  const today = todayIn(display.time_zone, now);
  const cadence = await cadenceWindows(db, display.train_id, addDays(today, -CADENCE_DAYS), addDays(today, CADENCE_DAYS));

  const body: Omit<DisplayConfig, 'version'> = {
    display: { id: display.id, name: display.name },
    train: { slug: display.train_slug, name: display.train_name, timeZone: display.time_zone },
    defaultPlaylistId,
    playlists,
    schedules,
    cadence: cadence.map((w) => ({ kind: w.kind as CadenceKind, startDate: w.startDate, endDate: w.endDate })),
  };
  return { ...body, version: configVersion(body) };
}

/**
 * What a display without a playlist of its own plays, and what a train's public wall plays: the train's first
 * playlist by name, expanded for these teams, else every team's burndown.
 */
export async function loadTrainDefaultPlaylist(
  runtime: Pick<Runtime, 'db' | 'config'>,
  train: { id: number; slug: string },
  teams: Team[],
): Promise<PlaylistDto> {
  const [first] = await playlistsOfTrain(runtime.db, train.id);
  if (!first) return implicitPlaylist(teams, runtime.config.rotationSeconds);
  const rows = await itemsOfPlaylists(runtime.db, [first.id]);
  return { id: first.id, name: first.name, items: rows.flatMap((row) => expandItem(row, train.slug, teams)) };
}

function implicitPlaylist(teams: Team[], seconds: number): PlaylistDto {
  return { id: IMPLICIT_PLAYLIST_ID, name: IMPLICIT_PLAYLIST_NAME, items: burndowns(teams, 'points', seconds) };
}

/**
 * One stored item as the display's panels: a team-less burndown is one panel per team, in team-name order; train
 * panels are one panel of the display's train.
 */
export function expandItem(row: Pick<PlaylistItemRow, 'kind' | 'params' | 'seconds'>, train: string, teams: Team[]): PlaylistEntry[] {
  const parsed = playlistItemSchema.safeParse({ kind: row.kind, params: row.params ?? {}, seconds: row.seconds });
  if (!parsed.success) return [];
  const item = parsed.data;
  const seconds = item.seconds;
  switch (item.kind) {
    case 'screen-off':
      return [{ key: 'screen-off', kind: 'screen-off', seconds }];
    case 'burndown': {
      const measure = item.params.measure ?? 'points';
      if (item.params.scope === 'train') return [{ key: panelKey({ kind: 'train-burndown', train, measure }), kind: 'train-burndown', seconds }];
      const shown = item.params.team ? teams.filter((t) => t.slug === item.params.team) : teams;
      return burndowns(shown, measure, seconds);
    }
    case 'pi-burnup':
      return [{ key: panelKey({ kind: 'pi-burnup', train, measure: item.params.measure ?? 'points' }), kind: 'pi-burnup', seconds }];
    case 'objectives':
    case 'flow':
    case 'impediments':
    case 'risks':
    case 'incidents':
    case 'kpis':
    case 'releases':
    case 'dora':
    case 'quality':
      return [{ key: panelKey({ kind: item.kind, train }), kind: item.kind, seconds }];
    case 'announcement':
      return [{ key: panelKey({ kind: 'announcement', train, id: item.params.id }), kind: 'announcement', seconds }];
  }
}

function burndowns(teams: Team[], measure: 'points' | 'hours', seconds: number): PlaylistEntry[] {
  return teams.map((team) => ({ key: panelKey({ kind: 'burndown', team: team.slug, measure }), kind: 'burndown', seconds }));
}

/** Short and stable: the same configuration always gives the same version. */
function configVersion(body: Omit<DisplayConfig, 'version'>): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 12);
}
