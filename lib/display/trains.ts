import { listTrains } from '../../db/queries/trains';
import type { Runtime } from '../runtime';

export function listTrainLinks(runtime: Runtime): Promise<{ slug: string; name: string }[]> {
  return listTrains(runtime.db);
}
