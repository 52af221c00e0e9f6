import { z } from 'zod';
import { AdminError } from '../admin/errors';
import { adminHandler, errorResponse, readJson } from '../admin/http/respond';
import { assertSameOrigin } from '../auth/origin';
import { json } from '../http/json';
import { publicOrigin } from '../http/public-url';
import type { Runtime } from '../runtime';
import { AlertTargetError, endAlert, listAlertsForConsole, raiseAlert, raiseAlertSchema } from './service';

export function handleListAlerts(request: Request, runtime: Runtime) {
  return adminHandler(runtime, request, async (principal) => json({ alerts: await listAlertsForConsole(runtime, principal) }));
}

/** POST /api/admin/alerts: raise; answers with the one-click acknowledge link to send to a phone. */
export function handleRaiseAlert(request: Request, runtime: Runtime) {
  return adminHandler(runtime, request, async (principal) => {
    const input = raiseAlertSchema.parse(await readJson(request));
    try {
      const { alert, ackToken } = await raiseAlert(runtime, principal, input);
      return json({ alert, ackUrl: `${publicOrigin(request)}/alerts/ack/${ackToken}` }, 201);
    } catch (error) {
      if (error instanceof AlertTargetError) throw new AdminError(400, 'unknown_target', error.message);
      throw error;
    }
  });
}

export function handleEndAlert(request: Request, runtime: Runtime, id: string) {
  return adminHandler(runtime, request, async (principal) => {
    // An id that is not a number matches nothing; the role check inside endAlert still comes first.
    const alertId = Number.isInteger(Number(id)) ? Number(id) : -1;
    return json({ ended: await endAlert(runtime, { principal, id: alertId }) });
  });
}

const ackSchema = z.object({ token: z.string().min(20).max(100) });

/** POST /api/v1/alerts/ack: the acknowledge link's token is the only credential needed. */
export async function handleAcknowledgeAlert(request: Request, runtime: Runtime) {
  try {
    assertSameOrigin(request);
    const { token } = ackSchema.parse(await readJson(request));
    return json({ ended: await endAlert(runtime, { ackToken: token }) });
  } catch (error) {
    return errorResponse(runtime, error);
  }
}
