'use client';

import { Button } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';

export function EndAlertButton({ id }: { id: number }) {
  const action = useAdminAction();
  return (
    <>
      <Button size="small" variant="danger" busy={action.busy} busyLabel="Ending…" onClick={() => action.run('POST', `/api/admin/alerts/${id}/end`)}>
        End now
      </Button>
      {action.error && <span role="alert">{action.error}</span>}
    </>
  );
}
