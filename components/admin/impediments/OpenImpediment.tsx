'use client';

import { useState, type FormEvent } from 'react';
import type { ImpedimentItem, TeamChoice } from '@/lib/impediments/types';
import { ageLabel } from '@/lib/panels/impediments/math';
import { Button, EditFormButtons, Field, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import { TeamSelect, teamSlugOf } from './TeamSelect';
import styles from './impediments.module.css';

/** "Atlas · Priya · 12 days", what the wall shows of it too. */
export function ImpedimentMeta({ impediment, age }: { impediment: ImpedimentItem; age: string }) {
  return (
    <p className={styles.meta}>
      <span>{impediment.teamName ?? 'Whole train'}</span>
      {impediment.owner ? <span>{impediment.owner}</span> : <span className={styles.noOwner}>No owner</span>}
      <span>{age}</span>
      {impediment.escalated && (
        <span className={styles.escalated}>
          <span aria-hidden>▲</span> Escalated
        </span>
      )}
    </p>
  );
}

/** One open impediment: Resolve and Escalate in one tap, Edit in place. Users who may not change it see no buttons. */
export function OpenImpediment({ impediment, teams }: { impediment: ImpedimentItem; teams: TeamChoice[] }) {
  const [editing, setEditing] = useState(false);
  const action = useAdminAction();
  const url = `/api/admin/impediments/${impediment.id}`;
  const name = `“${impediment.title}”`;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await action.run('PATCH', url, {
      title: String(form.get('title') ?? ''),
      teamSlug: teamSlugOf(form),
      owner: String(form.get('owner') ?? ''),
      description: String(form.get('description') ?? ''),
    });
    if (result.ok) setEditing(false);
  }

  if (editing) {
    // The team it has now stays a choice even when the user could not move it there.
    const choices = teams.some((t) => t.slug === impediment.teamSlug) ? teams : [{ slug: impediment.teamSlug, name: impediment.teamName ?? 'Whole train' }, ...teams];
    return (
      <li className={styles.item} data-impediment-id={impediment.id}>
        <form className={styles.form} onSubmit={save} noValidate aria-label={`Edit ${name}`}>
          {action.error && <Notice tone="error">{action.error}</Notice>}
          <div className={styles.fields}>
            <Field label="Title" error={action.fieldError('title')}>
              <input name="title" defaultValue={impediment.title} maxLength={500} autoComplete="off" required />
            </Field>
            <Field label="Team" error={action.fieldError('teamSlug')}>
              <TeamSelect teams={choices} value={impediment.teamSlug} />
            </Field>
            <Field label="Owner" error={action.fieldError('owner')}>
              <input name="owner" defaultValue={impediment.owner ?? ''} maxLength={120} autoComplete="off" />
            </Field>
            <Field label="Description" error={action.fieldError('description')}>
              <textarea name="description" defaultValue={impediment.description ?? ''} maxLength={4000} rows={3} />
            </Field>
          </div>
          <EditFormButtons busy={action.busy} onCancel={() => (action.clear(), setEditing(false))} />
        </form>
      </li>
    );
  }

  return (
    <li className={styles.item} data-impediment-id={impediment.id} data-escalated={impediment.escalated}>
      <h3 className={styles.title}>{impediment.title}</h3>
      <ImpedimentMeta impediment={impediment} age={impediment.ageDays === 0 ? 'opened today' : `open ${ageLabel(impediment.ageDays)}`} />
      {impediment.description && <p className={styles.description}>{impediment.description}</p>}
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {impediment.editable && (
        <div className={styles.actions}>
          <Button variant="primary" busy={action.busy} busyLabel="Saving…" onClick={() => void action.run('PATCH', url, { resolved: true })} aria-label={`Resolve ${name}`}>
            Resolve
          </Button>
          <Button onClick={() => void action.run('PATCH', url, { escalated: !impediment.escalated })} disabled={action.busy} aria-label={`${impediment.escalated ? 'De-escalate' : 'Escalate'} ${name}`}>
            {impediment.escalated ? 'De-escalate' : 'Escalate'}
          </Button>
          <Button variant="ghost" onClick={() => setEditing(true)} aria-label={`Edit ${name}`}>
            Edit
          </Button>
        </div>
      )}
    </li>
  );
}
