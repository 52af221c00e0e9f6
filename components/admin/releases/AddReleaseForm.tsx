'use client';

import { Button, Notice } from '../ui';
import { useAddForm } from '../ui/useAddForm';
import { ReleaseFields, readReleaseForm } from './ReleaseFields';
import styles from './releases.module.css';

export function AddReleaseForm({ trainSlug }: { trainSlug: string }) {
  const { action, added, submit } = useAddForm({
    url: '/api/admin/releases',
    read: (data) => ({ trainSlug, ...readReleaseForm(data) }),
    nameOf: (body) => `${body.name.trim()} ${body.version.trim()}`,
  });

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
