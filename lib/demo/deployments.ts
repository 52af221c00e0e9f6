import type { DeploymentStatus } from '../../db/schema';
import type { IngestEvent } from '../ingest/schema';
import { addDays, todayIn, workingDaysBetween, zonedTimeToUtc } from '../time/calendar';
import type { DemoCalendar } from './calendar';
import { DEMO_TRAIN } from './catalogue';
import { pick, seededRandom } from './random';
import { DEMO_ENVIRONMENTS, demoReleases, type DemoEnvironmentKey } from './release-catalogue';

const train = DEMO_TRAIN.slug;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const HISTORY_DAYS = 90;
/** One production deployment in nine fails or is rolled back; a fix follows within hours. */
const FAILURE_EVERY = 9;
const PIPELINE = DEMO_ENVIRONMENTS.map((e) => e.key);

/** The services whose patch releases go out between the catalogue's releases, each from its own patch line. */
const PATCH_LINES = [
  { slug: 'payments', line: '2.3' },
  { slug: 'mobile', line: '5.1' },
  { slug: 'checkout', line: '2.9' },
  { slug: 'search', line: '1.8' },
];

/** One deployment to one environment: CI/CD reports it started, then how it ended. */
interface DemoDeployment {
  key: string;
  environment: DemoEnvironmentKey;
  version: string;
  startedAt: Date;
  minutes: number;
  outcome: Exclude<DeploymentStatus, 'in_progress'>;
  commit: string;
  committedAt: Date;
}

function deploymentEvents(d: DemoDeployment): IngestEvent[] {
  const event = (status: DeploymentStatus, at: Date): IngestEvent => ({
    id: `demo-${d.key}-${status}`,
    type: 'deployment.recorded',
    occurredAt: at.toISOString(),
    // deployedAt null: it is the report's occurredAt, when the deployment started and then when it ended.
    data: { key: d.key, train, environment: d.environment, version: d.version, status, deployedAt: null, commit: d.commit, committedAt: d.committedAt.toISOString() },
  });
  return [event('in_progress', d.startedAt), event(d.outcome, new Date(d.startedAt.getTime() + d.minutes * MINUTE_MS))];
}

const commitOf = (random: () => number) => Math.floor(random() * 0xffffffffff).toString(16).padStart(10, '0');

/**
 * A version's way through the pipeline, from its commit to a production deployment at `productionAt`: each stage a
 * share of the way, the last one (production) ending as `outcome`.
 */
function throughPipeline(random: () => number, keyOf: string, version: string, committedAt: Date, productionAt: Date, outcome: DemoDeployment['outcome']): DemoDeployment[] {
  const span = productionAt.getTime() - committedAt.getTime();
  const commit = commitOf(random);
  return PIPELINE.map((environment, stage) => ({
    key: `${keyOf}-${environment}`,
    environment,
    version,
    startedAt: stage === PIPELINE.length - 1 ? productionAt : new Date(committedAt.getTime() + span * (0.08 + 0.28 * stage)),
    minutes: 6 + Math.floor(random() * 10),
    outcome: stage === PIPELINE.length - 1 ? outcome : 'succeeded',
    commit,
    committedAt,
  }));
}

/** A patch going out to production; the version is given once all are in order. */
interface PatchSlot {
  slug: string;
  productionAt: Date;
  committedAt: Date;
  outcome: DemoDeployment['outcome'];
}

/**
 * Patch releases over the last 90 days: one to production every one to three working days, committed a few hours to
 * three days before. Counted back from today, every ninth fails or is rolled back (so the last 30 days always hold
 * one), and the next patch fixes it within hours. Yesterday's P1 "Payments down in the EU region" (lib/demo/incidents.ts,
 * 22 h ago) followed a payments patch that was rolled back; its fix went out as the incident was restored.
 */
function patchHistory(timeZone: string, now: Date): DemoDeployment[] {
  const random = seededRandom(4_242);
  const today = todayIn(timeZone, now);
  const days = workingDaysBetween(addDays(today, -HISTORY_DAYS), today);
  const slots: PatchSlot[] = [];
  for (let day = days.length - 1, n = 0; day >= 0; day -= 1 + Math.floor(random() * 3), n++) {
    const productionAt = zonedTimeToUtc(days[day]!, 10 * 60 + Math.floor(random() * 5 * 60), timeZone);
    const committedAt = new Date(productionAt.getTime() - (2 + random() * 70) * HOUR_MS);
    const outcome = n % FAILURE_EVERY !== FAILURE_EVERY - 4 ? 'succeeded' : random() < 0.5 ? 'failed' : 'rolled_back';
    slots.push({ slug: pick(random, PATCH_LINES).slug, productionAt, committedAt, outcome });
  }
  const incidentAt = now.getTime() - 22 * HOUR_MS;
  slots.push({ slug: 'payments', productionAt: new Date(incidentAt - 12 * MINUTE_MS), committedAt: new Date(incidentAt - 20 * HOUR_MS), outcome: 'rolled_back' });

  const patches = new Map(PATCH_LINES.map((p) => [p.slug, 0]));
  const next = (slug: string) => {
    patches.set(slug, patches.get(slug)! + 1);
    return `${PATCH_LINES.find((p) => p.slug === slug)!.line}.${patches.get(slug)}`;
  };
  const deployments: DemoDeployment[] = [];
  for (const slot of slots.sort((a, b) => a.productionAt.getTime() - b.productionAt.getTime())) {
    const version = next(slot.slug);
    deployments.push(...throughPipeline(random, `deploy-${slot.slug}-${version}`, version, slot.committedAt, slot.productionAt, slot.outcome));
    if (slot.outcome === 'succeeded') continue;
    // The fix: committed within the hour, through the pipeline in a couple of hours.
    const fixVersion = next(slot.slug);
    const fixCommitted = new Date(slot.productionAt.getTime() + (30 + random() * 40) * MINUTE_MS);
    const fixAt = new Date(fixCommitted.getTime() + (60 + random() * 90) * MINUTE_MS);
    deployments.push(...throughPipeline(random, `deploy-${slot.slug}-${fixVersion}`, fixVersion, fixCommitted, fixAt, 'succeeded'));
  }
  return deployments;
}

/**
 * The catalogue's releases on their way: their version in each environment up to the one it reached, one stage a
 * working day over the last working days before today. Payments' first staging deployment failed and was redone.
 */
function releaseDeployments(calendar: DemoCalendar, timeZone: string, now: Date): DemoDeployment[] {
  const random = seededRandom(2_400);
  const today = todayIn(timeZone, now);
  const before = workingDaysBetween(addDays(today, -14), addDays(today, -1));
  return demoReleases(calendar).flatMap((release, n) => {
    if (release.reached === null) return [];
    const stages = PIPELINE.slice(0, PIPELINE.indexOf(release.reached) + 1);
    const firstDay = before.length - stages.length;
    const committedAt = zonedTimeToUtc(before[firstDay - 1]!, 16 * 60 + 10 * n, timeZone);
    const commit = commitOf(random);
    return stages.flatMap((environment, stage): DemoDeployment[] => {
      const at = (minute: number) => zonedTimeToUtc(before[firstDay + stage]!, minute + 23 * n, timeZone);
      const base = { environment, version: release.version, minutes: 8 + Math.floor(random() * 8), commit, committedAt };
      const key = `deploy-${release.key.toLowerCase()}-${environment}`;
      if (release.key === 'REL-PAY-2.4' && environment === 'staging') {
        return [
          { ...base, key: `${key}-1`, startedAt: at(10 * 60), outcome: 'failed' },
          { ...base, key: `${key}-2`, startedAt: at(15 * 60), outcome: 'succeeded' },
        ];
      }
      return [{ ...base, key, startedAt: at(11 * 60), outcome: 'succeeded' }];
    });
  });
}

/**
 * What the demo train's CI/CD would have sent by `now`, oldest first: ~90 days of patch releases through
 * dev → test → staging → production (some failed and fixed), the rollback behind yesterday's P1, and the catalogue's
 * releases up to the environment each has reached.
 */
export function demoDeploymentEvents(calendar: DemoCalendar, timeZone: string, now: Date): IngestEvent[] {
  const deployments = [...patchHistory(timeZone, now), ...releaseDeployments(calendar, timeZone, now)];
  return deployments
    .flatMap(deploymentEvents)
    .filter((e) => Date.parse(e.occurredAt) <= now.getTime())
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}
