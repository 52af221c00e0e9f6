'use client';

import { useState, type FormEvent } from 'react';
import type { RotaWeek } from '@/lib/oncall/types';
import { Button, Field, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import styles from './on-call.module.css';

const ROLE_NAME = { primary: 'Primary', secondary: 'Secondary' } as const;

/** One week of the rota: both names (and contacts), the hand-over time, and Save. */
export function RotaWeekForm({ trainSlug, week, current }: { trainSlug: string; week: RotaWeek; current: boolean }) {
  const action = useAdminAction();
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    const result = await action.run('PUT', '/api/admin/on-call', {
      trainSlug,
      week: week.week,
      handover: text('handover'),
      primary: text('primary'),
      primaryContact: text('primaryContact'),
      secondary: text('secondary'),
      secondaryContact: text('secondaryContact'),
    });
    setSaved(result.ok);
  }

  return (
    <li className={styles.week}>
      <form className={styles.form} onSubmit={submit} noValidate aria-label={week.label} data-week={week.week}>
        <h3 className={styles.label}>
          {week.label}
          {current && <span className={styles.now}> · this week</span>}
        </h3>
        {action.error && <Notice tone="error">{action.error}</Notice>}
        {saved && <Notice tone="success">Saved.</Notice>}
        <div className={styles.fields}>
          {(['primary', 'secondary'] as const).map((role) => (
            <div key={role} className={styles.role}>
              <Field label={ROLE_NAME[role]} error={action.fieldError(role)}>
                <input name={role} defaultValue={week[role]?.person ?? ''} maxLength={120} autoComplete="off" placeholder="Name" />
              </Field>
              <Field label={`${ROLE_NAME[role]} contact`} error={action.fieldError(`${role}Contact`)}>
                <input name={`${role}Contact`} defaultValue={week[role]?.contact ?? ''} maxLength={60} autoComplete="off" placeholder="Phone or handle" />
              </Field>
            </div>
          ))}
          <Field label="Hand-over" hint="On the Monday" error={action.fieldError('handover')}>
            <input name="handover" type="time" defaultValue={week.handover} required />
          </Field>
          <div className={styles.save}>
            <Button type="submit" variant="primary" busy={action.busy} busyLabel="Saving…" aria-label={`Save ${week.label}`}>
              Save
            </Button>
          </div>
        </div>
        {week.feedShifts.length > 0 && (
          <div className={styles.feed}>
            <p className={styles.feedTitle}>Also on call, sent by a feed (read-only):</p>
            <ul className={styles.feedList}>
              {week.feedShifts.map((shift) => (
                <li key={shift.key}>
                  <strong>{`${ROLE_NAME[shift.role]}: ${shift.person}`}</strong>
                  {shift.contact && ` (${shift.contact})`}
                  {` · ${shift.when}`}
                </li>
              ))}
            </ul>
          </div>
        )}
      </form>
    </li>
  );
}
