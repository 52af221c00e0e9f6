'use client';

import { useState, type FormEvent } from 'react';
import type { CalendarEventDto } from '@/lib/calendar/types';
import { Button, Field, Notice, Table } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import styles from './displays.module.css';

const KIND_LABEL = { pi_planning: 'PI planning', system_demo: 'System demo' } as const;

/**
 * The trains' PI planning days (and system demos): schedule rules marked "during PI planning" apply on these dates.
 * IP iterations come from the iteration data itself.
 */
export function CalendarCard({ events, trains, canEdit }: { events: CalendarEventDto[]; trains: { slug: string; name: string }[]; canEdit: boolean }) {
  const action = useAdminAction();
  const [removing, setRemoving] = useState<number | null>(null);
  const trainName = (slug: string) => trains.find((t) => t.slug === slug)?.name ?? slug;

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await action.run('POST', '/api/admin/calendar', {
      trainSlug: String(form.get('train') ?? trains[0]?.slug ?? ''),
      kind: String(form.get('kind')),
      title: String(form.get('title') ?? ''),
      startDate: String(form.get('startDate') ?? ''),
      endDate: String(form.get('endDate') || form.get('startDate') || ''),
    });
    if (result.ok) formElement.reset();
  }

  async function remove(id: number) {
    setRemoving(id);
    await action.run('DELETE', '/api/admin/calendar', { id });
    setRemoving(null);
  }

  return (
    <div className={styles.form}>
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {events.length === 0 ? (
        <p className={styles.empty}>No PI planning days on the calendar yet.</p>
      ) : (
        <Table label="Calendar" stack>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Dates</th>
              {trains.length > 1 && <th scope="col">Train</th>}
              {canEdit && <th scope="col">Actions</th>}
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td data-label="Event">
                  <span className={styles.name}>{e.title}</span>
                  <span className={styles.sub}>{KIND_LABEL[e.kind]}</span>
                </td>
                <td data-label="Dates">{e.startDate === e.endDate ? e.startDate : `${e.startDate} – ${e.endDate}`}</td>
                {trains.length > 1 && <td data-label="Train">{trainName(e.trainSlug)}</td>}
                {canEdit && (
                  <td data-label="Actions">
                    <Button size="small" variant="ghost" onClick={() => remove(e.id)} busy={removing === e.id} busyLabel="Removing…" disabled={action.busy}>
                      Remove
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {canEdit && trains.length > 0 && (
        <form className={styles.form} onSubmit={add} noValidate aria-label="Add a calendar event">
          <div className={styles.grid}>
            <Field label="Title" error={action.fieldError('title')}>
              <input name="title" maxLength={120} placeholder="PI 27.1 planning" required />
            </Field>
            <Field label="Kind" error={action.fieldError('kind')}>
              <select name="kind" defaultValue="pi_planning">
                <option value="pi_planning">PI planning</option>
                <option value="system_demo">System demo</option>
              </select>
            </Field>
            {trains.length > 1 && (
              <Field label="Train" error={action.fieldError('trainSlug')}>
                <select name="train" defaultValue={trains[0]?.slug}>
                  {trains.map((t) => (
                    <option key={t.slug} value={t.slug}>
                      {t.name}
                    </option>
                  ))}
                </select>
              </Field>
            )}
            <Field label="First day" error={action.fieldError('startDate')}>
              <input name="startDate" type="date" required />
            </Field>
            <Field label="Last day" hint="Empty: one day." error={action.fieldError('endDate')}>
              <input name="endDate" type="date" />
            </Field>
          </div>
          <div className={styles.buttons}>
            <Button type="submit" busy={action.busy && removing === null} busyLabel="Adding…">
              Add to calendar
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
