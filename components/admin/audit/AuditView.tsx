import type { AuditPageData } from '@/lib/admin/pages';
import type { UserPrincipal } from '@/lib/auth/principal';
import { AdminShell } from '../AdminShell';
import { ButtonLink, Card } from '../ui';
import { AuditTable } from './AuditTable';
import styles from './AuditTable.module.css';

/** Every change to displays, playlists, alerts and users: who, what, when; fifty per page, newest first. */
export function AuditView({ me, data, paged }: { me: UserPrincipal; data: AuditPageData; paged: boolean }) {
  return (
    <AdminShell user={me} title="Audit log" description="Every change to displays, playlists, alerts and users: who made it and when.">
      <Card>
        {data.entries.length === 0 ? <p className={styles.empty}>No entries.</p> : <AuditTable entries={data.entries} />}
        <div className={styles.pager}>
          {paged && <ButtonLink href="/admin/audit">Newest</ButtonLink>}
          {data.olderBefore !== null && <ButtonLink href={`/admin/audit?before=${data.olderBefore}`}>Older entries</ButtonLink>}
        </div>
      </Card>
    </AdminShell>
  );
}
