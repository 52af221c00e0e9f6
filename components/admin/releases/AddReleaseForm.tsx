'use client';

import { useState, type FormEvent } from 'react';
import { Button, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import { ReleaseFields, readReleaseForm } from './ReleaseFields';
import styles from './releases.module.css';

export function AddReleaseForm({ trainSlug }: { trainSlug: string }) {
  const action = useAdminAction();
  const [added, setAdded] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const formElement = event.currentTarget;
    const body = readReleaseForm(new FormData(formElement));
    const result = await action.run('POST', '/api/admin/releases', { trainSlug, ...body });
    if (result.ok) {
      setAdded(`${body.name.trim()} ${body.version.trim()}`);
      formElement.reset();
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Add a release">
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {added && <Notice tone="success">{`Added “${added}”.`}</Notice>}
      <ReleaseFields fieldError={action.fieldError} />
      <div className={styles.buttons}>
        <Button type="submit" variant="primary" busy={action.busy} busyLabel="Adding…">
          Add release
        </Button>
      </div>
    </form>
  );
}
