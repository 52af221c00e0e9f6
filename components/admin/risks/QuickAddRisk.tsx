'use client';

import { useRef } from 'react';
import { piLabel } from '@/lib/panels/objectives/math';
import type { RisksPageData } from '@/lib/risks/types';
import { Button, Field, Notice } from '../ui';
import { useAddForm } from '../ui/useAddForm';
import { ImpactOptions, optionalText, TeamOptions } from './RiskOptions';
import styles from './risks.module.css';

type Props = Pick<RisksPageData, 'pis' | 'teams' | 'wholeTrain' | 'defaultTeam'> & { trainSlug: string; piId: number | null };

/**
 * Adding a risk in seconds, from a phone in a stand-up: type the title and press Enter; everything else has a
 * default (medium impact, the user's team, the PI on screen). It starts as not yet ROAMed.
 */
export function QuickAddRisk({ trainSlug, piId, pis, teams, wholeTrain, defaultTeam }: Props) {
  const titleInput = useRef<HTMLInputElement>(null);
  const { action, added, submit } = useAddForm({
    url: '/api/admin/risks',
    read: (form) => {
      const pi = String(form.get('piId') ?? '');
      return {
        trainSlug,
        title: String(form.get('title') ?? ''),
        impact: String(form.get('impact') ?? 'medium'),
        teamSlug: optionalText(form, 'teamSlug'),
        owner: optionalText(form, 'owner'),
        piId: pi === '' ? null : Number(pi),
      };
    },
    nameOf: (body) => body.title,
    afterAdd: (form) => {
      form.reset();
      titleInput.current?.focus();
    },
  });

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Add a risk">
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {added && <Notice tone="success">{`Added “${added}”: not yet ROAMed.`}</Notice>}
      <Field label="Title" error={action.fieldError('title')}>
        <input ref={titleInput} name="title" maxLength={500} autoComplete="off" enterKeyHint="done" required autoFocus />
      </Field>
      <div className={styles.grid}>
        <Field label="Impact" error={action.fieldError('impact')}>
          <select name="impact" defaultValue="medium">
            <ImpactOptions />
          </select>
        </Field>
        <Field label="Team" error={action.fieldError('teamSlug')}>
          <select name="teamSlug" defaultValue={defaultTeam ?? ''}>
            <TeamOptions teams={teams} wholeTrain={wholeTrain} />
          </select>
        </Field>
        <Field label="Owner" error={action.fieldError('owner')}>
          <input name="owner" maxLength={120} autoComplete="off" placeholder="Optional" />
        </Field>
        <Field label="PI" error={action.fieldError('piId')}>
          <select name="piId" defaultValue={piId ?? ''}>
            {pis.map((pi) => (
              <option key={pi.id} value={pi.id}>
                {`${piLabel(pi.name)}${pi.current ? ' (now)' : ''}`}
              </option>
            ))}
            <option value="">No PI</option>
          </select>
        </Field>
      </div>
      <Button type="submit" variant="primary" block busy={action.busy} busyLabel="Adding…">
        Add risk
      </Button>
    </form>
  );
}
