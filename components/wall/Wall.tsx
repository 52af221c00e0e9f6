'use client';

import { useMemo } from 'react';
import type { DisplayModel } from '@/lib/display/types';
import { planFromModel } from './plan';
import { WallRuntime } from './WallRuntime';

/** A train's public wall: a fixed playlist, with the same self-healing as a paired display. */
export function Wall({ model, build }: { model: DisplayModel; build?: string }) {
  const plan = useMemo(() => planFromModel(model), [model]);
  return <WallRuntime plan={plan} fallback={model.fallback} build={build ?? null} paired={false} />;
}
