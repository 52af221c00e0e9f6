'use client';

import { useState, type FormEvent } from 'react';
import type { DisplayDetail } from '@/lib/displays/console-types';
import { Button, Field, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import styles from './displays.module.css';

/** Name, playlist and team filter; the TV switches at its next rotation boundary. Read-only for non-admins. */
export function DisplaySettingsForm({ display, canEdit }: { display: DisplayDetail; canEdit: boolean }) {
  const action = useAdminAction();
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const playlist = String(form.get('playlist') ?? '');
    const team = String(form.get('team') ?? '');
    const result = await action.run('PATCH', `/api/admin/displays/${display.id}`, {
      name: String(form.get('name') ?? ''),
      playlistId: playlist ? Number(playlist) : null,
      teamFilter: team || null,
    });
    if (result.ok) setSaved(true);
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Display settings" onChange={() => setSaved(false)}>
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {saved && <Notice tone="success">Saved. The TV switches at its next panel change.</Notice>}
      <fieldset disabled={!canEdit} className={styles.plain}>
        <div className={styles.grid}>
          <Field label="Name" error={action.fieldError('name')}>
            <input name="name" defaultValue={display.name} maxLength={80} required autoComplete="off" />
          </Field>
          <Field label="Playlist" hint={display.playlistId === null ? 'The train’s first playlist by name.' : undefined} error={action.fieldError('playlistId')}>
            <select name="playlist" defaultValue={display.playlistId ?? ''}>
              <option value="">Train default</option>
              {display.playlists.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Teams" error={action.fieldError('teamFilter')}>
            <select name="team" defaultValue={display.teamFilter ?? ''}>
              <option value="">All teams</option>
              {display.teams.map((t) => (
                <option key={t.slug} value={t.slug}>
                  Only {t.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </fieldset>
      {canEdit && (
        <div className={styles.buttons}>
          <Button type="submit" variant="primary" busy={action.busy} busyLabel="Saving…">
            Save settings
          </Button>
        </div>
      )}
    </form>
  );
}
