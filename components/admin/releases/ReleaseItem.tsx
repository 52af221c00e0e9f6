'use client';

import { useState, type FormEvent } from 'react';
import type { ReleaseSummary } from '@/lib/releases/types';
import { Button, EditFormButtons, Field, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import { GateRow } from './GateRow';
import { ReleaseFields, readReleaseForm } from './ReleaseFields';
import styles from './releases.module.css';

function stateText(release: ReleaseSummary): string {
  if (release.cancelled) return 'Cancelled';
  if (release.releasedAt) return `Released ${release.releasedAt.slice(0, 10)}`;
  const slipped = release.targetDate > release.plannedDate ? ` · planned ${release.plannedDate}` : '';
  return `Target ${release.targetDate}${slipped}`;
}

/** One release: its gates (one tap each), Edit in place, Mark released and Cancel after a second tap. */
export function ReleaseItem({ release }: { release: ReleaseSummary }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-cancel'>('view');
  const [note, setNote] = useState('');
  const action = useAdminAction();
  const url = `/api/admin/releases/${release.id}`;
  const title = `${release.name} ${release.version}`;
  const open = !release.cancelled && !release.releasedAt;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await action.run('PATCH', url, readReleaseForm(new FormData(event.currentTarget)));
    if (result.ok) setMode('view');
  }

  if (mode === 'edit') {
    return (
      <li className={styles.item} data-release-id={release.id}>
        <form className={styles.form} onSubmit={save} noValidate aria-label={`Edit “${title}”`}>
          {action.error && <Notice tone="error">{action.error}</Notice>}
          <ReleaseFields release={release} fieldError={action.fieldError} />
          <EditFormButtons busy={action.busy} onCancel={() => (action.clear(), setMode('view'))} />
        </form>
      </li>
    );
  }

  return (
    <li className={styles.item} data-release-id={release.id} aria-label={title}>
      <h3 className={styles.title}>
        {release.name} <span className={styles.muted}>{release.version}</span>
      </h3>
      <p className={styles.meta}>{`${stateText(release)}${release.major ? ' · major' : ''} · ${release.key}`}</p>
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {open && (
        <>
          <ul className={styles.gates} aria-label={`Gates of ${title}`}>
            {release.gates.map((gate) => (
              <GateRow key={gate.gate} releaseId={release.id} releaseTitle={title} gate={gate} major={release.major} note={note} onDecided={() => setNote('')} />
            ))}
          </ul>
          <Field label="Note (optional)" hint="Goes with the next decision you tap, e.g. why it was rejected." className={styles.note}>
            <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} autoComplete="off" />
          </Field>
        </>
      )}
      <div className={styles.buttons}>
        {mode === 'confirm-cancel' ? (
          <>
            <Button variant="danger" busy={action.busy} busyLabel="Cancelling…" onClick={() => void action.run('PATCH', url, { cancelled: true }).then(() => setMode('view'))}>
              Confirm: cancel release
            </Button>
            <Button variant="ghost" onClick={() => setMode('view')}>
              Keep
            </Button>
          </>
        ) : (
          <>
            <Button onClick={() => setMode('edit')} aria-label={`Edit “${title}”`}>
              Edit
            </Button>
            {open && (
              <>
                <Button variant="primary" busy={action.busy} busyLabel="Saving…" onClick={() => void action.run('PATCH', url, { released: true })} aria-label={`Mark “${title}” released`}>
                  Mark released
                </Button>
                <Button variant="danger" onClick={() => setMode('confirm-cancel')} aria-label={`Cancel “${title}”`}>
                  Cancel release
                </Button>
              </>
            )}
          </>
        )}
      </div>
    </li>
  );
}
