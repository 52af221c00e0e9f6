import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { IncidentsDto, IncidentsRef } from './types';

// CONTRACT STUB: replaced by the slice's owner.
export async function loadIncidents(_db: Kysely<Database>, _ref: IncidentsRef, _now: Date): Promise<IncidentsDto | undefined> {
  return undefined;
}
