import type { IngestEvent } from '../ingest/schema';
import { burndownTimeline } from '../panels/burndown/math';
import { addDays, todayIn, zonedTimeToUtc } from '../time/calendar';
import type { DemoCalendar } from './calendar';
import { DEMO_TEAMS, KINDS, STORY_POINTS, STORY_TITLES, type TeamPace } from './catalogue';
import { pick, seededRandom } from './random';

/** How far above the ideal line (share of the commitment) each pace keeps the team's remaining work. */
const PACE_GAP: Record<TeamPace, number> = { ahead: -0.12, 'on-track': 0.03, behind: 0.22, 'scope-added': 0.04 };

interface DemoItem {
  key: string;
  title: string;
  kind: string;
  points: number;
  hours: number;
  iteration: string | null;
}

/**
 * Work-item events that give each demo team a believable burndown up to `now`: planned before the iteration,
 * burnt down day by day at the team's pace, with scope added mid-iteration for one team.
 */
export function demoHistory(calendar: DemoCalendar, timeZone: string, now: Date): IngestEvent[] {
  const random = seededRandom(Number(calendar.startDate.replaceAll('-', '')));
  const iteration = calendar.current;
  const timeline = burndownTimeline(iteration.startDate, iteration.endDate, todayIn(timeZone, now));
  const workingDays = timeline.days.length;
  const events: IngestEvent[] = [];

  for (const team of DEMO_TEAMS) {
    let sequence = 0;
    const emit = (item: DemoItem, at: Date, status: string, hours: number | null) => {
      if (at > now) return;
      sequence += 1;
      events.push({
        id: `demo-${team.slug}-${sequence}`,
        type: 'work_item.upserted',
        occurredAt: at.toISOString(),
        data: { key: item.key, team: team.slug, iteration: item.iteration, title: item.title, kind: item.kind, points: item.points, hoursRemaining: hours, status },
      });
    };
    const makeItem = (n: number, iterationCode: string | null): DemoItem => {
      const points = pick(random, STORY_POINTS);
      return {
        key: `${team.prefix}-${100 + n}`,
        title: pick(random, STORY_TITLES),
        kind: pick(random, KINDS),
        points,
        hours: points * 3 + Math.floor(random() * 5),
        iteration: iterationCode,
      };
    };

    const planned = Array.from({ length: 9 + Math.floor(random() * 4) }, (_, i) => makeItem(i, iteration.code));
    const backlog = [makeItem(50, null), makeItem(51, null)];
    const planningTime = zonedTimeToUtc(addDays(iteration.startDate, -3), 14 * 60, timeZone);
    [...planned, ...backlog].forEach((item, i) => emit(item, new Date(planningTime.getTime() + i * 60_000), 'To Do', item.hours));

    const committed = planned.reduce((sum, item) => sum + item.points, 0);
    const queue = [...planned];
    let remaining = committed;
    let added = 0;
    for (let day = 1; day <= timeline.dayNumber; day++) {
      const date = timeline.days[day - 1]!;
      if (team.pace === 'scope-added' && day === 3) {
        for (const n of [20, 21, 22]) {
          const item = makeItem(n, iteration.code);
          queue.push(item);
          remaining += item.points;
          added += item.points;
          emit(item, zonedTimeToUtc(date, 11 * 60 + n, timeZone), 'To Do', item.hours);
        }
      }
      const target = Math.max(0, committed * (1 - day / workingDays) + PACE_GAP[team.pace] * committed + added);
      let minute = 9 * 60 + 30;
      while (remaining > target && queue.length > 0) {
        const item = queue.shift()!;
        emit(item, zonedTimeToUtc(date, minute, timeZone), 'In Progress', Math.ceil(item.hours / 2));
        emit(item, zonedTimeToUtc(date, Math.min(minute + 90, 17 * 60 + 30), timeZone), 'Done', 0);
        remaining -= item.points;
        minute = Math.min(minute + 55, 16 * 60 + 30);
      }
      const next = queue[0];
      if (next) emit(next, zonedTimeToUtc(date, 16 * 60 + 45, timeZone), 'In Progress', Math.ceil(next.hours * 0.6));
    }
  }
  return events.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}

