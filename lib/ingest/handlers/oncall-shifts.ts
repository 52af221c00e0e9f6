import type { EventHandler } from './types';

// CONTRACT STUB: replaced by the slice's owner.
export const applyOnCallShifts: EventHandler<'oncall_shift.upserted'> = async () => [];
