'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import styles from './displays.module.css';

/** Revoking asks once more: the TV drops back to the pairing screen and its tokens stop working for good. */
export function RevokeDisplay({ displayId, name }: { displayId: number; name: string }) {
  const router = useRouter();
  const action = useAdminAction({ refresh: false });
  const [confirming, setConfirming] = useState(false);

  async function revoke() {
    const result = await action.run('DELETE', `/api/admin/displays/${displayId}`);
    if (result.ok) {
      router.push('/admin/displays');
      router.refresh();
    }
  }

  if (!confirming) {
    return (
      <div className={styles.buttons}>
        <Button variant="danger" onClick={() => setConfirming(true)}>
          Revoke display…
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.confirm} role="group" aria-label="Confirm revoke">
      {action.error && <Notice tone="error">{action.error}</Notice>}
      <Notice tone="warning" title={`Revoke “${name}”?`}>
        <p>The TV goes back to its pairing screen within seconds. To use it again, pair it with a new code.</p>
      </Notice>
      <div className={styles.buttons}>
        <Button variant="danger" onClick={revoke} busy={action.busy} busyLabel="Revoking…">
          Yes, revoke
        </Button>
        <Button variant="ghost" onClick={() => setConfirming(false)} disabled={action.busy}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
