import type { Migration } from 'kysely';
import * as burndownCore from './20261124060000_burndown_core';
import * as consoleAndFleet from './20261124080000_console_and_fleet';
import * as delivery from './20261124100000_delivery';
import * as announcements from './20261124120000_announcements';
import * as operations from './20261124140000_operations';
import * as releases from './20261124160000_releases';
import * as quality from './20261124170000_quality';

/** Every migration, by its frozen timestamped name. Static imports keep them bundle- and tsx-friendly. */
export const migrations: Record<string, Migration> = {
  '20261124060000_burndown_core': burndownCore,
  '20261124080000_console_and_fleet': consoleAndFleet,
  '20261124100000_delivery': delivery,
  '20261124120000_announcements': announcements,
  '20261124140000_operations': operations,
  '20261124160000_releases': releases,
  '20261124170000_quality': quality,
};
