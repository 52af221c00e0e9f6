import { describe, expect, it } from 'vitest';
import { isSlug, panelKey, parsePanelKey } from '../../lib/panels/keys';
import { affectedPanelKeys } from '../../lib/panels/affected';

describe('panel keys', () => {
  it('formats a burndown key as kind:team:measure', () => {
    expect(panelKey({ kind: 'burndown', team: 'otters', measure: 'points' })).toBe('burndown:otters:points');
  });

  it.each([
    'burndown:otters:points',
    'burndown:otters:hours',
    'burndown:team-7:points',
    `burndown:${'a'.repeat(63)}:hours`,
    'train-burndown:north:hours',
    'pi-burnup:north:points',
    'pi-burnup:north:features',
    'objectives:north',
    'flow:north',
    'cadence:north',
    'announcement:north:12',
    'announcement:north:999999999',
  ])(
    'parses %s back to the ref that formats it',
    (key) => {
      const ref = parsePanelKey(key);
      expect(ref).toBeDefined();
      expect(panelKey(ref!)).toBe(key);
    },
  );

  it('parses the parts into a ref', () => {
    expect(parsePanelKey('burndown:otters:hours')).toEqual({ kind: 'burndown', team: 'otters', measure: 'hours' });
    expect(parsePanelKey('announcement:north:12')).toEqual({ kind: 'announcement', train: 'north', id: 12 });
    for (const kind of ['impediments', 'risks', 'incidents', 'kpis', 'releases', 'dora', 'quality'] as const) {
      expect(parsePanelKey(`${kind}:north`)).toEqual({ kind, train: 'north' });
      expect(panelKey({ kind, train: 'north' })).toBe(`${kind}:north`);
    }
  });

  it.each([
    '',
    'burndown',
    'burndown:otters',
    'burndown::points',
    'burndown:otters:days',
    'burndown:otters:points:extra',
    'burndown:otters:points:',
    'velocity:otters:points',
    'Burndown:otters:points',
    'burndown:Otters:points',
    'burndown:-otters:points',
    'burndown:ot ters:points',
    'burndown:../etc:points',
    `burndown:${'a'.repeat(64)}:points`,
    'train-burndown:north',
    'pi-burnup:north:hours',
    'pi-burnup:north',
    'objectives:north:points',
    'flow:north:',
    'flow',
    'cadence:North',
    'announcement:north',
    'announcement:north:0',
    'announcement:north:012',
    'announcement:north:-1',
    'announcement:north:1.5',
    'announcement:north:1e3',
    'announcement:north:1000000000',
    'announcement:north:12:x',
    'impediments:north:points',
    'impediments',
    'risks:North',
    'incidents:north:',
    'kpis:north:1',
  ])('"%s" is malformed: undefined, no exception', (key) => {
    expect(parsePanelKey(key)).toBeUndefined();
  });

  it('isSlug accepts lowercase letters, digits and inner dashes up to 63 characters', () => {
    expect(isSlug('otters')).toBe(true);
    expect(isSlug('0-team')).toBe(true);
    expect(isSlug('-team')).toBe(false);
    expect(isSlug('Team')).toBe(false);
    expect(isSlug('a'.repeat(64))).toBe(false);
  });

  it('names both measures of every team whose work changed, and the train panels work moves, once each', () => {
    expect(affectedPanelKeys([{ train: 'north', teams: ['otters', 'badgers', 'otters'], changed: ['work'] }])).toEqual([
      'burndown:otters:points',
      'burndown:otters:hours',
      'burndown:badgers:points',
      'burndown:badgers:hours',
      'train-burndown:north:points',
      'train-burndown:north:hours',
      'pi-burnup:north:points',
      'flow:north',
    ]);
    expect(affectedPanelKeys([])).toEqual([]);
  });

  it('names the panels each kind of data moves, and every panel of a train after a calendar change', () => {
    expect(affectedPanelKeys([{ train: 'north', teams: [], changed: ['features'] }])).toEqual(['pi-burnup:north:features', 'flow:north']);
    expect(affectedPanelKeys([{ train: 'north', teams: [], changed: ['objectives', 'features'] }])).toEqual([
      'pi-burnup:north:features',
      'flow:north',
      'objectives:north',
    ]);
    expect(affectedPanelKeys([{ train: 'north', teams: ['otters'], changed: ['calendar'] }])).toEqual([
      'burndown:otters:points',
      'burndown:otters:hours',
      'train-burndown:north:points',
      'train-burndown:north:hours',
      'pi-burnup:north:points',
      'flow:north',
      'pi-burnup:north:features',
      'objectives:north',
      'impediments:north',
      'risks:north',
      'incidents:north',
      'dora:north',
      'kpis:north',
      'releases:north',
      'quality:north',
      'cadence:north',
    ]);
  });

  it('names only its own panel for each kind of the train\'s operations', () => {
    expect(affectedPanelKeys([{ train: 'north', teams: ['otters'], changed: ['impediments'] }])).toEqual(['impediments:north']);
    expect(affectedPanelKeys([{ train: 'north', teams: [], changed: ['risks'] }])).toEqual(['risks:north']);
    expect(affectedPanelKeys([{ train: 'north', teams: [], changed: ['incidents'] }])).toEqual(['incidents:north', 'dora:north']);
    // The rota is not an incident: DORA does not move.
    expect(affectedPanelKeys([{ train: 'north', teams: [], changed: ['oncall'] }])).toEqual(['incidents:north']);
    expect(affectedPanelKeys([{ train: 'north', teams: [], changed: ['releases'] }])).toEqual(['releases:north']);
    expect(affectedPanelKeys([{ train: 'north', teams: [], changed: ['deployments'] }])).toEqual(['releases:north', 'dora:north']);
    expect(affectedPanelKeys([{ train: 'north', teams: [], changed: ['quality'] }])).toEqual(['quality:north']);
    expect(affectedPanelKeys([
      { train: 'north', teams: [], changed: ['kpis'] },
      { train: 'south', teams: [], changed: ['kpis', 'impediments'] },
    ])).toEqual(['kpis:north', 'impediments:south', 'kpis:south']);
  });
});
