'use client';

import { useState, type FormEvent } from 'react';
import type { EnvironmentSummary } from '@/lib/releases/types';
import { Button, EditFormButtons, Field, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import styles from './releases.module.css';

/** One environment: rename and production flag in place, move left/right, delete after a second tap. */
export function EnvironmentItem({ environment, first, last, mayEdit }: { environment: EnvironmentSummary; first: boolean; last: boolean; mayEdit: boolean }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const action = useAdminAction();
  const url = `/api/admin/environments/${environment.id}`;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await action.run('PATCH', url, { name: String(form.get('name') ?? ''), production: form.get('production') === 'on' });
    if (result.ok) setMode('view');
  }

  if (mode === 'edit') {
    return (
      <li className={styles.item} data-environment={environment.key}>
        <form className={styles.form} onSubmit={save} noValidate aria-label={`Edit “${environment.name}”`}>
          {action.error && <Notice tone="error">{action.error}</Notice>}
          <Field label="Name" error={action.fieldError('name')}>
            <input name="name" defaultValue={environment.name} maxLength={40} autoComplete="off" required />
          </Field>
          <label className={styles.check}>
            <input name="production" type="checkbox" defaultChecked={environment.production} />
            Production
          </label>
          <EditFormButtons busy={action.busy} onCancel={() => (action.clear(), setMode('view'))} />
        </form>
      </li>
    );
  }

  return (
    <li className={styles.item} data-environment={environment.key}>
      <h3 className={styles.title}>{environment.name}</h3>
      <p className={styles.meta}>{`${environment.key}${environment.production ? ' · production' : ''}`}</p>
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {mayEdit && (
        <div className={styles.buttons}>
          {mode === 'confirm-delete' ? (
            <>
              <Button variant="danger" busy={action.busy} busyLabel="Deleting…" onClick={() => void action.run('DELETE', url)}>
                Confirm delete
              </Button>
              <Button variant="ghost" onClick={() => (action.clear(), setMode('view'))}>
                Keep
              </Button>
            </>
          ) : (
            <>
              <Button onClick={() => setMode('edit')} aria-label={`Edit “${environment.name}”`}>
                Edit
              </Button>
              <Button disabled={first || action.busy} onClick={() => void action.run('PATCH', url, { move: 'up' })} aria-label={`Move “${environment.name}” left`}>
                ← Left
              </Button>
              <Button disabled={last || action.busy} onClick={() => void action.run('PATCH', url, { move: 'down' })} aria-label={`Move “${environment.name}” right`}>
                Right →
              </Button>
              <Button variant="danger" onClick={() => setMode('confirm-delete')} aria-label={`Delete “${environment.name}”`}>
                Delete
              </Button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
