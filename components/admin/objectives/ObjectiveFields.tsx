import type { ObjectiveDto } from '@/lib/objectives/types';
import { Field } from '../ui';
import styles from './objectives.module.css';

/** The body the objectives API takes, from an add or edit form; blank numbers are null (actual: not rated yet). */
export function readObjectiveForm(form: FormData) {
  const numberOrNull = (name: string) => {
    const value = String(form.get(name) ?? '').trim();
    return value === '' ? null : Number(value);
  };
  return {
    teamSlug: String(form.get('teamSlug') ?? ''),
    title: String(form.get('title') ?? ''),
    committed: form.get('committed') === 'yes',
    plannedValue: numberOrNull('plannedValue'),
    actualValue: numberOrNull('actualValue'),
  };
}

/** Team, title, committed or not, planned and actual business value: shared by the add and edit forms. */
export function ObjectiveFields({
  teams,
  objective,
  fieldError,
}: {
  teams: { slug: string; name: string }[];
  objective?: ObjectiveDto;
  fieldError: (path: string) => string | undefined;
}) {
  return (
    <>
      <div className={styles.grid}>
        <Field label="Team" error={fieldError('teamSlug')}>
          <select name="teamSlug" defaultValue={objective?.teamSlug ?? teams[0]?.slug}>
            {teams.map((team) => (
              <option key={team.slug} value={team.slug}>
                {team.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Objective" hint="As the team wrote it at PI planning." error={fieldError('title')}>
          <input name="title" defaultValue={objective?.title} maxLength={500} autoComplete="off" required />
        </Field>
      </div>
      <fieldset className={styles.choices}>
        <legend>Committed?</legend>
        <label className={styles.choice}>
          <input type="radio" name="committed" value="yes" defaultChecked={objective?.committed ?? true} /> Committed
        </label>
        <label className={styles.choice}>
          <input type="radio" name="committed" value="no" defaultChecked={objective ? !objective.committed : false} /> Uncommitted
        </label>
      </fieldset>
      <div className={styles.grid}>
        <Field label="Planned BV" hint="Business value, 1 to 10." error={fieldError('plannedValue')}>
          <input name="plannedValue" type="number" inputMode="numeric" min={1} max={10} step={1} defaultValue={objective?.plannedValue} required />
        </Field>
        <Field label="Actual BV" hint="0 to 10; leave blank until rated at the system demo." error={fieldError('actualValue')}>
          <input name="actualValue" type="number" inputMode="numeric" min={0} max={10} step={1} defaultValue={objective?.actualValue ?? ''} />
        </Field>
      </div>
    </>
  );
}
