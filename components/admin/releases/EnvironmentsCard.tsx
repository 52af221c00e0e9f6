'use client';

import type { EnvironmentSummary } from '@/lib/releases/types';
import { Button, Card, Field, Notice } from '../ui';
import { useAddForm } from '../ui/useAddForm';
import { EnvironmentItem } from './EnvironmentItem';
import styles from './releases.module.css';

/** The train's environments, left to right on the board; only admins change them. */
export function EnvironmentsCard({ trainSlug, environments, mayEdit }: { trainSlug: string; environments: EnvironmentSummary[]; mayEdit: boolean }) {
  const { action, added, submit: add } = useAddForm({
    url: '/api/admin/environments',
    read: (form) => ({ trainSlug, key: String(form.get('key') ?? ''), name: String(form.get('name') ?? ''), production: form.get('production') === 'on' }),
    nameOf: (body) => body.name,
  });

  return (
    <Card title="Environments" description={mayEdit ? 'Left to right on the board. Deployments to production ones count for DORA.' : 'Left to right on the board. Only admins change them.'}>
      {environments.length === 0 ? (
        <p className={styles.empty}>No environments yet.</p>
      ) : (
        <ul className={styles.list} aria-label="Environments">
          {environments.map((e, index) => (
            <EnvironmentItem key={`${e.id}-${e.name}-${e.production}-${index}`} environment={e} first={index === 0} last={index === environments.length - 1} mayEdit={mayEdit} />
          ))}
        </ul>
      )}
      {mayEdit && (
        <form className={styles.form} onSubmit={add} noValidate aria-label="Add an environment">
          {action.error && <Notice tone="error">{action.error}</Notice>}
          {added && <Notice tone="success">{`Added “${added}”.`}</Notice>}
          <div className={styles.fields}>
            <Field label="Key" hint="As deployments name it, e.g. staging." error={action.fieldError('key')}>
              <input name="key" maxLength={40} autoComplete="off" required />
            </Field>
            <Field label="Name" hint="As the board shows it, e.g. Staging." error={action.fieldError('name')}>
              <input name="name" maxLength={40} autoComplete="off" required />
            </Field>
            <label className={styles.check}>
              <input name="production" type="checkbox" />
              Production
            </label>
          </div>
          <div className={styles.buttons}>
            <Button type="submit" variant="primary" busy={action.busy} busyLabel="Adding…">
              Add environment
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
