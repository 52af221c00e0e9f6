'use client';

import { Button, Notice } from '../ui';
import { useAddForm } from '../ui/useAddForm';
import { ObjectiveFields, readObjectiveForm } from './ObjectiveFields';
import styles from './objectives.module.css';

export function AddObjectiveForm({ piId, teams }: { piId: number; teams: { slug: string; name: string }[] }) {
  const { action, added, submit } = useAddForm({
    url: '/api/admin/objectives',
    read: (data) => ({ piId, ...readObjectiveForm(data) }),
    nameOf: (body) => body.title,
  });

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Add an objective">
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {added && <Notice tone="success">{`Added “${added}”.`}</Notice>}
      <ObjectiveFields teams={teams} fieldError={action.fieldError} />
      <div className={styles.buttons}>
        <Button type="submit" variant="primary" busy={action.busy} busyLabel="Adding…">
          Add objective
        </Button>
      </div>
    </form>
  );
}
