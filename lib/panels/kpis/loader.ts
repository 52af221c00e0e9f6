import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { KpisDto, KpisRef } from './types';

// CONTRACT STUB: replaced by the slice's owner.
export async function loadKpis(_db: Kysely<Database>, _ref: KpisRef, _now: Date): Promise<KpisDto | undefined> {
  return undefined;
}
