'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import type { DisplaySummary, TrainChoice } from '@/lib/displays/console-types';
import { Button, Field, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import styles from './displays.module.css';

/** The RTE types the code a TV shows, names the display and picks what it plays. */
export function PairDisplayForm({ trains }: { trains: TrainChoice[] }) {
  const action = useAdminAction();
  const [trainSlug, setTrainSlug] = useState(trains[0]?.slug ?? '');
  const [paired, setPaired] = useState<DisplaySummary | null>(null);
  const train = trains.find((t) => t.slug === trainSlug);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPaired(null);
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const playlist = String(form.get('playlist') ?? '');
    const team = String(form.get('team') ?? '');
    const result = await action.run<{ display: DisplaySummary }>('POST', '/api/admin/displays', {
      code: String(form.get('code') ?? ''),
      name: String(form.get('name') ?? ''),
      trainSlug,
      playlistId: playlist ? Number(playlist) : null,
      teamFilter: team || null,
    });
    if (result.ok) {
      setPaired(result.data.display);
      formElement.reset();
    }
  }

  if (trains.length === 0) return <Notice tone="warning">There is no train yet: send data to the ingest API first.</Notice>;

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Pair a display">
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {paired && (
        <Notice tone="success" title={`Paired “${paired.name}”.`}>
          <p>
            The TV starts its playlist within seconds. <Link href={`/admin/displays/${paired.id}`}>Set its schedule</Link>.
          </p>
        </Notice>
      )}
      <div className={styles.grid}>
        <Field label="Code on the TV" hint="6 characters, valid 10 minutes." error={action.fieldError('code')}>
          <input
            name="code"
            className={styles.codeInput}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={9}
            placeholder="ABC234"
            required
          />
        </Field>
        <Field label="Display name" hint="Where it hangs, e.g. Team room 3." error={action.fieldError('name')}>
          <input name="name" autoComplete="off" maxLength={80} required />
        </Field>
        {trains.length > 1 && (
          <Field label="Train" error={action.fieldError('trainSlug')}>
            <select name="train" value={trainSlug} onChange={(event) => setTrainSlug(event.target.value)}>
              {trains.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label="Playlist" error={action.fieldError('playlistId')}>
          <select name="playlist" key={`playlist-${trainSlug}`} defaultValue="">
            <option value="">Train default</option>
            {train?.playlists.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Teams" error={action.fieldError('teamFilter')}>
          <select name="team" key={`team-${trainSlug}`} defaultValue="">
            <option value="">All teams</option>
            {train?.teams.map((t) => (
              <option key={t.slug} value={t.slug}>
                Only {t.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className={styles.buttons}>
        <Button type="submit" variant="primary" busy={action.busy} busyLabel="Pairing…">
          Pair display
        </Button>
      </div>
    </form>
  );
}
