import { deleteCalendarEvent, insertCalendarEvent, listCalendarEvents } from '../../db/queries/calendar';
import { displaysOfTrain } from '../../db/queries/displays';
import { findTrainById, findTrainBySlug } from '../../db/queries/trains';
import { AdminError } from '../admin/errors';
import { recordAudit } from '../audit';
import { requireRole, type Principal } from '../auth/principal';
import { pushDisplayConfigs } from '../displays/push';
import { panelKey } from '../panels/keys';
import type { Runtime } from '../runtime';
import { calendarEventSchema, deleteCalendarEventSchema } from './schema';
import type { CalendarEventDto } from './types';

type Services = Pick<Runtime, 'db' | 'config' | 'io' | 'log' | 'publisher'>;

export async function listCalendar(runtime: Pick<Runtime, 'db'>, principal: Principal): Promise<CalendarEventDto[]> {
  requireRole(principal, 'viewer');
  const rows = await listCalendarEvents(runtime.db);
  return rows.map((row) => ({ id: row.id, trainSlug: row.train_slug, kind: row.kind, title: row.title, startDate: row.start_date, endDate: row.end_date }));
}

/**
 * Adds PI planning days or a system demo to a train's calendar (editors and admins). PI planning days drive
 * cadence-aware schedules, so every display of the train is pushed its new configuration.
 */
export async function addCalendarEvent(runtime: Services, principal: Principal, body: unknown): Promise<CalendarEventDto> {
  const actor = requireRole(principal, 'editor');
  const input = calendarEventSchema.parse(body);
  const { id, trainId } = await runtime.db.transaction().execute(async (trx) => {
    const train = await findTrainBySlug(trx, input.trainSlug);
    if (!train) throw new AdminError(400, 'unknown_train', `There is no train "${input.trainSlug}".`);
    const row = await insertCalendarEvent(trx, { trainId: train.id, kind: input.kind, title: input.title, startDate: input.startDate, endDate: input.endDate });
    await recordAudit(trx, { actor, action: 'calendar.added', subject: `calendar event ${row.id}`, details: { ...input } });
    return { id: row.id, trainId: train.id };
  });
  await announceCalendarChange(runtime, { id: trainId, slug: input.trainSlug }, input.kind);
  return { id, trainSlug: input.trainSlug, kind: input.kind, title: input.title, startDate: input.startDate, endDate: input.endDate };
}

export async function removeCalendarEvent(runtime: Services, principal: Principal, body: unknown): Promise<void> {
  const actor = requireRole(principal, 'editor');
  const { id } = deleteCalendarEventSchema.parse(body);
  const removed = await runtime.db.transaction().execute(async (trx) => {
    const row = await deleteCalendarEvent(trx, id);
    if (!row) throw new AdminError(404, 'not_found', `There is no calendar event ${id}.`);
    await recordAudit(trx, { actor, action: 'calendar.removed', subject: `calendar event ${id}`, details: { kind: row.kind, title: row.title, startDate: row.start_date, endDate: row.end_date } });
    return row;
  });
  const train = await findTrainById(runtime.db, removed.train_id);
  if (train) await announceCalendarChange(runtime, train, removed.kind);
}

/**
 * The wall's header strip counts down to the next entry, so its data is pushed; PI planning days also drive
 * cadence-aware schedules, so the train's displays get their new configuration.
 */
async function announceCalendarChange(runtime: Services, train: { id: number; slug: string }, kind: 'pi_planning' | 'system_demo') {
  await runtime.publisher.publish([panelKey({ kind: 'cadence', train: train.slug })]);
  if (kind === 'pi_planning') await pushDisplayConfigs(runtime, await displaysOfTrain(runtime.db, train.id));
}
