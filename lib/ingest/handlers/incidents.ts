import type { EventHandler } from './types';

// CONTRACT STUB: replaced by the slice's owner.
export const applyIncidents: EventHandler<'incident.upserted'> = async () => [];
