'use client';

import { useState, type FormEvent } from 'react';
import { Button, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import { AnnouncementFields, readAnnouncementForm } from './AnnouncementFields';
import styles from './announcements.module.css';

export function AddAnnouncementForm({ trainSlug }: { trainSlug: string }) {
  const action = useAdminAction();
  const [added, setAdded] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const formElement = event.currentTarget;
    const body = readAnnouncementForm(new FormData(formElement));
    const result = await action.run('POST', '/api/admin/announcements', { trainSlug, ...body });
    if (result.ok) {
      setAdded(body.title.trim());
      formElement.reset();
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Add an announcement">
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {added && <Notice tone="success">{`Added “${added}”.`}</Notice>}
      <AnnouncementFields fieldError={action.fieldError} />
      <div className={styles.buttons}>
        <Button type="submit" variant="primary" busy={action.busy} busyLabel="Adding…">
          Add announcement
        </Button>
      </div>
    </form>
  );
}
