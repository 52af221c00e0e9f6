import { ZodError } from 'zod';
import { beforeEach, describe, expect, it } from 'vitest';
import { AdminError } from '../../lib/admin/errors';
import { AuthError, type UserPrincipal } from '../../lib/auth/principal';
import { createSession } from '../../lib/auth/sessions';
import { handleSaveRotaWeek } from '../../lib/oncall/http';
import { loadOnCallPage, saveRotaWeek } from '../../lib/oncall/service';
import { loadIncidents } from '../../lib/panels/incidents/loader';
import { onCallNowAndNext } from '../../lib/panels/incidents/math';
import { SITE, insertNorthAndSouth, insertTeamUser } from '../support/console';
import { describeEachBackend } from '../support/databases';
import type { TrainFixture } from '../support/fixtures';
import { testRuntime, type TestRuntime } from '../support/runtime';

/** Tuesday 24 November 2026, 11:00 in Amsterdam: this week's Monday is the 23rd. */
const NOW = new Date('2026-11-24T10:00:00Z');

describeEachBackend('the on-call rota in the console', (backend) => {
  let runtime: TestRuntime;
  let north: TrainFixture;
  let admin: UserPrincipal;
  let editor: UserPrincipal;
  let viewer: UserPrincipal;

  const week = (over: Record<string, unknown> = {}) => ({
    trainSlug: 'north',
    week: '2026-11-30',
    handover: '09:00',
    primary: 'Ada Lovelace',
    primaryContact: '+31 20 555 0100',
    secondary: 'Ben Okri',
    secondaryContact: '',
    ...over,
  });
  const shifts = () =>
    backend.db.selectFrom('oncall_shifts').select(['key', 'train_id', 'role', 'person', 'contact', 'starts_at', 'ends_at']).orderBy('key').execute();
  const audit = () => backend.db.selectFrom('audit_log').select(['actor', 'action', 'subject', 'details']).orderBy('id').execute();

  beforeEach(async () => {
    runtime = testRuntime(backend);
    const { north: northTrain, south } = await insertNorthAndSouth(backend.db, ['otters']);
    north = northTrain;
    admin = await insertTeamUser(backend.db, 'admin', 'rte@example.test');
    // The rota is the train's: a Scrum Master of another train's team may keep it too.
    editor = await insertTeamUser(backend.db, 'editor', 'puma@example.test', south.teamId('pumas'));
    viewer = await insertTeamUser(backend.db, 'viewer', 'viewer@example.test');
  });

  describe('saving a week', () => {
    it('stores each role as a shift from Monday at the hand-over to the next Monday, audited and pushed to the incidents panel', async () => {
      const saved = await saveRotaWeek(runtime, editor, week(), NOW);
      expect(saved).toEqual({
        trainSlug: 'north',
        week: '2026-11-30',
        handover: '09:00',
        primary: { person: 'Ada Lovelace', contact: '+31 20 555 0100' },
        secondary: { person: 'Ben Okri', contact: null },
      });
      const monday = new Date('2026-11-30T08:00:00Z');
      const next = new Date('2026-12-07T08:00:00Z');
      expect(await shifts()).toEqual([
        { key: 'rota-north-2026-11-30-primary', train_id: north.trainId, role: 'primary', person: 'Ada Lovelace', contact: '+31 20 555 0100', starts_at: monday, ends_at: next },
        { key: 'rota-north-2026-11-30-secondary', train_id: north.trainId, role: 'secondary', person: 'Ben Okri', contact: null, starts_at: monday, ends_at: next },
      ]);
      expect(await audit()).toEqual([
        {
          actor: 'puma@example.test',
          action: 'oncall.week_saved',
          subject: 'on-call week 2026-11-30 of north',
          details: {
            train: 'north',
            week: '2026-11-30',
            handover: '09:00',
            startsAt: '2026-11-30T08:00:00.000Z',
            endsAt: '2026-12-07T08:00:00.000Z',
            from: { primary: null, secondary: null },
            to: { primary: { person: 'Ada Lovelace', contact: '+31 20 555 0100' }, secondary: { person: 'Ben Okri', contact: null } },
          },
        },
      ]);
      expect(runtime.publisher.published).toEqual([['incidents:north']]);
    });

    it('the week summer time ends: 09:00 local at both ends (07:00Z to 08:00Z)', async () => {
      await saveRotaWeek(runtime, admin, week({ week: '2026-10-19', secondary: '' }), NOW);
      expect(await shifts()).toEqual([
        expect.objectContaining({ key: 'rota-north-2026-10-19-primary', starts_at: new Date('2026-10-19T07:00:00Z'), ends_at: new Date('2026-10-26T08:00:00Z') }),
      ]);
    });

    it('saving again moves the hand-over and renames; clearing a name removes that shift; the audit shows from and to', async () => {
      await saveRotaWeek(runtime, admin, week(), NOW);
      await saveRotaWeek(runtime, admin, week({ handover: '07:30', primary: 'Cem Aydin', primaryContact: '', secondary: '' }), NOW);
      expect(await shifts()).toEqual([
        expect.objectContaining({
          key: 'rota-north-2026-11-30-primary',
          person: 'Cem Aydin',
          contact: null,
          starts_at: new Date('2026-11-30T06:30:00Z'),
          ends_at: new Date('2026-12-07T06:30:00Z'),
        }),
      ]);
      const [, second] = await audit();
      expect(second!.details).toMatchObject({
        handover: '07:30',
        from: { primary: { person: 'Ada Lovelace', contact: '+31 20 555 0100' }, secondary: { person: 'Ben Okri', contact: null } },
        to: { primary: { person: 'Cem Aydin', contact: null }, secondary: null },
      });
      await saveRotaWeek(runtime, admin, week({ primary: '', primaryContact: '', secondary: '' }), NOW);
      expect(await shifts()).toEqual([]);
      expect(runtime.publisher.published).toEqual([['incidents:north'], ['incidents:north'], ['incidents:north']]);
    });

    it('the wall shows a week saved for this week: who is on call now, and from when the next (after a gap)', async () => {
      await saveRotaWeek(runtime, admin, week({ week: '2026-11-23', handover: '00:00', primary: 'Dana Scully', primaryContact: '' }), NOW);
      await saveRotaWeek(runtime, admin, week(), NOW);
      const dto = (await loadIncidents(backend.db, { kind: 'incidents', train: 'north' }, NOW))!;
      expect(onCallNowAndNext(dto.onCall.primary, NOW)).toEqual({
        // Her week ends at its own hand-over time, Monday 00:00 (23:00Z); the next week starts at 09:00.
        now: { person: 'Dana Scully', contact: null, until: '2026-11-29T23:00:00.000Z' },
        next: { person: 'Ada Lovelace', contact: '+31 20 555 0100', from: '2026-11-30T08:00:00.000Z' },
      });
    });

    it('refuses viewers and the signed-out, bad fields by name, and unknown trains; nothing is stored or pushed', async () => {
      await expect(saveRotaWeek(runtime, viewer, week(), NOW)).rejects.toMatchObject({ status: 403 });
      await expect(saveRotaWeek(runtime, { kind: 'anonymous' }, week(), NOW)).rejects.toBeInstanceOf(AuthError);
      const invalid = await saveRotaWeek(runtime, admin, week({ week: '2026-12-01', handover: '9am', primary: '', primaryContact: '@ada' }), NOW).catch((e: unknown) => e);
      expect(invalid).toBeInstanceOf(ZodError);
      expect((invalid as ZodError).issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['week', 'must be a Monday'],
        ['handover', 'must be a time of day, e.g. 09:00'],
        ['primaryContact', 'needs a name beside it'],
      ]);
      await expect(saveRotaWeek(runtime, admin, week({ trainSlug: 'west' }), NOW)).rejects.toEqual(new AdminError(400, 'unknown_train', 'There is no train "west".'));
      expect(await shifts()).toEqual([]);
      expect(await audit()).toEqual([]);
      expect(runtime.publisher.published).toEqual([]);
    });
  });

  describe('the page', () => {
    it('eight weeks from this week’s Monday, the rota’s names and hand-over, and feed shifts read-only beside the weeks they overlap', async () => {
      await saveRotaWeek(runtime, admin, week({ handover: '07:30' }), NOW);
      await backend.db
        .insertInto('oncall_shifts')
        .values({
          key: 'pager-swap-1',
          train_id: north.trainId,
          role: 'secondary',
          person: 'Mei Chen',
          contact: '@mei',
          // Wednesday 9 December 09:00 to Thursday 09:00, Amsterdam.
          starts_at: new Date('2026-12-09T08:00:00Z'),
          ends_at: new Date('2026-12-10T08:00:00Z'),
          changed_at: NOW,
        })
        .execute();
      const page = await loadOnCallPage(runtime, editor, { train: 'north' }, NOW);
      expect(page.train).toEqual({ slug: 'north', name: 'Train north', timeZone: 'Europe/Amsterdam' });
      expect(page.weeks.map((w) => w.week)).toEqual(['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04', '2027-01-11']);
      expect(page.weeks[0]).toEqual({ week: '2026-11-23', label: 'Week of Mon 23 Nov', handover: '09:00', primary: null, secondary: null, feedShifts: [] });
      expect(page.weeks[1]).toEqual({
        week: '2026-11-30',
        label: 'Week of Mon 30 Nov',
        handover: '07:30',
        primary: { person: 'Ada Lovelace', contact: '+31 20 555 0100' },
        secondary: { person: 'Ben Okri', contact: null },
        feedShifts: [],
      });
      expect(page.weeks[2]!.feedShifts).toEqual([{ key: 'pager-swap-1', role: 'secondary', person: 'Mei Chen', contact: '@mei', when: 'Wed 9 Dec 09:00 – Thu 10 Dec 09:00' }]);
      expect(page.weeks.filter((w) => w.feedShifts.length > 0)).toHaveLength(1);
    });

    it('defaults to the editor’s own train, else the first; viewers may not see it', async () => {
      expect((await loadOnCallPage(runtime, editor, {}, NOW)).train?.slug).toBe('south');
      expect((await loadOnCallPage(runtime, admin, {}, NOW)).train?.slug).toBe('north');
      expect((await loadOnCallPage(runtime, admin, { train: 'nowhere' }, NOW)).train?.slug).toBe('north');
      await expect(loadOnCallPage(runtime, viewer, {}, NOW)).rejects.toMatchObject({ status: 403 });
    });
  });

  describe('over HTTP', () => {
    const cookieFor = async (principal: UserPrincipal) => `sb_session=${(await createSession(backend.db, principal.userId)).token}`;
    const put = (body: unknown, cookie?: string) =>
      new Request(`${SITE}/api/admin/on-call`, {
        method: 'PUT',
        headers: { host: 'signalbox.test', origin: SITE, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });

    it('200 with the saved week; 400 naming the field; 401 signed out; 403 for a viewer', async () => {
      const ok = await handleSaveRotaWeek(put(week(), await cookieFor(editor)), runtime);
      expect(ok.status).toBe(200);
      expect((await ok.json()).week).toMatchObject({ week: '2026-11-30', primary: { person: 'Ada Lovelace' } });
      const bad = await handleSaveRotaWeek(put(week({ handover: '25:00' }), await cookieFor(editor)), runtime);
      expect(bad.status).toBe(400);
      expect((await bad.json()).issues).toEqual([{ path: 'handover', message: 'must be a time of day, e.g. 09:00' }]);
      expect((await handleSaveRotaWeek(put(week()), runtime)).status).toBe(401);
      expect((await handleSaveRotaWeek(put(week(), await cookieFor(viewer)), runtime)).status).toBe(403);
    });
  });
});
