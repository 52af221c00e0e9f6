'use client';

import { useState, type FormEvent } from 'react';
import { ROLES } from '@/lib/admin/types';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { useAdminAction } from '../ui/useAdminAction';
import styles from './users.module.css';

export function NewUserForm({ teams, minPasswordLength }: { teams: { slug: string; label: string }[]; minPasswordLength: number }) {
  const action = useAdminAction();
  const [created, setCreated] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const team = String(form.get('team') ?? '');
    const result = await action.run('POST', '/api/admin/users', {
      name: form.get('name'),
      email: form.get('email'),
      role: form.get('role'),
      password: form.get('password'),
      ...(team && { teamSlug: team }),
    });
    if (result.ok) {
      setCreated(String(form.get('email')));
      formElement.reset();
    }
  }

  return (
    <form className={styles.newUser} onSubmit={submit} noValidate>
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {created && <Notice tone="success">Account created for {created}.</Notice>}
      <div className={styles.grid}>
        <Field label="Name" error={action.fieldError('name')}>
          <input name="name" autoComplete="off" required />
        </Field>
        <Field label="Email" error={action.fieldError('email')}>
          <input name="email" type="email" autoComplete="off" inputMode="email" autoCapitalize="none" spellCheck={false} required />
        </Field>
        <Field label="Role" error={action.fieldError('role')}>
          <select name="role" defaultValue="editor">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Team" hint="An editor's own team." error={action.fieldError('teamSlug')}>
          <select name="team" defaultValue="">
            <option value="">No team</option>
            {teams.map((team) => (
              <option key={team.slug} value={team.slug}>
                {team.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="First password" hint={`At least ${minPasswordLength} characters.`} error={action.fieldError('password')}>
          <input name="password" type="password" autoComplete="new-password" minLength={minPasswordLength} required />
        </Field>
      </div>
      <div>
        <Button type="submit" variant="primary" busy={action.busy} busyLabel="Adding…">
          Add user
        </Button>
      </div>
    </form>
  );
}
