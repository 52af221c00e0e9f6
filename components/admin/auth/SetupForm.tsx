'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useAdminAction } from '../ui/useAdminAction';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { Notice } from '../ui/Notice';
import styles from './forms.module.css';

/** Creates the first admin (the RTE) and signs them in. */
export function SetupForm({ minPasswordLength }: { minPasswordLength: number }) {
  const router = useRouter();
  const action = useAdminAction({ refresh: false });
  const [mismatch, setMismatch] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    if (password !== form.get('confirm')) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    const result = await action.run('POST', '/api/admin/setup', { name: form.get('name'), email: form.get('email'), password });
    if (result.ok) router.replace('/admin');
    else if (result.error === 'already_set_up') router.replace('/admin/login');
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      {action.error && <Notice tone="error">{action.error}</Notice>}
      <Field label="Your name" error={action.fieldError('name')}>
        <input name="name" autoComplete="name" required autoFocus />
      </Field>
      <Field label="Email" hint="You sign in with it." error={action.fieldError('email')}>
        <input name="email" type="email" autoComplete="username" inputMode="email" autoCapitalize="none" spellCheck={false} required />
      </Field>
      <Field label="Password" hint={`At least ${minPasswordLength} characters.`} error={action.fieldError('password')}>
        <input name="password" type="password" autoComplete="new-password" minLength={minPasswordLength} required />
      </Field>
      <Field label="Repeat the password" error={mismatch ? 'The two passwords differ.' : undefined}>
        <input name="confirm" type="password" autoComplete="new-password" required />
      </Field>
      <Button type="submit" variant="primary" block busy={action.busy} busyLabel="Creating the account…" className={styles.submit}>
        Create admin account
      </Button>
    </form>
  );
}
