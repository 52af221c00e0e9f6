import { describe, expect, it } from 'vitest';
import { kpiKeyFromName } from '../../lib/kpis/key';
import { thresholdProblem } from '../../lib/kpis/schema';
import {
  formatKpiNumber,
  formatKpiValue,
  KPI_STATUS_LABEL,
  kpiStatus,
  sparklineGeometry,
  targetLabel,
  tileGrid,
  unitParts,
} from '../../lib/panels/kpis/math';

describe('kpiStatus', () => {
  const uptime = { direction: 'higher', target: 95, warnAt: 90 } as const;
  const leadTime = { direction: 'lower', target: 2, warnAt: 5 } as const;

  it('higher is better: green at and above the target, amber down to warnAt included, red below', () => {
    expect(kpiStatus(100, uptime)).toBe('on-target');
    expect(kpiStatus(95, uptime)).toBe('on-target');
    expect(kpiStatus(94.99, uptime)).toBe('watch');
    expect(kpiStatus(90, uptime)).toBe('watch');
    expect(kpiStatus(89.99, uptime)).toBe('off-target');
    expect(kpiStatus(-4, uptime)).toBe('off-target');
  });

  it('lower is better: mirrored', () => {
    expect(kpiStatus(0, leadTime)).toBe('on-target');
    expect(kpiStatus(2, leadTime)).toBe('on-target');
    expect(kpiStatus(2.01, leadTime)).toBe('watch');
    expect(kpiStatus(5, leadTime)).toBe('watch');
    expect(kpiStatus(5.01, leadTime)).toBe('off-target');
  });

  it('no amber band when warnAt equals the target; no value: none', () => {
    const strict = { direction: 'higher', target: 10, warnAt: 10 } as const;
    expect(kpiStatus(10, strict)).toBe('on-target');
    expect(kpiStatus(9.9, strict)).toBe('off-target');
    expect(kpiStatus(null, uptime)).toBe('none');
    expect(kpiStatus(null, leadTime)).toBe('none');
  });

  it('every status has an icon and a word', () => {
    expect(Object.values(KPI_STATUS_LABEL).map((l) => l.word)).toEqual(['On target', 'Watch', 'Off target', 'No value yet']);
    expect(new Set(Object.values(KPI_STATUS_LABEL).map((l) => l.icon)).size).toBe(4);
  });
});

describe('numbers for the wall', () => {
  it('keeps decimals that matter near a threshold, groups thousands, shortens millions', () => {
    expect(formatKpiNumber(99.2)).toBe('99.2');
    expect(formatKpiNumber(99.95)).toBe('99.95');
    expect(formatKpiNumber(3.14159)).toBe('3.14');
    expect(formatKpiNumber(40)).toBe('40');
    expect(formatKpiNumber(123.46)).toBe('123.5');
    expect(formatKpiNumber(1250)).toBe('1,250');
    expect(formatKpiNumber(1249.6)).toBe('1,250');
    expect(formatKpiNumber(999_999)).toBe('999,999');
    expect(formatKpiNumber(12_500_000)).toBe('12.5M');
    expect(formatKpiNumber(0.35)).toBe('0.35');
    expect(formatKpiNumber(0.0035)).toBe('0.0035');
    expect(formatKpiNumber(0.12345)).toBe('0.123');
  });

  it('zero, negative zero and negative numbers (with a true minus sign)', () => {
    expect(formatKpiNumber(0)).toBe('0');
    expect(formatKpiNumber(-0)).toBe('0');
    expect(formatKpiNumber(-3.5)).toBe('−3.5');
    expect(formatKpiNumber(-1250)).toBe('−1,250');
  });

  it('puts a currency before the number and any other unit after it', () => {
    expect(unitParts('€k')).toEqual({ before: '€', after: 'k' });
    expect(unitParts(' % ')).toEqual({ before: '', after: '%' });
    expect(unitParts('')).toEqual({ before: '', after: '' });
    expect(formatKpiValue(99.2, '%')).toBe('99.2 %');
    expect(formatKpiValue(2, 'h')).toBe('2 h');
    expect(formatKpiValue(43.2, '€k')).toBe('€43.2k');
    expect(formatKpiValue(1250, '$')).toBe('$1,250');
    expect(formatKpiValue(4.2, '/5')).toBe('4.2/5');
    expect(formatKpiValue(1250, '')).toBe('1,250');
  });

  it('writes the target with the side that is good', () => {
    expect(targetLabel({ direction: 'higher', target: 95, warnAt: 90 }, '%')).toBe('Target ≥ 95 %');
    expect(targetLabel({ direction: 'lower', target: 2, warnAt: 4 }, 'h')).toBe('Target ≤ 2 h');
  });
});

describe('tileGrid', () => {
  it('lays out 1 to 12 tiles in at most three rows', () => {
    const layouts = Array.from({ length: 12 }, (_, i) => tileGrid(i + 1)).map(({ columns, rows }) => `${columns}x${rows}`);
    expect(layouts).toEqual(['1x1', '2x1', '3x1', '2x2', '3x2', '3x2', '4x2', '4x2', '3x3', '4x3', '4x3', '4x3']);
  });
});

describe('sparklineGeometry', () => {
  const box = { width: 100, height: 50, pad: 5 };

  it('no points: nothing to draw', () => {
    expect(sparklineGeometry([], 10, box)).toEqual({ points: [], targetY: null });
  });

  it('x by day from the first point to today, y from the lowest to the highest value', () => {
    // Inner box 90 x 40; values 10..30 (the target 25 lies inside). 2 of 4 days: x = 5 + 45.
    const geometry = sparklineGeometry(
      [
        [4, 10],
        [2, 20],
        [0, 30],
      ],
      25,
      box,
    );
    expect(geometry.points).toEqual([
      { x: 5, y: 45 },
      { x: 50, y: 25 },
      { x: 95, y: 5 },
    ]);
    // 25 is 5 below the top of 20: 5 + 40 / 4.
    expect(geometry.targetY).toBe(15);
  });

  it('a target outside the values widens the range; a KPI not recorded lately ends short of the right edge', () => {
    // Days 3 and 1 ago on a 3-day axis: x = 5 and 5 + 90 * 2 / 3 = 65. Range 10..20: 12 is 8 below the top.
    const geometry = sparklineGeometry(
      [
        [3, 10],
        [1, 12],
      ],
      20,
      box,
    );
    expect(geometry.points).toEqual([
      { x: 5, y: 45 },
      { x: 65, y: 37 },
    ]);
    expect(geometry.targetY).toBe(5);
  });

  it('one point today equal to the target: a dot at the right, in the middle', () => {
    expect(sparklineGeometry([[0, 7]], 7, box)).toEqual({ points: [{ x: 95, y: 25 }], targetY: 25 });
  });

  it('rounds to hundredths', () => {
    // Days 3, 2, 0: x = 5 + 90 / 3 = 35 for day 2; value 1 of 0..3 → y = 5 + 40 * 2 / 3 = 31.67.
    const { points } = sparklineGeometry(
      [
        [3, 0],
        [2, 1],
        [0, 3],
      ],
      3,
      box,
    );
    expect(points[1]).toEqual({ x: 35, y: 31.67 });
  });
});

describe('console helpers', () => {
  it('makes a key from the name', () => {
    expect(kpiKeyFromName('Uptime %')).toBe('uptime');
    expect(kpiKeyFromName('Lead time (days)')).toBe('lead-time-days');
    expect(kpiKeyFromName('Coût cloud €k')).toBe('cout-cloud-k');
    expect(kpiKeyFromName('  ')).toBe('');
    expect(kpiKeyFromName('x'.repeat(70))).toHaveLength(60);
  });

  it('warnAt must lie on the bad side of the target, or on it', () => {
    expect(thresholdProblem({ direction: 'higher', target: 95, warnAt: 90 })).toBeUndefined();
    expect(thresholdProblem({ direction: 'higher', target: 95, warnAt: 95 })).toBeUndefined();
    expect(thresholdProblem({ direction: 'higher', target: 95, warnAt: 96 })).toBe('must be at or below the target (95) when higher is better');
    expect(thresholdProblem({ direction: 'lower', target: 2, warnAt: 5 })).toBeUndefined();
    expect(thresholdProblem({ direction: 'lower', target: 2, warnAt: 1 })).toBe('must be at or above the target (2) when lower is better');
  });
});
