'use client';

import { useRef } from 'react';
import type { TeamChoice } from '@/lib/impediments/types';
import { Button, Field, Notice } from '../ui';
import { useAddForm } from '../ui/useAddForm';
import { TeamSelect, teamSlugOf } from './TeamSelect';
import styles from './impediments.module.css';

/**
 * Title, Enter: an impediment is on the walls. Team, owner and escalated are optional extras; after a save the
 * title is empty and focused again for the next one, the team stays as chosen.
 */
export function QuickAddForm({ trainSlug, teams, defaultTeam }: { trainSlug: string; teams: TeamChoice[]; defaultTeam: string | null }) {
  const title = useRef<HTMLInputElement>(null);
  const { action, added, submit } = useAddForm({
    url: '/api/admin/impediments',
    read: (data) => ({
      trainSlug,
      teamSlug: teamSlugOf(data),
      title: String(data.get('title') ?? ''),
      owner: String(data.get('owner') ?? ''),
      escalated: data.get('escalated') === 'on',
    }),
    nameOf: (body) => body.title,
    // The team stays as chosen: the next impediment is most likely the same team's.
    afterAdd: (form) => {
      for (const name of ['title', 'owner']) (form.elements.namedItem(name) as HTMLInputElement).value = '';
      (form.elements.namedItem('escalated') as HTMLInputElement).checked = false;
      title.current?.focus();
    },
  });

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Add an impediment">
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {added && <Notice tone="success">{`Added “${added}”.`}</Notice>}
      {/* The one field that matters at stand-up: focused on arrival, Enter adds it. */}
      <Field label="Title" error={action.fieldError('title')}>
        <input ref={title} name="title" maxLength={500} autoComplete="off" enterKeyHint="done" autoFocus required placeholder="What is blocking the team?" />
      </Field>
      <div className={styles.quickRow}>
        <Field label="Team" error={action.fieldError('teamSlug')}>
          <TeamSelect teams={teams} value={defaultTeam} />
        </Field>
        <Field label="Owner" error={action.fieldError('owner')}>
          <input name="owner" maxLength={120} autoComplete="off" placeholder="Optional" />
        </Field>
        <label className={styles.check}>
          <input type="checkbox" name="escalated" /> Escalated
        </label>
      </div>
      <div className={styles.buttons}>
        <Button type="submit" variant="primary" busy={action.busy} busyLabel="Adding…">
          Add impediment
        </Button>
      </div>
    </form>
  );
}
