import { deleteShifts, findShiftsByKey, listShiftsOverlapping, upsertOnCallShifts, type ShiftRow } from '../../db/queries/oncall';
import { findTrainBySlug } from '../../db/queries/trains';
import type { NewOnCallShift } from '../../db/schema';
import { publishTrainData } from '../admin/publish';
import { trainBySlug } from '../admin/team-access';
import { chooseTrain } from '../admin/train-choice';
import { recordAudit } from '../audit';
import { requireRole, type Principal, type UserPrincipal } from '../auth/principal';
import type { Runtime } from '../runtime';
import { addDays, mondayOf, todayIn, zonedTimeToUtc } from '../time/calendar';
import { DEFAULT_HANDOVER, isRotaKey, localMoment, localTime, ROTA_ROLES, ROTA_WEEKS, rotaKey, weekLabel, weekShiftBounds } from './rota';
import { saveRotaWeekSchema } from './schema';
import type { OnCallPageData, RotaPerson, RotaRole, RotaWeek, SavedRotaWeek } from './types';

type Services = Pick<Runtime, 'db' | 'publisher' | 'log'>;

// The rota is the train's, not a team's: every editor (Scrum Master) and admin (RTE) keeps it.
const EDIT_ROLE = 'editor';

const personOf = (row: ShiftRow | undefined): RotaPerson | null => (row ? { person: row.person, contact: row.contact } : null);

/** The train's incidents panel (it shows who is on call) is loaded again and pushed. */
const publish = (runtime: Services, train: string) => publishTrainData(runtime, [train], 'oncall', 'the on-call rota');

/**
 * Stores a week of the rota: per role, a shift from the Monday at the hand-over time to the next Monday at the same
 * time (train-local), keyed rota-<train>-<Monday>-<role>; an empty name removes that role's shift.
 */
export async function saveRotaWeek(runtime: Services, principal: Principal, body: unknown, now = new Date()): Promise<SavedRotaWeek> {
  const actor = requireRole(principal, EDIT_ROLE);
  const input = saveRotaWeekSchema.parse(body);
  const saved = await runtime.db.transaction().execute(async (trx) => {
    const train = await trainBySlug(trx, input.trainSlug);
    const { startsAt, endsAt } = weekShiftBounds(input.week, input.handover, train.time_zone);
    const keyOf = (role: RotaRole) => rotaKey(train.slug, input.week, role);
    const before = await findShiftsByKey(trx, ROTA_ROLES.map(keyOf));
    const after: Record<RotaRole, RotaPerson | null> = { primary: null, secondary: null };
    const rows: NewOnCallShift[] = [];
    const cleared: string[] = [];
    for (const role of ROTA_ROLES) {
      const person = input[role];
      if (person === '') {
        cleared.push(keyOf(role));
        continue;
      }
      const who = { person, contact: input[`${role}Contact`] || null };
      after[role] = who;
      rows.push({ key: keyOf(role), train_id: train.id, role, ...who, starts_at: startsAt, ends_at: endsAt, changed_at: now });
    }
    await upsertOnCallShifts(trx, rows, { newestWins: false });
    await deleteShifts(trx, cleared);
    await recordAudit(trx, {
      actor,
      action: 'oncall.week_saved',
      subject: `on-call week ${input.week} of ${train.slug}`,
      details: {
        train: train.slug,
        week: input.week,
        handover: input.handover,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        from: Object.fromEntries(ROTA_ROLES.map((role) => [role, personOf(before.find((b) => b.key === keyOf(role)))])),
        to: after,
      },
    });
    return { trainSlug: train.slug, week: input.week, handover: input.handover, ...after };
  });
  await publish(runtime, saved.trainSlug);
  return saved;
}

/**
 * The console page: a train (?train=, else the editor's own, else the first) and its rota from this week's Monday
 * (train-local) for eight weeks, each with the shifts feeds sent that overlap it.
 */
export async function loadOnCallPage(runtime: Pick<Runtime, 'db'>, me: UserPrincipal, query: { train?: string }, now = new Date()): Promise<OnCallPageData> {
  requireRole(me, EDIT_ROLE);
  const db = runtime.db;
  const { trains, slug } = await chooseTrain(db, me, query.train, { ownTrainFirst: true });
  const train = slug === undefined ? undefined : await findTrainBySlug(db, slug);
  if (!train) return { trains, train: null, weeks: [] };

  const zone = train.time_zone;
  const first = mondayOf(todayIn(zone, now));
  const mondays = Array.from({ length: ROTA_WEEKS }, (_, n) => addDays(first, 7 * n));
  // The last week's shifts end on the Monday after it, at most a day in.
  const shifts = await listShiftsOverlapping(db, train.id, zonedTimeToUtc(first, 0, zone), zonedTimeToUtc(addDays(first, 7 * ROTA_WEEKS + 1), 0, zone));
  const weeks = mondays.map((monday): RotaWeek => {
    const rota = (role: RotaRole) => shifts.find((s) => s.key === rotaKey(train.slug, monday, role));
    const stored = rota('primary') ?? rota('secondary');
    const from = zonedTimeToUtc(monday, 0, zone).getTime();
    const to = zonedTimeToUtc(addDays(monday, 7), 0, zone).getTime();
    return {
      week: monday,
      label: weekLabel(monday),
      handover: stored ? localTime(stored.starts_at, zone) : DEFAULT_HANDOVER,
      primary: personOf(rota('primary')),
      secondary: personOf(rota('secondary')),
      feedShifts: shifts
        .filter((s) => !isRotaKey(train.slug, s.key) && s.starts_at.getTime() < to && s.ends_at.getTime() > from)
        .map((s) => ({ key: s.key, role: s.role, person: s.person, contact: s.contact, when: `${localMoment(s.starts_at, zone)} – ${localMoment(s.ends_at, zone)}` })),
    };
  });
  return { trains, train: { slug: train.slug, name: train.name, timeZone: zone }, weeks };
}
