'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/lib/client/admin-fetch';
import { Button } from './ui/Button';

/** Ends the session on the server, then leaves for the sign-in page. */
export function SignOutButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="ghost"
      size="small"
      busy={busy}
      busyLabel="Signing out…"
      onClick={async () => {
        setBusy(true);
        await sendJson('DELETE', '/api/admin/session');
        router.replace('/admin/login');
        router.refresh();
      }}
    >
      Sign out
    </Button>
  );
}
