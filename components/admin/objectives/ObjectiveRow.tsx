'use client';

import { useState, type FormEvent } from 'react';
import type { ObjectiveDto } from '@/lib/objectives/types';
import { Button, EditFormButtons, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import { ObjectiveFields, readObjectiveForm } from './ObjectiveFields';
import styles from './objectives.module.css';

const COLUMNS = 5;

/**
 * One objective: its actual BV can be rated in place (the common task after a system demo); Edit opens the whole
 * objective in the row, Delete asks once more.
 */
export function ObjectiveRow({ objective, editable, teams }: { objective: ObjectiveDto; editable: boolean; teams: { slug: string; name: string }[] }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const rate = useAdminAction();
  const change = useAdminAction();
  const url = `/api/admin/objectives/${objective.id}`;

  async function saveActual(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('actualValue') ?? '').trim();
    await rate.run('PATCH', url, { actualValue: value === '' ? null : Number(value) });
  }

  async function saveAll(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await change.run('PATCH', url, readObjectiveForm(new FormData(event.currentTarget)));
    if (result.ok) setMode('view');
  }

  if (mode === 'edit') {
    return (
      <tr data-objective-id={objective.id}>
        <td colSpan={COLUMNS} className={styles.editCell}>
          <form className={styles.form} onSubmit={saveAll} noValidate aria-label={`Edit “${objective.title}”`}>
            {change.error && <Notice tone="error">{change.error}</Notice>}
            <ObjectiveFields teams={teams} objective={objective} fieldError={change.fieldError} />
            <EditFormButtons busy={change.busy} onCancel={() => (change.clear(), setMode('view'))} />
          </form>
        </td>
      </tr>
    );
  }

  const actualError = rate.fieldError('actualValue');
  return (
    <tr data-objective-id={objective.id} className={styles.row}>
      <td data-label="Objective" className={styles.title}>
        {objective.title}
        {!objective.committed && <span className={styles.tag}>uncommitted</span>}
      </td>
      <td data-label="Planned BV" className={styles.number}>
        {objective.plannedValue}
      </td>
      <td data-label="Actual BV">
        {editable ? (
          <form className={styles.rate} onSubmit={saveActual} noValidate>
            <input
              name="actualValue"
              type="number"
              inputMode="numeric"
              min={0}
              max={10}
              step={1}
              defaultValue={objective.actualValue ?? ''}
              placeholder="–"
              aria-label={`Actual BV of “${objective.title}”`}
              aria-invalid={actualError ? true : undefined}
            />
            <Button size="small" type="submit" busy={rate.busy} busyLabel="Saving…">
              Save
            </Button>
          </form>
        ) : (
          <span className={styles.number}>{objective.actualValue ?? 'Not rated'}</span>
        )}
        {(actualError ?? rate.error) && (
          <p className={styles.error} role="alert">
            {actualError ? `Actual BV ${actualError}` : rate.error}
          </p>
        )}
      </td>
      <td data-label="Source" className={styles.source}>
        {objective.key.startsWith('console-') ? 'Console' : 'Feed'}
      </td>
      <td data-label="">
        {editable && (
          <div className={styles.actions}>
            {mode === 'confirm-delete' ? (
              <>
                <Button size="small" variant="danger" busy={change.busy} busyLabel="Deleting…" onClick={() => void change.run('DELETE', url)}>
                  Confirm delete
                </Button>
                <Button size="small" variant="ghost" onClick={() => setMode('view')}>
                  Keep
                </Button>
              </>
            ) : (
              <>
                <Button size="small" onClick={() => setMode('edit')} aria-label={`Edit “${objective.title}”`}>
                  Edit
                </Button>
                <Button size="small" variant="danger" onClick={() => setMode('confirm-delete')} aria-label={`Delete “${objective.title}”`}>
                  Delete
                </Button>
              </>
            )}
            {change.error && mode === 'confirm-delete' && <span role="alert">{change.error}</span>}
          </div>
        )}
      </td>
    </tr>
  );
}
