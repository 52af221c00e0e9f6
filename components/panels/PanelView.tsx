'use client';

import dynamic from 'next/dynamic';
import type { ComponentType } from 'react';
import type { DisplayItem } from '@/lib/display/types';
import type { RotatingPanelKind } from '@/lib/panels/keys';
import { PanelErrorBoundary } from './PanelErrorBoundary';

// One chunk per panel kind, so a wall downloads only the kinds its playlist shows.
const burndown = dynamic(() => import('./burndown/BurndownPanel'));
const panels: Record<RotatingPanelKind, ComponentType<{ panelKey: string }>> = {
  burndown,
  'train-burndown': burndown,
  'pi-burnup': dynamic(() => import('./pi-burnup/PiBurnupPanel')),
  objectives: dynamic(() => import('./objectives/ObjectivesPanel')),
  flow: dynamic(() => import('./flow/FlowPanel')),
  announcement: dynamic(() => import('./announcement/AnnouncementPanel')),
  impediments: dynamic(() => import('./impediments/ImpedimentsPanel')),
  risks: dynamic(() => import('./risks/RisksPanel')),
  incidents: dynamic(() => import('./incidents/IncidentsPanel')),
  kpis: dynamic(() => import('./kpis/KpisPanel')),
  releases: dynamic(() => import('./releases/ReleasesPanel')),
  dora: dynamic(() => import('./dora/DoraPanel')),
  quality: dynamic(() => import('./quality/QualityPanel')),
};

export function PanelView({ item }: { item: DisplayItem }) {
  const Panel = panels[item.kind];
  return (
    <PanelErrorBoundary panelKey={item.key}>
      <Panel panelKey={item.key} />
    </PanelErrorBoundary>
  );
}
