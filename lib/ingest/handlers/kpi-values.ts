import type { EventHandler } from './types';

// CONTRACT STUB: replaced by the slice's owner.
export const applyKpiValues: EventHandler<'kpi_value.recorded'> = async () => [];
