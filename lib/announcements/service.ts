import type { Kysely } from 'kysely';
import {
  deleteAnnouncementRow,
  findAnnouncement,
  insertAnnouncement,
  listTrainAnnouncements,
  updateAnnouncementRow,
} from '../../db/queries/announcements';
import { displaysOfTrain, displaysUsingPlaylists } from '../../db/queries/displays';
import { deleteAnnouncementItems } from '../../db/queries/playlists';
import { findTrainBySlug } from '../../db/queries/trains';
import type { Database } from '../../db/schema';
import { AdminError } from '../admin/errors';
import { publishPanels } from '../admin/publish';
import { trainBySlug } from '../admin/team-access';
import { chooseTrain } from '../admin/train-choice';
import { recordAudit } from '../audit';
import { requireRole, type Principal, type UserPrincipal } from '../auth/principal';
import { pushDisplayConfigs } from '../displays/push';
import { panelKey } from '../panels/keys';
import type { Runtime } from '../runtime';
import { createAnnouncementSchema, updateAnnouncementSchema } from './schema';
import type { AnnouncementsPageData, AnnouncementSummary } from './types';

type Services = Pick<Runtime, 'db' | 'publisher' | 'log' | 'config' | 'io'>;
type AnnouncementRow = NonNullable<Awaited<ReturnType<typeof findAnnouncement>>>;

// Announcements are the train's notice board: editors write them, like PI objectives.
const EDIT_ROLE = 'editor';

function toSummary(row: Pick<AnnouncementRow, 'id' | 'title' | 'body' | 'updated_at'>, trainSlug: string): AnnouncementSummary {
  return { id: row.id, trainSlug, title: row.title, body: row.body, updatedAt: row.updated_at.toISOString() };
}

/** Walls showing the announcement get it again (a deleted one: its panel says it is gone). */
const publish = (runtime: Services, train: string, id: number) => publishPanels(runtime, [panelKey({ kind: 'announcement', train, id })], 'an announcement');

export async function createAnnouncement(runtime: Services, principal: Principal, body: unknown, now = new Date()): Promise<AnnouncementSummary> {
  const actor = requireRole(principal, EDIT_ROLE);
  const input = createAnnouncementSchema.parse(body);
  const summary = await runtime.db.transaction().execute(async (trx) => {
    const train = await trainBySlug(trx, input.trainSlug);
    const row = { train_id: train.id, title: input.title, body: input.body, created_at: now, updated_at: now };
    const { id } = await insertAnnouncement(trx, row);
    await recordAudit(trx, { actor, action: 'announcement.created', subject: `announcement ${id}`, details: { train: train.slug, title: input.title, body: input.body } });
    return toSummary({ ...row, id }, train.slug);
  });
  await publish(runtime, summary.trainSlug, summary.id);
  return summary;
}

export async function updateAnnouncement(runtime: Services, principal: Principal, id: number, body: unknown, now = new Date()): Promise<AnnouncementSummary> {
  const actor = requireRole(principal, EDIT_ROLE);
  const changes = updateAnnouncementSchema.parse(body);
  const summary = await runtime.db.transaction().execute(async (trx) => {
    const before = await existing(trx, id);
    const after = { title: changes.title ?? before.title, body: changes.body ?? before.body, updated_at: now };
    await updateAnnouncementRow(trx, id, after);
    await recordAudit(trx, {
      actor,
      action: 'announcement.updated',
      subject: `announcement ${id}`,
      details: { train: before.train_slug, from: { title: before.title, body: before.body }, to: { title: after.title, body: after.body } },
    });
    return toSummary({ ...before, ...after }, before.train_slug);
  });
  await publish(runtime, summary.trainSlug, id);
  return summary;
}

export async function deleteAnnouncement(runtime: Services, principal: Principal, id: number): Promise<void> {
  const actor = requireRole(principal, EDIT_ROLE);
  const { train, displays } = await runtime.db.transaction().execute(async (trx) => {
    const row = await existing(trx, id);
    await deleteAnnouncementRow(trx, id);
    // A playlist must not keep a panel that can never load again: the item goes with the announcement.
    const playlists = await deleteAnnouncementItems(trx, id);
    await recordAudit(trx, {
      actor,
      action: 'announcement.deleted',
      subject: `announcement ${id}`,
      details: { train: row.train_slug, title: row.title, body: row.body, removedFromPlaylists: playlists },
    });
    // Those playlists' displays, and (as the train's first playlist is their default) displays without one.
    const displays = playlists.length === 0 ? [] : [...(await displaysUsingPlaylists(trx, playlists)), ...(await displaysOfTrain(trx, row.train_id, true))];
    return { train: row.train_slug, displays: [...new Set(displays)] };
  });
  await publish(runtime, train, id);
  await pushDisplayConfigs(runtime, displays);
}

async function existing(db: Kysely<Database>, id: number): Promise<AnnouncementRow> {
  const row = await findAnnouncement(db, id);
  if (!row) throw new AdminError(404, 'not_found', `There is no announcement ${id}.`);
  return row;
}

/** The console page: a train (?train=, else the first) and its announcements, newest first. */
export async function loadAnnouncementsPage(runtime: Pick<Runtime, 'db'>, me: UserPrincipal, query: { train?: string }): Promise<AnnouncementsPageData> {
  requireRole(me, EDIT_ROLE);
  const { trains, slug } = await chooseTrain(runtime.db, me, query.train, { ownTrainFirst: false });
  const train = slug === undefined ? undefined : await findTrainBySlug(runtime.db, slug);
  if (!train) return { trains, train: null, announcements: [] };
  const rows = await listTrainAnnouncements(runtime.db, train.id);
  return { trains, train: { slug: train.slug, name: train.name }, announcements: rows.map((row) => toSummary(row, train.slug)) };
}
