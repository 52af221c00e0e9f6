import { randomUUID } from 'node:crypto';
import { findCurrentIteration } from '../../db/queries/burndown';
import { featureProgress, type FeatureProgress } from '../../db/queries/demo';
import { findTrainBySlug, listTeams } from '../../db/queries/trains';
import { countTeamItems, listIterationItems } from '../../db/queries/work-items';
import type { WorkItem } from '../../db/schema';
import { ingestEvents } from '../ingest/ingest';
import type { IngestEvent } from '../ingest/schema';
import type { Runtime } from '../runtime';
import { todayIn } from '../time/calendar';
import { DEMO_FEATURES } from './backlog';
import { DEMO_TRAIN, FEATURE_STATUS, STATUS, STORY_POINTS } from './catalogue';
import { pick } from './random';

type SimulatorRuntime = Pick<Runtime, 'db' | 'publisher' | 'log' | 'config' | 'io'>;

/** Share of ticks that look at the features first: a feature moves on every minute or so at the default pace. */
const FEATURE_TICK_SHARE = 0.12;

/** Moves the demo train: every tick one work item or feature changes, through the same ingest path as real feeds. */
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

/** One change: now and then a feature that is ready moves on, otherwise an item of a random team's current iteration. */
export async function simulateOnce(runtime: SimulatorRuntime, random: () => number, now: Date): Promise<IngestEvent | undefined> {
  const { db } = runtime;
  const train = await findTrainBySlug(db, DEMO_TRAIN.slug);
  if (!train) return undefined;
  const next = (random() < FEATURE_TICK_SHARE && featureStep(await featureProgress(db, train.id), random, now)) || (await itemStep(runtime, train, random, now));
  if (!next) return undefined;
  await ingestEvents(runtime, [next]);
  return next;
}

/** A feature whose stories are all done is done; one whose first story has started is implementing. */
export function featureStep(features: FeatureProgress[], random: () => number, now: Date): IngestEvent | undefined {
  const finished = features.filter((f) => f.statusCategory !== 'done' && f.items > 0 && f.done === f.items);
  const starting = features.filter((f) => f.statusCategory === 'not_started' && f.started > 0);
  const [feature, status] =
    finished.length > 0 ? [pick(random, finished), FEATURE_STATUS.done] : starting.length > 0 ? [pick(random, starting), FEATURE_STATUS.implementing] : [];
  if (!feature || !status) return undefined;
  return {
    id: `sim-${randomUUID()}`,
    type: 'feature.upserted',
    occurredAt: now.toISOString(),
    data: { key: feature.key, train: DEMO_TRAIN.slug, pi: feature.piName, title: feature.title, kind: feature.kind, status, points: feature.points },
  };
}

async function itemStep(runtime: SimulatorRuntime, train: { id: number; time_zone: string }, random: () => number, now: Date): Promise<IngestEvent | undefined> {
  const { db } = runtime;
  const team = pick(random, await listTeams(db, train.id));
  const iteration = team && (await findCurrentIteration(db, train.id, todayIn(train.time_zone, now)));
  if (!team || !iteration) return undefined;
  const items = await listIterationItems(db, team.id, iteration.id);
  const prefix = team.slug.slice(0, 3).toUpperCase();

  type Sent = Pick<WorkItem, 'key' | 'title' | 'kind' | 'points' | 'feature_key'>;
  const event = (item: Sent, status: string, hours: number | null): IngestEvent => ({
    id: `sim-${randomUUID()}`,
    type: 'work_item.upserted',
    occurredAt: now.toISOString(),
    data: { key: item.key, team: team.slug, iteration: iteration.code, title: item.title, kind: item.kind, points: item.points, hoursRemaining: hours, status, feature: item.feature_key },
  });

  const open = items.filter((i) => i.status_category !== 'done');
  const done = items.filter((i) => i.status_category === 'done');
  const roll = random();
  if (items.length < 18 && (roll < 0.08 || items.length === 0)) {
    // New work joins a feature the team is already on this iteration.
    const featureKey = pickFeature(items, team.slug, random);
    const feature = DEMO_FEATURES.find((f) => f.key === featureKey);
    const points = pick(random, STORY_POINTS);
    const key = `${prefix}-${300 + (await countTeamItems(db, team.id))}`;
    const title = feature ? `${pick(random, feature.stories)} (follow-up)` : 'Follow-up from the stand-up';
    return event({ key, title, kind: 'story', points, feature_key: featureKey }, STATUS.todo, points * 3);
  }
  if (done.length > 0 && (roll < 0.14 || open.length === 0)) {
    const item = pick(random, done);
    return event(item, STATUS.active, Math.max(1, Math.round((item.points ?? 1) * 1.5)));
  }
  if (open.length === 0) return undefined;
  const started = open.filter((i) => i.status_category !== 'not_started');
  const item = started.length > 0 && random() < 0.7 ? pick(random, started) : pick(random, open);
  const hours = item.hours_remaining ?? 0;
  if (item.status_category === 'not_started') return event(item, STATUS.active, Math.ceil(hours * 0.8));
  if (item.status_category === 'waiting') return random() < 0.6 ? event(item, STATUS.done, 0) : event(item, STATUS.active, Math.max(1, hours));
  if (hours <= 2 || random() < 0.3) return random() < 0.5 ? event(item, STATUS.uat, Math.min(hours, 1)) : event(item, STATUS.done, 0);
  return event(item, STATUS.active, hours - 1 - Math.floor(random() * 3));
}

function pickFeature(items: Pick<WorkItem, 'feature_key'>[], team: string, random: () => number): string | null {
  const keys = items.flatMap((i) => (i.feature_key ? [i.feature_key] : []));
  if (keys.length > 0) return pick(random, keys);
  const own = DEMO_FEATURES.filter((f) => f.teams.includes(team));
  return own.length > 0 ? pick(random, own).key : null;
}
