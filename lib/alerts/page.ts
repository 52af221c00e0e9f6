import type { UserPrincipal } from '../auth/principal';
import type { Runtime } from '../runtime';
import { alertTargets, listAlertsForConsole, type AlertListEntry } from './service';

export interface AlertsPageData {
  alerts: AlertListEntry[];
  targets: Awaited<ReturnType<typeof alertTargets>>;
  canRaise: boolean;
}

export async function loadAlertsPage(runtime: Runtime, me: UserPrincipal): Promise<AlertsPageData> {
  const [alerts, targets] = await Promise.all([listAlertsForConsole(runtime, me), alertTargets(runtime, me)]);
  return { alerts, targets, canRaise: me.role === 'admin' };
}
