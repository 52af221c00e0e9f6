'use client';

import { useState, type FormEvent } from 'react';
import type { AnnouncementSummary } from '@/lib/announcements/types';
import { Button, EditFormButtons, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import { AnnouncementFields, readAnnouncementForm } from './AnnouncementFields';
import styles from './announcements.module.css';

/** One announcement: its source text, Edit in place, Delete after a second click. */
export function AnnouncementItem({ announcement }: { announcement: AnnouncementSummary }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const action = useAdminAction();
  const url = `/api/admin/announcements/${announcement.id}`;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await action.run('PATCH', url, readAnnouncementForm(new FormData(event.currentTarget)));
    if (result.ok) setMode('view');
  }

  if (mode === 'edit') {
    return (
      <li className={styles.item} data-announcement-id={announcement.id}>
        <form className={styles.form} onSubmit={save} noValidate aria-label={`Edit “${announcement.title}”`}>
          {action.error && <Notice tone="error">{action.error}</Notice>}
          <AnnouncementFields announcement={announcement} fieldError={action.fieldError} />
          <EditFormButtons busy={action.busy} onCancel={() => (action.clear(), setMode('view'))} />
        </form>
      </li>
    );
  }

  return (
    <li className={styles.item} data-announcement-id={announcement.id}>
      <h3 className={styles.title}>{announcement.title}</h3>
      <p className={styles.source}>{announcement.body}</p>
      <p className={styles.meta}>{`Panel key announcement:${announcement.trainSlug}:${announcement.id} · changed ${new Date(announcement.updatedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`}</p>
      {action.error && <Notice tone="error">{action.error}</Notice>}
      <div className={styles.buttons}>
        {mode === 'confirm-delete' ? (
          <>
            <Button size="small" variant="danger" busy={action.busy} busyLabel="Deleting…" onClick={() => void action.run('DELETE', url)}>
              Confirm delete
            </Button>
            <Button size="small" variant="ghost" onClick={() => setMode('view')}>
              Keep
            </Button>
          </>
        ) : (
          <>
            <Button size="small" onClick={() => setMode('edit')} aria-label={`Edit “${announcement.title}”`}>
              Edit
            </Button>
            <Button size="small" variant="danger" onClick={() => setMode('confirm-delete')} aria-label={`Delete “${announcement.title}”`}>
              Delete
            </Button>
          </>
        )}
      </div>
    </li>
  );
}
