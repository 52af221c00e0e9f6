import type { EventHandler } from './types';

// CONTRACT STUB: replaced by the slice's owner.
export const applyImpediments: EventHandler<'impediment.upserted'> = async () => [];
