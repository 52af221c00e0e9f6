import { describe, expect, it } from 'vitest';
import { isSlug, panelKey, parsePanelKey } from '../../lib/panels/keys';
import { panelKeysForTeams } from '../../lib/panels/load';

describe('panel keys', () => {
  it('formats a burndown key as kind:team:measure', () => {
    expect(panelKey({ kind: 'burndown', team: 'otters', measure: 'points' })).toBe('burndown:otters:points');
  });

  it.each(['burndown:otters:points', 'burndown:otters:hours', 'burndown:team-7:points', `burndown:${'a'.repeat(63)}:hours`])(
    'parses %s back to the ref that formats it',
    (key) => {
      const ref = parsePanelKey(key);
      expect(ref).toBeDefined();
      expect(panelKey(ref!)).toBe(key);
    },
  );

  it('parses the parts into a ref', () => {
    expect(parsePanelKey('burndown:otters:hours')).toEqual({ kind: 'burndown', team: 'otters', measure: 'hours' });
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

  it('names both measures of every affected team once', () => {
    expect(panelKeysForTeams(['otters', 'badgers', 'otters'])).toEqual([
      'burndown:otters:points',
      'burndown:otters:hours',
      'burndown:badgers:points',
      'burndown:badgers:hours',
    ]);
    expect(panelKeysForTeams([])).toEqual([]);
  });
});
