import { listTrains } from '../../db/queries/trains';
import type { Runtime } from '../runtime';

/** The walls anyone may open: trains with a public wall. */
export function listTrainLinks(runtime: Runtime): Promise<{ slug: string; name: string }[]> {
  return listTrains(runtime.db, { publicOnly: true });
}
