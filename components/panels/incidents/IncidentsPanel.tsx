'use client';

import { PanelMessage } from '../PanelErrorBoundary';

// CONTRACT STUB: replaced by the slice's owner.
export default function IncidentsPanel({ panelKey }: { panelKey: string }) {
  return <PanelMessage title="Waiting for data" detail={panelKey} />;
}
