import { describe, expect, it } from 'vitest';
import {
  buildsVerdict,
  coverageVerdict,
  greenRepositories,
  growthText,
  growthVerdict,
  openItemsVerdict,
  passRate,
  passRateVerdict,
  percentText,
  sampleDays,
  sparkLines,
  streakText,
  trendWindow,
} from '../../lib/panels/quality/math';
import type { RepositoryBuilds } from '../../lib/panels/quality/types';

const repo = (status: 'succeeded' | 'failed', count: number): RepositoryBuilds => ({ repository: 'r', marks: [status], streak: { status, count } });

describe('pass rate', () => {
  it('is passed over passed plus failed, skipped left out; null when nothing ran', () => {
    expect(passRate(0, 0)).toBeNull();
    expect(passRate(147, 3)).toBe(0.98);
    expect(passRate(0, 5)).toBe(0);
    expect(passRate(1, 0)).toBe(1);
  });

  it('reads with one decimal, floored, so that one failure never shows 100 %', () => {
    expect(percentText(null)).toBe('–');
    expect(percentText(1)).toBe('100 %');
    expect(percentText(9_999 / 10_000)).toBe('99.9 %');
    expect(percentText(4_000 / 4_300)).toBe('93.0 %');
    expect(percentText(0)).toBe('0.0 %');
  });

  it('verdicts at the edges: 98 % healthy, 90 % watch, below failing', () => {
    expect(passRateVerdict(null)).toMatchObject({ tone: 'none', word: 'No data yet' });
    expect(passRateVerdict(0.98)).toMatchObject({ tone: 'good', icon: '✔', word: 'Healthy' });
    expect(passRateVerdict(0.9799)).toMatchObject({ tone: 'watch', icon: '▲', word: 'Watch' });
    expect(passRateVerdict(0.9)).toMatchObject({ tone: 'watch' });
    expect(passRateVerdict(0.8999)).toMatchObject({ tone: 'bad', icon: '✖', word: 'Failing' });
  });
});

describe('coverage verdict', () => {
  it('no data, no target, on target, within two points, below', () => {
    expect(coverageVerdict(null, 80).word).toBe('No data yet');
    expect(coverageVerdict(75, null).word).toBe('No target');
    expect(coverageVerdict(80, 80).word).toBe('On target');
    expect(coverageVerdict(78, 80).word).toBe('Close');
    expect(coverageVerdict(77.9, 80).word).toBe('Below target');
  });
});

describe('open defects and findings', () => {
  it('any critical is bad, any high is watch, else good', () => {
    expect(openItemsVerdict([])).toMatchObject({ tone: 'good', word: 'None severe' });
    expect(openItemsVerdict([{ severity: 'high', count: 2 }, { severity: 'low', count: 9 }])).toMatchObject({ tone: 'watch', word: '2 high' });
    expect(openItemsVerdict([{ severity: 'critical', count: 1 }, { severity: 'high', count: 2 }])).toMatchObject({ tone: 'bad', icon: '✖', word: '1 critical' });
  });
});

describe('builds', () => {
  it('streak in words', () => {
    expect(streakText({ status: 'succeeded', count: 12 })).toBe('12 green in a row');
    expect(streakText({ status: 'failed', count: 1 })).toBe('1 red');
    expect(streakText({ status: 'failed', count: 3 })).toBe('3 red in a row');
  });

  it('counts green repositories and says how many are red', () => {
    expect(buildsVerdict([]).word).toBe('No data yet');
    expect(greenRepositories([repo('succeeded', 4), repo('failed', 1), repo('succeeded', 1)])).toBe(2);
    expect(buildsVerdict([repo('succeeded', 4)])).toMatchObject({ tone: 'good', word: 'All green' });
    expect(buildsVerdict([repo('succeeded', 4), repo('failed', 1)])).toMatchObject({ tone: 'bad', word: '1 red' });
  });
});

describe('test count growth', () => {
  it('no data, one point, steady, up and down since the first known day', () => {
    expect(growthText([])).toBe('No trend yet');
    expect(growthText([{ day: '2026-10-05', value: 100 }])).toBe('No trend yet');
    expect(growthText([{ day: '2026-10-05', value: null }, { day: '2026-10-06', value: 100 }, { day: '2026-10-07', value: 100 }])).toBe('Steady');
    expect(growthText([{ day: '2026-10-05', value: 3_000 }, { day: '2026-11-24', value: 4_250 }])).toBe('+1,250 since 5 Oct');
    expect(growthText([{ day: '2026-10-05', value: 10 }, { day: '2026-10-06', value: 7 }])).toBe('−3 since 5 Oct');
    expect(growthVerdict([{ day: '2026-10-05', value: 10 }, { day: '2026-10-06', value: 7 }])).toEqual({ tone: 'none', icon: '↘', word: '−3 since 5 Oct' });
    expect(growthVerdict([{ day: '2026-10-05', value: 10 }, { day: '2026-10-06', value: 12 }]).icon).toBe('↗');
    expect(growthVerdict([]).icon).toBe('→');
  });
});

describe('sampled days', () => {
  it('every step days and always the last', () => {
    expect(sampleDays('2026-10-05', '2026-10-20', 7)).toEqual(['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-20']);
    expect(sampleDays('2026-10-05', '2026-10-19', 7)).toEqual(['2026-10-05', '2026-10-12', '2026-10-19']);
    expect(sampleDays('2026-10-05', '2026-10-05', 1)).toEqual(['2026-10-05']);
    expect(sampleDays('2026-10-06', '2026-10-05', 1)).toEqual([]);
  });

  it('the current PI up to today, the whole PI once over, else the last 70 days', () => {
    const pi = { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' };
    expect(trendWindow(pi, '2026-11-24')).toEqual({ from: '2026-10-05', to: '2026-11-24' });
    expect(trendWindow(pi, '2026-12-20')).toEqual({ from: '2026-10-05', to: '2026-12-11' });
    expect(trendWindow(null, '2026-11-24')).toEqual({ from: '2026-09-16', to: '2026-11-24' });
    expect(trendWindow(pi, '2026-10-01')).toEqual({ from: '2026-07-24', to: '2026-10-01' });
  });
});

describe('sparkline points', () => {
  const box = { width: 300, height: 100, pad: 10 };
  it('no data: no points; one point: centred; a flat line in the middle', () => {
    expect(sparkLines([[]], box).lines).toEqual([[]]);
    expect(sparkLines([[null, null]], box).lines).toEqual([[]]);
    expect(sparkLines([[5]], box).lines).toEqual([[{ x: 150, y: 50 }]]);
    expect(sparkLines([[5, 5]], box).lines).toEqual([[{ x: 10, y: 50 }, { x: 290, y: 50 }]]);
  });

  it('scales between the extremes, a level included in the range, nulls skipped', () => {
    const { lines: [points], y } = sparkLines([[70, null, 80]], box, [90]);
    // 90 at the top (10), 70 at the bottom (90), 80 half way (50).
    expect(points).toEqual([{ x: 10, y: 90 }, { x: 290, y: 50 }]);
    expect(y(90)).toBe(10);
  });

  it('two trends share one scale: line and branch coverage compare, the target widens the range', () => {
    // Line 80 → 84, branch 60 → null → 70, target 90: the range is 60-90, 30 points over 80 px (pad 10).
    const { lines, y } = sparkLines([[80, 82, 84], [60, null, 70]], box, [90]);
    expect(lines[0]).toEqual([
      { x: 10, y: 10 + (10 / 30) * 80 },
      { x: 150, y: 10 + (8 / 30) * 80 },
      { x: 290, y: 10 + (6 / 30) * 80 },
    ]);
    expect(lines[1]).toEqual([{ x: 10, y: 90 }, { x: 290, y: 10 + (20 / 30) * 80 }]);
    expect(y(90)).toBe(10);
    // A series with no data draws nothing but leaves the other on its own scale.
    const alone = sparkLines([[70, 80], [null, null]], box);
    expect(alone.lines).toEqual([[{ x: 10, y: 90 }, { x: 290, y: 10 }], []]);
    expect(sparkLines([[], []], box).lines).toEqual([[], []]);
  });
});
