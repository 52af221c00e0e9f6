import { describe, expect, it } from 'vitest';
import type { FeatureProgress } from '../../db/queries/demo';
import { featureStep } from '../../lib/demo/simulator';

const NOW = new Date('2026-11-26T14:00:00Z');
const first = () => 0;
const feature = (key: string, statusCategory: FeatureProgress['statusCategory'], items: number, started: number, done: number): FeatureProgress => ({
  key,
  title: `Feature ${key}`,
  kind: 'feature',
  status: statusCategory,
  statusCategory,
  points: 20,
  piName: 'PI 26.4',
  items,
  started,
  done,
});

describe('featureStep', () => {
  it('finishes a feature whose stories are all done, before starting another', () => {
    const step = featureStep([feature('F-1', 'not_started', 4, 1, 0), feature('F-2', 'active', 3, 3, 3)], first, NOW);
    expect(step).toMatchObject({
      type: 'feature.upserted',
      occurredAt: NOW.toISOString(),
      data: { key: 'F-2', train: 'demo', pi: 'PI 26.4', title: 'Feature F-2', kind: 'feature', status: 'Done', points: 20 },
    });
  });

  it('starts implementing a feature once one of its stories has started', () => {
    const step = featureStep([feature('F-1', 'not_started', 4, 1, 0), feature('F-2', 'active', 3, 2, 1)], first, NOW);
    expect(step).toMatchObject({ data: { key: 'F-1', status: 'Implementing' } });
  });

  it('leaves alone features that are done, untouched, or have no stories', () => {
    const features = [feature('F-1', 'done', 3, 3, 3), feature('F-2', 'not_started', 2, 0, 0), feature('F-3', 'active', 0, 0, 0)];
    expect(featureStep(features, first, NOW)).toBeUndefined();
  });
});
