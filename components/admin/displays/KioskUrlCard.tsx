'use client';

import { useState } from 'react';
import { Button, Field, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import styles from './displays.module.css';

/** For TVs nobody can type on: a URL with a secret token, shown once (only its hash is stored). */
export function KioskUrlCard({ displayId }: { displayId: number }) {
  const action = useAdminAction({ refresh: false });
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  async function create() {
    setCopied(false);
    const result = await action.run<{ url: string }>('POST', `/api/admin/displays/${displayId}/kiosk-url`);
    if (result.ok) setUrl(result.data.url);
  }

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className={styles.form}>
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {url ? (
        <>
          <Notice tone="warning" title="Shown once.">
            <p>Open this URL on the TV (or set it as the kiosk start page). Anyone with it can show this display’s panels until you revoke the display.</p>
          </Notice>
          <Field label="Kiosk URL">
            <input className={styles.url} value={url} readOnly onFocus={(event) => event.currentTarget.select()} data-testid="kiosk-url" />
          </Field>
          <div className={styles.buttons}>
            <Button onClick={copy}>{copied ? 'Copied' : 'Copy URL'}</Button>
            <Button variant="ghost" onClick={() => setUrl(null)}>
              Hide
            </Button>
          </div>
        </>
      ) : (
        <div className={styles.buttons}>
          <Button onClick={create} busy={action.busy} busyLabel="Creating…">
            Create kiosk URL
          </Button>
        </div>
      )}
    </div>
  );
}
