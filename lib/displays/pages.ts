import { AdminError } from '../admin/errors';
import { requireRole, type UserPrincipal } from '../auth/principal';
import { listCalendar } from '../calendar/service';
import type { CalendarEventDto } from '../calendar/types';
import type { Runtime } from '../runtime';
import type { DisplayDetail, DisplaySummary, TrainChoice } from './console-types';
import { getDisplayDetail, listDisplaySummaries, listTrainChoices } from './service';

// What the console's display pages show, loaded in one call per page.

export interface DisplaysPageData {
  displays: DisplaySummary[];
  trains: TrainChoice[];
  calendar: CalendarEventDto[];
}

export async function loadDisplaysPage(runtime: Pick<Runtime, 'db'>, principal: UserPrincipal): Promise<DisplaysPageData> {
  requireRole(principal, 'viewer');
  const [displays, trains, calendar] = await Promise.all([
    listDisplaySummaries(runtime, principal),
    listTrainChoices(runtime, principal),
    listCalendar(runtime, principal),
  ]);
  return { displays, trains, calendar };
}

/** The display, or undefined when there is none with this id (the page shows not found). */
export async function loadDisplayPage(runtime: Pick<Runtime, 'db'>, principal: UserPrincipal, rawId: string): Promise<DisplayDetail | undefined> {
  requireRole(principal, 'viewer');
  const id = Number(rawId);
  if (!Number.isInteger(id) || id <= 0 || id >= 2 ** 31) return undefined;
  try {
    return await getDisplayDetail(runtime, principal, id);
  } catch (error) {
    if (error instanceof AdminError && error.status === 404) return undefined;
    throw error;
  }
}
