'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { PlaylistDetail } from '@/lib/playlists/types';
import { Button, Field, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import styles from './playlists.module.css';

/** Starts a playlist with every team's burndown, then opens the editor. */
export function NewPlaylistForm({ trains, seconds }: { trains: { slug: string; name: string }[]; seconds: number }) {
  const router = useRouter();
  const action = useAdminAction({ refresh: false });
  const [trainSlug, setTrainSlug] = useState(trains[0]?.slug ?? '');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await action.run<{ playlist: PlaylistDetail }>('POST', '/api/admin/playlists', {
      trainSlug,
      name: String(form.get('name') ?? ''),
      items: [{ kind: 'burndown', params: {}, seconds }],
    });
    if (result.ok) router.push(`/admin/playlists/${result.data.playlist.id}`);
  }

  if (trains.length === 0) return <Notice tone="warning">There is no train yet.</Notice>;
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="New playlist">
      {action.error && <Notice tone="error">{action.error}</Notice>}
      <div className={styles.grid}>
        <Field label="Name" error={action.fieldError('name')}>
          <input name="name" maxLength={80} placeholder="Stand-up" autoComplete="off" required />
        </Field>
        {trains.length > 1 && (
          <Field label="Train">
            <select value={trainSlug} onChange={(event) => setTrainSlug(event.target.value)}>
              {trains.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name}
                </option>
              ))}
            </select>
          </Field>
        )}
      </div>
      <div className={styles.buttons}>
        <Button type="submit" variant="primary" busy={action.busy} busyLabel="Creating…">
          Create playlist
        </Button>
      </div>
    </form>
  );
}
