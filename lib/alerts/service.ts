import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  displayTrains,
  endAlert as endAlertRow,
  findAlertByAckHash,
  findDisplayForAlert,
  insertAlert,
  listActiveAlerts,
  listRecentAlerts,
} from '../../db/queries/alerts';
import { listFleetDisplays } from '../../db/queries/fleet';
import { findTrainBySlug, listTrains } from '../../db/queries/trains';
import type { Alert, Database } from '../../db/schema';
import { recordAudit } from '../audit';
import { requireRole, type Principal } from '../auth/principal';
import { hashToken, newToken } from '../auth/tokens';
import { displayRoom } from '../realtime/events';
import type { Runtime } from '../runtime';
import type { AlertDto, AlertSeverity } from './types';

const SEVERITY_RANK: Record<AlertSeverity, number> = { critical: 3, warning: 2, info: 1 };

export const raiseAlertSchema = z
  .object({
    text: z.string().trim().min(1, 'is required').max(280, 'must fit on a TV: 280 characters at most'),
    severity: z.enum(['info', 'warning', 'critical']),
    target: z.enum(['all', 'train', 'display']),
    trainSlug: z.string().trim().min(1).optional(),
    displayId: z.number().int().positive().optional(),
    expiresInMinutes: z.number().int().min(1).max(7 * 24 * 60),
  })
  .superRefine((value, ctx) => {
    if (value.target === 'train' && !value.trainSlug) ctx.addIssue({ code: 'custom', path: ['trainSlug'], message: 'is required for a train alert' });
    if (value.target === 'display' && !value.displayId) ctx.addIssue({ code: 'custom', path: ['displayId'], message: 'is required for a display alert' });
  });
export type RaiseAlertInput = z.infer<typeof raiseAlertSchema>;

export class AlertTargetError extends Error {}

function toDto(alert: Alert): AlertDto {
  return {
    id: alert.id,
    text: alert.text,
    severity: alert.severity,
    createdAt: alert.created_at.toISOString(),
    expiresAt: alert.expires_at.toISOString(),
  };
}

/** Most severe first, then newest: the first one is the one a display shows. */
function byPriority(a: Alert, b: Alert): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.created_at.getTime() - a.created_at.getTime() || b.id - a.id;
}

function appliesTo(alert: Alert, displayId: number, trainId: number): boolean {
  return alert.target === 'all' || (alert.target === 'train' && alert.train_id === trainId) || (alert.target === 'display' && alert.display_id === displayId);
}

export async function activeAlertsForDisplay(db: Kysely<Database>, displayId: number, now = new Date()): Promise<AlertDto[]> {
  const trains = await displayTrains(db, [displayId]);
  const trainId = trains.get(displayId);
  if (trainId === undefined) return [];
  return (await listActiveAlerts(db, now)).filter((a) => appliesTo(a, displayId, trainId)).sort(byPriority).map(toDto);
}

/** Sends each connected display its own list of active alerts: one query for the alerts, one for the displays. */
export async function pushAlerts(runtime: Runtime, now = new Date()): Promise<void> {
  const connected = [...runtime.io.sockets.adapter.rooms.keys()]
    .filter((room) => room.startsWith('display:'))
    .map((room) => Number(room.slice('display:'.length)))
    .filter(Number.isInteger);
  if (connected.length === 0) return;
  const [alerts, trains] = await Promise.all([listActiveAlerts(runtime.db, now), displayTrains(runtime.db, connected)]);
  const sorted = [...alerts].sort(byPriority);
  for (const [displayId, trainId] of trains) {
    runtime.io.to(displayRoom(displayId)).emit('alerts', sorted.filter((a) => appliesTo(a, displayId, trainId)).map(toDto));
  }
}

/** Raises a takeover alert (admin only); returns it with the token of its one-click acknowledge link. */
export async function raiseAlert(runtime: Runtime, principal: Principal, input: RaiseAlertInput, now = new Date()) {
  const actor = requireRole(principal, 'admin');
  const ackToken = newToken();
  const alert = await runtime.db.transaction().execute(async (trx) => {
    let trainId: number | null = null;
    let displayId: number | null = null;
    if (input.target === 'train') {
      const train = await findTrainBySlug(trx, input.trainSlug!);
      if (!train) throw new AlertTargetError(`There is no train "${input.trainSlug}".`);
      trainId = train.id;
    } else if (input.target === 'display') {
      const display = await findDisplayForAlert(trx, input.displayId!);
      if (!display) throw new AlertTargetError(`There is no display ${input.displayId}.`);
      displayId = display.id;
    }
    const row = await insertAlert(trx, {
      text: input.text,
      severity: input.severity,
      target: input.target,
      train_id: trainId,
      display_id: displayId,
      created_by: actor.userId,
      created_at: now,
      expires_at: new Date(now.getTime() + input.expiresInMinutes * 60_000),
      ack_token_hash: hashToken(ackToken),
    });
    await recordAudit(trx, {
      actor,
      action: 'alert.raised',
      subject: `alert ${row.id}`,
      details: { text: input.text, severity: input.severity, target: input.target, trainSlug: input.trainSlug, displayId: input.displayId, expiresInMinutes: input.expiresInMinutes },
    });
    return row;
  });
  await pushAlerts(runtime, now);
  return { alert: toDto(alert), ackToken };
}

/** Ends an alert from the console (admin) or its acknowledge link; false when it was already over. */
export async function endAlert(
  runtime: Runtime,
  by: { principal: Principal; id: number } | { ackToken: string },
  now = new Date(),
): Promise<boolean> {
  const actor = 'principal' in by ? requireRole(by.principal, 'admin') : 'acknowledge link';
  const ended = await runtime.db.transaction().execute(async (trx) => {
    const where = 'principal' in by ? { id: by.id } : { ackTokenHash: hashToken(by.ackToken) };
    const row = await endAlertRow(trx, where, typeof actor === 'string' ? actor : actor.email, now);
    if (row) await recordAudit(trx, { actor, action: 'alert.ended', subject: `alert ${row.id}`, details: { text: row.text } });
    return row;
  });
  if (ended) await pushAlerts(runtime, now);
  return Boolean(ended);
}

export interface AlertListEntry extends AlertDto {
  target: string;
  state: 'on' | 'ended' | 'expired';
  endedBy: string | null;
}

export async function listAlertsForConsole(runtime: Runtime, principal: Principal, now = new Date()): Promise<AlertListEntry[]> {
  requireRole(principal, 'viewer');
  const rows = await listRecentAlerts(runtime.db, 50);
  return rows.map((row) => ({
    ...toDto(row),
    target: row.target === 'all' ? 'All displays' : row.target === 'train' ? `Train ${row.train_slug ?? '?'}` : `Display ${row.display_name ?? row.display_id}`,
    state: row.ended_at ? 'ended' : row.expires_at <= now ? 'expired' : 'on',
    endedBy: row.ended_by,
  }));
}

/** What the acknowledge page shows before the button is pressed; undefined for an unknown link. */
export async function alertForAckLink(runtime: Runtime, ackToken: string, now = new Date()) {
  const row = await findAlertByAckHash(runtime.db, hashToken(ackToken));
  if (!row) return undefined;
  return { ...toDto(row), state: row.ended_at ? ('ended' as const) : row.expires_at <= now ? ('expired' as const) : ('on' as const) };
}

/** The console's alert form: where an alert can be sent. */
export async function alertTargets(runtime: Runtime, principal: Principal) {
  requireRole(principal, 'viewer');
  const [trains, displays] = await Promise.all([listTrains(runtime.db), listFleetDisplays(runtime.db)]);
  return {
    trains: trains.map((t) => ({ slug: t.slug, name: t.name })),
    displays: displays.map((d) => ({ id: d.id, name: d.name, trainSlug: d.train_slug })),
  };
}
