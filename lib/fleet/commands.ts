import { z } from 'zod';
import { findDisplayName } from '../../db/queries/fleet';
import { recordAudit } from '../audit';
import { requireRole, type Principal } from '../auth/principal';
import { AdminError } from '../admin/errors';
import { adminHandler, readJson } from '../admin/http/respond';
import { json } from '../http/json';
import { displayRoom } from '../realtime/events';
import type { Runtime } from '../runtime';
import type { DisplayCommand } from './types';

const commandSchema = z.object({ command: z.enum(['reload', 'next', 'identify']) });

/** Remote control (admin): the display acts at once; the audit log says who pressed what. */
export async function sendDisplayCommand(runtime: Runtime, principal: Principal, displayId: number, command: DisplayCommand): Promise<boolean> {
  const actor = requireRole(principal, 'admin');
  const display = await findDisplayName(runtime.db, displayId);
  if (!display) return false;
  await recordAudit(runtime.db, { actor, action: `display.${command}`, subject: `display ${display.id} (${display.name})` });
  runtime.io.to(displayRoom(display.id)).emit('display-command', command);
  return true;
}

export function handleDisplayCommand(request: Request, runtime: Runtime, id: string) {
  return adminHandler(runtime, request, async (principal) => {
    const { command } = commandSchema.parse(await readJson(request));
    const displayId = Number.isInteger(Number(id)) ? Number(id) : -1;
    if (!(await sendDisplayCommand(runtime, principal, displayId, command))) {
      throw new AdminError(404, 'not_found', 'No such display.');
    }
    return json({ sent: command });
  });
}
