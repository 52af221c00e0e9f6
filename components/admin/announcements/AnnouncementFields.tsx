import type { AnnouncementSummary } from '@/lib/announcements/types';
import { Field } from '../ui';
import styles from './announcements.module.css';

export function readAnnouncementForm(form: FormData) {
  return { title: String(form.get('title') ?? ''), body: String(form.get('body') ?? '') };
}

/** Title and rich-text body: shared by the add and edit forms. */
export function AnnouncementFields({ announcement, fieldError }: { announcement?: AnnouncementSummary; fieldError: (path: string) => string | undefined }) {
  return (
    <div className={styles.fields}>
      <Field label="Title" hint="Up to 80 characters, e.g. “System demo on Thursday”." error={fieldError('title')}>
        <input name="title" defaultValue={announcement?.title} maxLength={80} autoComplete="off" required />
      </Field>
      <Field
        label="Text"
        hint="Up to 2000 characters and 30 lines. A blank line starts a paragraph, “- ” a bullet, **bold**, *italic*; anything else shows as typed."
        error={fieldError('body')}
      >
        <textarea name="body" defaultValue={announcement?.body} maxLength={2000} rows={6} required />
      </Field>
    </div>
  );
}
