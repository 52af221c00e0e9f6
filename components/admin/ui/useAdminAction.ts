'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';
import { issueFor, sendJson, type AdminResult, type FieldIssue } from '@/lib/client/admin-fetch';

/**
 * A console form's call to the admin API with busy and error state; refreshes the server-rendered page after
 * a success so lists show the change.
 *   const action = useAdminAction();
 *   const result = await action.run('POST', '/api/admin/users', body);
 *   {action.error && <Notice tone="error">{action.error}</Notice>}  <Field error={action.fieldError('email')}>
 */
export function useAdminAction(options: { refresh?: boolean } = {}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const refresh = options.refresh ?? true;

  const run = useCallback(
    async <T = unknown>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<AdminResult<T>> => {
      setBusy(true);
      setError(null);
      setIssues([]);
      const result = await sendJson<T>(method, url, body);
      setBusy(false);
      if (result.ok) {
        if (refresh) router.refresh();
      } else {
        setError(result.message);
        setIssues(result.issues);
      }
      return result;
    },
    [refresh, router],
  );

  const fieldError = useCallback((path: string) => issueFor(issues, path), [issues]);
  const clear = useCallback(() => {
    setError(null);
    setIssues([]);
  }, []);

  return { run, busy, error, issues, fieldError, clear };
}
