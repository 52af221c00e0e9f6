import type { IngestEvent } from '../ingest/schema';
import { zonedTimeToUtc } from '../time/calendar';
import { DEMO_FEATURES } from './backlog';
import { demoCalendarEntries, type DemoCalendar } from './calendar';
import { DEMO_TEAMS, DEMO_TRAIN, FEATURE_STATUS, STATUS } from './catalogue';
import { demoWorkItems, type DemoWorkItem, type ItemState } from './history';
import { DEMO_OBJECTIVES } from './objective-catalogue';

const train = DEMO_TRAIN.slug;

/**
 * Everything the demo train's tracker would have sent by `now`, oldest first: the status mapping, the PI and its
 * calendar, the features, every work item's changes and the PI objectives with the ratings of past system demos.
 */
export function demoEvents(calendar: DemoCalendar, timeZone: string, now: Date): IngestEvent[] {
  const setupAt = (minute: number) => zonedTimeToUtc(calendar.planningDate, minute, timeZone).toISOString();
  const items = demoWorkItems(calendar, timeZone);
  const events: IngestEvent[] = [
    {
      id: 'demo-status-ready-for-uat',
      type: 'status_mapping.set',
      occurredAt: setupAt(8 * 60),
      data: { train, status: STATUS.uat, category: 'waiting' },
    },
    demoPiEvent(calendar, setupAt(8 * 60 + 1)),
    ...demoCalendarEntries(calendar).map(
      (entry): IngestEvent => ({
        id: `demo-calendar-${entry.key}`,
        type: 'calendar_event.upserted',
        occurredAt: setupAt(8 * 60 + 2),
        data: { train, key: entry.key, kind: entry.kind, title: entry.title, startDate: entry.startDate, endDate: entry.endDate },
      }),
    ),
    ...featureEvents(calendar, timeZone, items),
    ...items.flatMap(workItemEvents),
    ...objectiveEvents(calendar, timeZone),
  ];
  return events.filter((e) => Date.parse(e.occurredAt) <= now.getTime()).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}

export function demoPiEvent(calendar: DemoCalendar, occurredAt: string): IngestEvent {
  return {
    id: 'demo-pi',
    type: 'pi.upserted',
    occurredAt,
    data: {
      train,
      name: calendar.piName,
      startDate: calendar.startDate,
      endDate: calendar.endDate,
      iterations: calendar.iterations.map((it) => ({ code: it.code, name: it.name, kind: it.kind, startDate: it.startDate, endDate: it.endDate })),
    },
  };
}

/** Each change as the full state a tracker sends, in time order. */
function workItemEvents(item: DemoWorkItem): IngestEvent[] {
  let state = {} as ItemState;
  return [...item.changes]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((change, n): IngestEvent => {
      state = { ...state, ...change };
      return {
        id: `demo-${item.key}-${n + 1}`,
        type: 'work_item.upserted',
        occurredAt: change.at.toISOString(),
        data: {
          key: item.key,
          team: state.team,
          iteration: state.iteration,
          title: item.title,
          kind: item.kind,
          points: item.points,
          hoursRemaining: state.hours,
          status: state.status,
          feature: item.feature,
        },
      };
    });
}

/**
 * Features are sized at PI planning as the sum of their stories, start implementing when their first story starts
 * and are done an hour after their last story is.
 */
function featureEvents(calendar: DemoCalendar, timeZone: string, items: DemoWorkItem[]): IngestEvent[] {
  return DEMO_FEATURES.flatMap((feature, index) => {
    const linked = items.filter((i) => i.feature === feature.key);
    const points = linked.reduce((sum, i) => sum + (i.points ?? 0), 0);
    const event = (n: number, at: Date, status: string): IngestEvent => ({
      id: `demo-${feature.key}-${n}`,
      type: 'feature.upserted',
      occurredAt: at.toISOString(),
      data: { key: feature.key, train, pi: calendar.piName, title: feature.title, kind: feature.kind, status, points },
    });
    const events = [event(1, zonedTimeToUtc(calendar.planningDate, 14 * 60 + index, timeZone), FEATURE_STATUS.backlog)];
    const starts = linked.flatMap((i) => (i.startedAt ? [i.startedAt.getTime()] : []));
    if (starts.length > 0) events.push(event(2, new Date(Math.min(...starts) + 5 * 60_000), FEATURE_STATUS.implementing));
    if (linked.length > 0 && linked.every((i) => i.doneAt)) {
      events.push(event(3, new Date(Math.max(...linked.map((i) => i.doneAt!.getTime())) + 60 * 60_000), FEATURE_STATUS.done));
    }
    return events;
  });
}

/** Objectives written at PI planning; rated at the system demo (15:00 on the iteration's last day) that showed them. */
function objectiveEvents(calendar: DemoCalendar, timeZone: string): IngestEvent[] {
  return DEMO_TEAMS.flatMap((team) =>
    (DEMO_OBJECTIVES[team.slug] ?? []).flatMap((objective, index) => {
      const key = `OBJ-${team.prefix}-${index + 1}`;
      const data = { key, team: team.slug, pi: calendar.piName, title: objective.title, committed: objective.committed, plannedValue: objective.planned };
      const written: IngestEvent = {
        id: `demo-${key}-1`,
        type: 'objective.upserted',
        occurredAt: zonedTimeToUtc(calendar.planningDate, 16 * 60 + index, timeZone).toISOString(),
        data: { ...data, actualValue: null },
      };
      if (!objective.rated) return [written];
      const demoDate = calendar.iterations[objective.rated.at - 1]!.endDate;
      const rated: IngestEvent = {
        id: `demo-${key}-2`,
        type: 'objective.upserted',
        occurredAt: zonedTimeToUtc(demoDate, 15 * 60 + index, timeZone).toISOString(),
        data: { ...data, actualValue: objective.rated.actual },
      };
      return [written, rated];
    }),
  );
}
