'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent } from 'react';
import { useAdminAction } from '../ui/useAdminAction';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { Notice } from '../ui/Notice';
import styles from './forms.module.css';

/** Email and password; every failure reads the same, so the page never tells whether an email has an account. */
export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const action = useAdminAction({ refresh: false });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await action.run('POST', '/api/admin/session', { email: form.get('email'), password: form.get('password') });
    if (result.ok) router.replace(next);
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      {action.error && <Notice tone="error">{action.error}</Notice>}
      <Field label="Email">
        <input name="email" type="email" autoComplete="username" inputMode="email" autoCapitalize="none" spellCheck={false} required autoFocus />
      </Field>
      <Field label="Password">
        <input name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" variant="primary" block busy={action.busy} busyLabel="Signing in…" className={styles.submit}>
        Sign in
      </Button>
    </form>
  );
}
