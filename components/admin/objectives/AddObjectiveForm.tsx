'use client';

import { useState, type FormEvent } from 'react';
import { Button, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import { ObjectiveFields, readObjectiveForm } from './ObjectiveFields';
import styles from './objectives.module.css';

export function AddObjectiveForm({ piId, teams }: { piId: number; teams: { slug: string; name: string }[] }) {
  const action = useAdminAction();
  const [added, setAdded] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const formElement = event.currentTarget;
    const body = readObjectiveForm(new FormData(formElement));
    const result = await action.run('POST', '/api/admin/objectives', { piId, ...body });
    if (result.ok) {
      setAdded(body.title.trim());
      formElement.reset();
    }
  }

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
