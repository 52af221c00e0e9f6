import type { ReleaseSummary } from '@/lib/releases/types';
import { Field } from '../ui';
import styles from './releases.module.css';

export function readReleaseForm(form: FormData) {
  return {
    name: String(form.get('name') ?? ''),
    version: String(form.get('version') ?? ''),
    targetDate: String(form.get('targetDate') ?? ''),
    major: form.get('major') === 'on',
  };
}

/** Name, version, target date and major: shared by the add and edit forms. */
export function ReleaseFields({ release, fieldError }: { release?: ReleaseSummary; fieldError: (path: string) => string | undefined }) {
  return (
    <div className={styles.fields}>
      <Field label="Name" hint="e.g. “Payments”." error={fieldError('name')}>
        <input name="name" defaultValue={release?.name} maxLength={120} autoComplete="off" required />
      </Field>
      <Field label="Version" hint="As deployments report it, e.g. 2.4.0." error={fieldError('version')}>
        <input name="version" defaultValue={release?.version} maxLength={60} autoComplete="off" required />
      </Field>
      <Field label="Target date" hint={release ? `First planned for ${release.plannedDate}: a later date shows as slipped.` : 'It counts as the planned date too.'} error={fieldError('targetDate')}>
        <input name="targetDate" type="date" defaultValue={release?.targetDate} required />
      </Field>
      <label className={styles.check}>
        <input name="major" type="checkbox" defaultChecked={release?.major} />
        Major release (needs an ATO)
      </label>
    </div>
  );
}
