import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ImpedimentsDto, ImpedimentsRef } from './types';

// CONTRACT STUB: replaced by the slice's owner.
export async function loadImpediments(_db: Kysely<Database>, _ref: ImpedimentsRef, _now: Date): Promise<ImpedimentsDto | undefined> {
  return undefined;
}
