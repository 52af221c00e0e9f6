import { beforeEach, expect, it } from 'vitest';
import { AdminError } from '../../lib/admin/errors';
import { createAnnouncement, deleteAnnouncement, loadAnnouncementsPage, updateAnnouncement } from '../../lib/announcements/service';
import type { UserPrincipal } from '../../lib/auth/principal';
import { expandItem } from '../../lib/displays/config';
import { loadAnnouncement } from '../../lib/panels/announcement/loader';
import { loadPanel } from '../../lib/panels/load';
import { createPlaylist, getPlaylistDetail, updatePlaylist } from '../../lib/playlists/service';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { insertUserPrincipal } from '../support/principals';
import { testRuntime, type TestRuntime } from '../support/runtime';

const CREATED = new Date('2026-11-24T09:00:00Z');
const EDITED = new Date('2026-11-24T10:30:00Z');

describeEachBackend('announcements', (backend) => {
  let runtime: TestRuntime;
  let admin: UserPrincipal;
  let editor: UserPrincipal;
  let viewer: UserPrincipal;

  const audit = () => backend.db.selectFrom('audit_log').select(['actor', 'action', 'subject', 'details']).orderBy('id').execute();
  const spec = (slug: string) => ({ slug, timeZone: 'Europe/Amsterdam', teams: [`${slug}-team`], pi: { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' }, iterations: [] });

  beforeEach(async () => {
    runtime = testRuntime(backend);
    await insertTrain(backend.db, spec('north'));
    await insertTrain(backend.db, spec('south'));
    admin = await insertUserPrincipal(backend.db, 'admin', 'rte@example.test');
    editor = await insertUserPrincipal(backend.db, 'editor', 'sm@example.test');
    viewer = await insertUserPrincipal(backend.db, 'viewer', 'viewer@example.test');
  });

  it('an editor creates, edits and deletes one; each write is audited and pushes the panel key', async () => {
    const created = await createAnnouncement(runtime, editor, { trainSlug: 'north', title: '  Welcome  ', body: 'Demo in **Room 4.12**' }, CREATED);
    expect(created).toEqual({ id: created.id, trainSlug: 'north', title: 'Welcome', body: 'Demo in **Room 4.12**', updatedAt: CREATED.toISOString() });
    const key = `announcement:north:${created.id}`;

    const edited = await updateAnnouncement(runtime, editor, created.id, { body: '<script>x</script>' }, EDITED);
    expect(edited).toMatchObject({ title: 'Welcome', body: '<script>x</script>', updatedAt: EDITED.toISOString() });
    expect(await loadPanel(backend.db, key, EDITED)).toEqual({
      kind: 'announcement',
      key,
      train: { slug: 'north', name: 'Train north' },
      asOf: EDITED.toISOString(),
      title: 'Welcome',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: '<script>x</script>' }] }],
      length: 18,
      lines: 1,
      updatedAt: EDITED.toISOString(),
    });

    await deleteAnnouncement(runtime, editor, created.id);
    expect(await loadPanel(backend.db, key, EDITED)).toBeUndefined();
    expect(runtime.publisher.published).toEqual([[key], [key], [key]]);
    expect((await audit()).map((a) => [a.action, a.subject])).toEqual([
      ['announcement.created', `announcement ${created.id}`],
      ['announcement.updated', `announcement ${created.id}`],
      ['announcement.deleted', `announcement ${created.id}`],
    ]);
    expect((await audit())[1]!.details).toEqual({
      train: 'north',
      from: { title: 'Welcome', body: 'Demo in **Room 4.12**' },
      to: { title: 'Welcome', body: '<script>x</script>' },
    });
  });

  it('a viewer may change nothing (403); bad fields are refused with their paths; unknown ids are 404', async () => {
    await expect(createAnnouncement(runtime, viewer, { trainSlug: 'north', title: 'T', body: 'B' })).rejects.toMatchObject({ status: 403 });
    const own = await createAnnouncement(runtime, admin, { trainSlug: 'north', title: 'T', body: 'B' });
    await expect(updateAnnouncement(runtime, viewer, own.id, { title: 'X' })).rejects.toMatchObject({ status: 403 });
    await expect(deleteAnnouncement(runtime, viewer, own.id)).rejects.toMatchObject({ status: 403 });

    const invalid = await createAnnouncement(runtime, admin, { trainSlug: 'north', title: 'x'.repeat(81), body: 'y'.repeat(2001) }).catch((e: unknown) => e);
    expect((invalid as { issues: { path: string[] }[] }).issues.map((i) => i.path.join('.'))).toEqual(['title', 'body']);
    const tooManyLines = await createAnnouncement(runtime, admin, { trainSlug: 'north', title: 'T', body: Array(31).fill('- x').join('\n') }).catch((e: unknown) => e);
    expect((tooManyLines as { issues: { path: string[]; message: string }[] }).issues.map((i) => [i.path.join('.'), i.message])).toEqual([['body', 'must be 30 lines at most']]);
    await expect(createAnnouncement(runtime, admin, { trainSlug: 'nowhere', title: 'T', body: 'B' })).rejects.toMatchObject({ status: 400, code: 'unknown_train' });
    await expect(updateAnnouncement(runtime, admin, 4242, { title: 'X' })).rejects.toEqual(new AdminError(404, 'not_found', 'There is no announcement 4242.'));
    expect((await audit()).map((a) => a.action)).toEqual(['announcement.created']);
    expect(runtime.publisher.published).toHaveLength(1);
  });

  it('the loader finds an announcement only under its own train', async () => {
    const north = await createAnnouncement(runtime, admin, { trainSlug: 'north', title: 'North', body: 'Hi' }, CREATED);
    expect(await loadAnnouncement(backend.db, { kind: 'announcement', train: 'north', id: north.id }, CREATED)).toMatchObject({ title: 'North', length: 2, lines: 1 });
    expect(await loadAnnouncement(backend.db, { kind: 'announcement', train: 'south', id: north.id }, CREATED)).toBeUndefined();
    expect(await loadAnnouncement(backend.db, { kind: 'announcement', train: 'north', id: north.id + 1000 }, CREATED)).toBeUndefined();
  });

  it('a playlist offers its train’s announcements, plays one as one panel, and refuses another train’s', async () => {
    const north = await createAnnouncement(runtime, admin, { trainSlug: 'north', title: 'North news', body: 'Hi' }, CREATED);
    const south = await createAnnouncement(runtime, admin, { trainSlug: 'south', title: 'South news', body: 'Hi' }, CREATED);
    const item = { kind: 'announcement' as const, params: { id: north.id }, seconds: 30 };
    const playlist = await createPlaylist(runtime, admin, { trainSlug: 'north', name: 'Wall', items: [item] });
    expect(playlist.items).toEqual([item]);
    expect(playlist.announcements).toEqual([{ id: north.id, title: 'North news' }]);
    expect((await getPlaylistDetail(runtime, admin, playlist.id)).announcements).toEqual([{ id: north.id, title: 'North news' }]);

    const foreign = { kind: 'announcement' as const, params: { id: south.id }, seconds: 30 };
    await expect(updatePlaylist(runtime, admin, playlist.id, { name: 'Wall', items: [foreign] })).rejects.toMatchObject({ status: 400, code: 'unknown_announcement' });
    await expect(createPlaylist(runtime, admin, { trainSlug: 'north', name: 'Other', items: [foreign] })).rejects.toMatchObject({ status: 400, code: 'unknown_announcement' });
    expect(expandItem({ kind: 'announcement', params: { id: north.id }, seconds: 30 }, 'north', [])).toEqual([
      { key: `announcement:north:${north.id}`, kind: 'announcement', seconds: 30 },
    ]);
  });

  it('deleting one takes it out of the playlists that showed it, and their displays get the new configuration', async () => {
    const kept = await createAnnouncement(runtime, admin, { trainSlug: 'north', title: 'Kept', body: 'Hi' }, CREATED);
    const gone = await createAnnouncement(runtime, admin, { trainSlug: 'north', title: 'Gone', body: 'Bye' }, CREATED);
    const items = [
      { kind: 'announcement' as const, params: { id: kept.id }, seconds: 30 },
      { kind: 'announcement' as const, params: { id: gone.id }, seconds: 20 },
    ];
    const playlist = await createPlaylist(runtime, admin, { trainSlug: 'north', name: 'Wall', items });
    const north = await backend.db.selectFrom('trains').select('id').where('slug', '=', 'north').executeTakeFirstOrThrow();
    const display = await backend.db.insertInto('displays').values({ train_id: north.id, name: 'TV', playlist_id: playlist.id }).returning('id').executeTakeFirstOrThrow();
    runtime.io.emitted.length = 0;

    await deleteAnnouncement(runtime, editor, gone.id);
    expect((await getPlaylistDetail(runtime, admin, playlist.id)).items).toEqual([items[0]]);
    expect(runtime.io.emitted.filter((e) => e.event === 'display-config').map((e) => e.room)).toEqual([`display:${display.id}`]);
  });

  it('the console page lists the chosen train’s announcements, newest first', async () => {
    await createAnnouncement(runtime, admin, { trainSlug: 'north', title: 'Older', body: 'a' }, CREATED);
    await createAnnouncement(runtime, admin, { trainSlug: 'north', title: 'Newer', body: 'b' }, EDITED);
    await createAnnouncement(runtime, admin, { trainSlug: 'south', title: 'South', body: 'c' }, EDITED);
    const page = await loadAnnouncementsPage(runtime, editor, { train: 'north' });
    expect(page.train).toEqual({ slug: 'north', name: 'Train north' });
    expect(page.announcements.map((a) => a.title)).toEqual(['Newer', 'Older']);
    await expect(loadAnnouncementsPage(runtime, viewer, {})).rejects.toMatchObject({ status: 403 });
  });
});
