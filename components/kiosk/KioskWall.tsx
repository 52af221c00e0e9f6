'use client';

import { useMemo } from 'react';
import type { DisplayConfig } from '@/lib/displays/types';
import type { PanelDto } from '@/lib/panels/types';
import { planFromConfig } from '../wall/plan';
import { WallRuntime } from '../wall/WallRuntime';

/** A paired display: runs its configuration (playlists, schedules), follows changes live, obeys the console. */
export function KioskWall({ config, fallback, build }: { config: DisplayConfig; fallback: Record<string, PanelDto>; build: string }) {
  const plan = useMemo(() => planFromConfig(config), [config]);
  return <WallRuntime plan={plan} fallback={fallback} build={build} paired />;
}
