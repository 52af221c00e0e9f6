'use client';

import { useState, type FormEvent } from 'react';
import { ageLabel, IMPACT_LABEL, ROAM_LABEL, ROAM_QUADRANTS } from '@/lib/panels/risks/math';
import type { RoamState } from '@/lib/panels/risks/types';
import type { RiskDto } from '@/lib/risks/types';
import { Button, EditFormButtons, Field, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import { ImpactOptions, optionalText, TeamOptions } from './RiskOptions';
import styles from './risks.module.css';

interface Props {
  risk: RiskDto;
  /** The teams the user may move it to, and whether the whole train is one of the choices. */
  teams: { slug: string; name: string }[];
  wholeTrain: boolean;
}

/**
 * One risk: R / O / A / M set its ROAM state with one tap; Edit opens it in place; Delete asks once more. Risks the
 * user may not change show without buttons.
 */
export function RiskItem({ risk, teams, wholeTrain }: Props) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const [pending, setPending] = useState<RoamState | null>(null);
  const action = useAdminAction();
  const url = `/api/admin/risks/${risk.id}`;
  const impact = IMPACT_LABEL[risk.impact];

  async function setRoam(state: RoamState) {
    if (state === risk.roam || action.busy) return;
    setPending(state);
    await action.run('PATCH', url, { roam: state });
    setPending(null);
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await action.run('PATCH', url, {
      title: String(form.get('title') ?? ''),
      impact: String(form.get('impact') ?? ''),
      teamSlug: optionalText(form, 'teamSlug'),
      owner: optionalText(form, 'owner'),
      description: optionalText(form, 'description'),
      roam: String(form.get('roam') ?? ''),
    });
    if (result.ok) setMode('view');
  }

  if (mode === 'edit') {
    return (
      <li className={styles.item} data-risk-id={risk.id}>
        <form className={styles.form} onSubmit={save} noValidate aria-label={`Edit “${risk.title}”`}>
          {action.error && <Notice tone="error">{action.error}</Notice>}
          <div className={styles.fields}>
            <Field label="Title" error={action.fieldError('title')}>
              <input name="title" defaultValue={risk.title} maxLength={500} autoComplete="off" required />
            </Field>
            <div className={styles.grid}>
              <Field label="Impact" error={action.fieldError('impact')}>
                <select name="impact" defaultValue={risk.impact}>
                  <ImpactOptions />
                </select>
              </Field>
              <Field label="Team" error={action.fieldError('teamSlug')}>
                <select name="teamSlug" defaultValue={risk.team?.slug ?? ''}>
                  <TeamOptions teams={teams} wholeTrain={wholeTrain} />
                </select>
              </Field>
              <Field label="Owner" error={action.fieldError('owner')}>
                <input name="owner" defaultValue={risk.owner ?? ''} maxLength={120} autoComplete="off" placeholder="Nobody yet" />
              </Field>
              <Field label="ROAM" error={action.fieldError('roam')}>
                <select name="roam" defaultValue={risk.roam}>
                  {(['unroamed', ...ROAM_QUADRANTS] as const).map((state) => (
                    <option key={state} value={state}>
                      {ROAM_LABEL[state].word}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            <Field label="Description" hint="Optional: what could happen, and what is being done." error={action.fieldError('description')}>
              <textarea name="description" defaultValue={risk.description ?? ''} maxLength={4000} rows={3} />
            </Field>
          </div>
          <EditFormButtons busy={action.busy} onCancel={() => (action.clear(), setMode('view'))} />
        </form>
      </li>
    );
  }

  return (
    <li className={styles.item} data-risk-id={risk.id} data-roam={risk.roam}>
      <p className={styles.title}>{risk.title}</p>
      <p className={styles.meta}>
        <span className={`${styles.impact} ${styles[risk.impact]}`}>
          <span aria-hidden>{impact.icon}</span> {impact.word}
        </span>
        <span>{risk.team?.name ?? 'Whole train'}</span>
        <span>{risk.owner ?? 'No owner'}</span>
        <span>{risk.ageDays === 0 ? 'raised today' : `raised ${ageLabel(risk.ageDays)} ago`}</span>
        {!risk.pi && <span>No PI</span>}
      </p>
      {risk.description && <p className={styles.description}>{risk.description}</p>}
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {risk.editable && (
        <>
          <div className={styles.roam} role="group" aria-label={`ROAM “${risk.title}”`}>
            {ROAM_QUADRANTS.map((state) => (
              <button
                key={state}
                type="button"
                className={styles.roamButton}
                aria-pressed={risk.roam === state}
                aria-label={ROAM_LABEL[state].word}
                aria-busy={pending === state || undefined}
                disabled={action.busy}
                onClick={() => void setRoam(state)}
              >
                <span className={styles.letter} aria-hidden>
                  {ROAM_LABEL[state].letter}
                </span>
                <span className={styles.word} aria-hidden>
                  {ROAM_LABEL[state].word}
                </span>
              </button>
            ))}
          </div>
          <div className={styles.actions}>
            {mode === 'confirm-delete' ? (
              <>
                <Button variant="danger" busy={action.busy} busyLabel="Deleting…" onClick={() => void action.run('DELETE', url)}>
                  Confirm delete
                </Button>
                <Button variant="ghost" onClick={() => setMode('view')}>
                  Keep
                </Button>
              </>
            ) : (
              <>
                <Button onClick={() => (action.clear(), setMode('edit'))} aria-label={`Edit “${risk.title}”`}>
                  Edit
                </Button>
                <Button variant="danger" onClick={() => setMode('confirm-delete')} aria-label={`Delete “${risk.title}”`}>
                  Delete
                </Button>
              </>
            )}
          </div>
        </>
      )}
    </li>
  );
}
