'use client';

import { useState } from 'react';
import type { AlertDto } from '@/lib/alerts/types';
import { postJson } from '@/lib/client/admin-fetch';
import styles from './AcknowledgeAlert.module.css';

type Shown = AlertDto & { state: 'on' | 'ended' | 'expired' };

export function AcknowledgeAlert({ token, alert }: { token: string; alert: Shown | undefined }) {
  const [state, setState] = useState(alert?.state);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!alert) {
    return (
      <main className={styles.page}>
        <h1>Unknown link</h1>
        <p>This acknowledge link does not belong to any alert.</p>
      </main>
    );
  }

  async function acknowledge() {
    setBusy(true);
    setError(null);
    const result = await postJson<{ ended: boolean }>('/api/v1/alerts/ack', { token });
    setBusy(false);
    if (result.ok) setState('ended');
    else setError(result.message);
  }

  return (
    <main className={styles.page}>
      <p className={`${styles.severity} ${styles[alert.severity]}`}>{alert.severity} alert</p>
      <h1 className={styles.text}>{alert.text}</h1>
      {state === 'on' ? (
        <button type="button" className={styles.button} onClick={acknowledge} disabled={busy}>
          {busy ? 'Acknowledging…' : 'Acknowledge and end it'}
        </button>
      ) : (
        <p className={styles.done} role="status">
          {state === 'ended' ? 'This alert has ended: the screens are back to their panels.' : 'This alert has expired.'}
        </p>
      )}
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
    </main>
  );
}
