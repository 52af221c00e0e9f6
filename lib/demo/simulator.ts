import { randomUUID } from 'node:crypto';
import { findCurrentIteration } from '../../db/queries/burndown';
import { findTrainBySlug, listTeams } from '../../db/queries/trains';
import { countTeamItems, listIterationItems } from '../../db/queries/work-items';
import type { WorkItem } from '../../db/schema';
import { ingestEvents } from '../ingest/ingest';
import type { IngestEvent } from '../ingest/schema';
import type { Runtime } from '../runtime';
import { todayIn } from '../time/calendar';
import { DEMO_TRAIN, KINDS, STORY_POINTS, STORY_TITLES } from './catalogue';
import { pick } from './random';

type SimulatorRuntime = Pick<Runtime, 'db' | 'publisher' | 'log'>;

/** Moves the demo train: every tick one work item changes, through the same ingest path as real feeds. */
export function startSimulator(runtime: SimulatorRuntime, intervalMs: number, random: () => number = Math.random) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = simulateOnce(runtime, random, new Date())
      .then(() => undefined)
      .catch((error: unknown) => runtime.log.warn({ err: error }, 'demo simulator tick failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** One change to a random demo team's current iteration; returns the event it ingested, if any. */
export async function simulateOnce(runtime: SimulatorRuntime, random: () => number, now: Date): Promise<IngestEvent | undefined> {
  const { db } = runtime;
  const train = await findTrainBySlug(db, DEMO_TRAIN.slug);
  if (!train) return undefined;
  const team = pick(random, await listTeams(db, train.id));
  const iteration = team && (await findCurrentIteration(db, train.id, todayIn(train.time_zone, now)));
  if (!team || !iteration) return undefined;
  const items = await listIterationItems(db, team.id, iteration.id);
  const prefix = team.slug.slice(0, 3).toUpperCase();

  const event = (item: Pick<WorkItem, 'key' | 'title' | 'kind' | 'points'>, status: string, hours: number | null): IngestEvent => ({
    id: `sim-${randomUUID()}`,
    type: 'work_item.upserted',
    occurredAt: now.toISOString(),
    data: { key: item.key, team: team.slug, iteration: iteration.code, title: item.title, kind: item.kind, points: item.points, hoursRemaining: hours, status },
  });

  const open = items.filter((i) => i.status_category !== 'done');
  const done = items.filter((i) => i.status_category === 'done');
  const roll = random();
  let next: IngestEvent;
  if (items.length < 18 && (roll < 0.08 || items.length === 0)) {
    const points = pick(random, STORY_POINTS);
    const key = `${prefix}-${300 + (await countTeamItems(db, team.id))}`;
    next = event({ key, title: pick(random, STORY_TITLES), kind: pick(random, KINDS), points }, 'To Do', points * 3);
  } else if (done.length > 0 && (roll < 0.16 || open.length === 0)) {
    const item = pick(random, done);
    next = event(item, 'In Progress', Math.max(1, Math.round((item.points ?? 1) * 1.5)));
  } else if (open.length > 0) {
    const active = open.filter((i) => i.status_category === 'active');
    const item = active.length > 0 && random() < 0.7 ? pick(random, active) : pick(random, open);
    const hours = item.hours_remaining ?? 0;
    if (item.status_category !== 'active') next = event(item, 'In Progress', Math.ceil(hours * 0.8));
    else if (hours <= 2 || random() < 0.35) next = event(item, 'Done', 0);
    else next = event(item, 'In Progress', hours - 1 - Math.floor(random() * 3));
  } else {
    return undefined;
  }
  await ingestEvents(runtime, [next]);
  return next;
}
