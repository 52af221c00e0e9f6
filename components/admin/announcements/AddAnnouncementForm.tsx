'use client';

import { Button, Notice } from '../ui';
import { useAddForm } from '../ui/useAddForm';
import { AnnouncementFields, readAnnouncementForm } from './AnnouncementFields';
import styles from './announcements.module.css';

export function AddAnnouncementForm({ trainSlug }: { trainSlug: string }) {
  const { action, added, submit } = useAddForm({
    url: '/api/admin/announcements',
    read: (data) => ({ trainSlug, ...readAnnouncementForm(data) }),
    nameOf: (body) => body.title,
  });

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
