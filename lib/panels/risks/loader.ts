import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { RisksDto, RisksRef } from './types';

// CONTRACT STUB: replaced by the slice's owner.
export async function loadRisks(_db: Kysely<Database>, _ref: RisksRef, _now: Date): Promise<RisksDto | undefined> {
  return undefined;
}
