'use client';

import { useState, type FormEvent } from 'react';
import { Button } from './ui/Button';
import { Field } from './ui/Field';
import { Notice } from './ui/Notice';
import { useAdminAction } from './ui/useAdminAction';
import styles from './OverviewView.module.css';

/** Changes the signed-in user's own password; their other sessions end, this one stays. */
export function PasswordForm({ userId, minPasswordLength }: { userId: number; minPasswordLength: number }) {
  const action = useAdminAction({ refresh: false });
  const [mismatch, setMismatch] = useState(false);
  const [changed, setChanged] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChanged(false);
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const password = String(form.get('password') ?? '');
    setMismatch(password !== form.get('confirm'));
    if (password !== form.get('confirm')) return;
    const result = await action.run('PATCH', `/api/admin/users/${userId}`, { password, currentPassword: form.get('currentPassword') });
    if (result.ok) {
      setChanged(true);
      formElement.reset();
    }
  }

  return (
    <form className={styles.passwordForm} onSubmit={submit} noValidate>
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {changed && <Notice tone="success">Password changed. Your other sessions were signed out.</Notice>}
      <div className={styles.passwordFields}>
        <Field label="Current password">
          <input name="currentPassword" type="password" autoComplete="current-password" required />
        </Field>
        <Field label="New password" hint={`At least ${minPasswordLength} characters.`} error={action.fieldError('password')}>
          <input name="password" type="password" autoComplete="new-password" minLength={minPasswordLength} required />
        </Field>
        <Field label="Repeat the new password" error={mismatch ? 'The two passwords differ.' : undefined}>
          <input name="confirm" type="password" autoComplete="new-password" required />
        </Field>
      </div>
      <div>
        <Button type="submit" busy={action.busy} busyLabel="Changing…">
          Change password
        </Button>
      </div>
    </form>
  );
}
