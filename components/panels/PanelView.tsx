'use client';

import dynamic from 'next/dynamic';
import type { ComponentType } from 'react';
import type { DisplayItem } from '@/lib/display/types';
import type { PanelKind } from '@/lib/panels/keys';
import { PanelErrorBoundary } from './PanelErrorBoundary';

// One chunk per panel kind, so a wall downloads only the kinds its playlist shows.
const panels: Record<PanelKind, ComponentType<{ panelKey: string }>> = {
  burndown: dynamic(() => import('./burndown/BurndownPanel')),
};

export function PanelView({ item }: { item: DisplayItem }) {
  const Panel = panels[item.kind];
  return (
    <PanelErrorBoundary panelKey={item.key}>
      <Panel panelKey={item.key} />
    </PanelErrorBoundary>
  );
}
