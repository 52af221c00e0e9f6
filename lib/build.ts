import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Next's build id for a production server (a new deploy changes it); "dev" while developing. */
export function readBuildId(dev: boolean): string {
  if (dev) return 'dev';
  try {
    return readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'unknown';
  }
}
