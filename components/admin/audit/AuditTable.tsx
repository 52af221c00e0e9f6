import type { AuditEntryDto } from '@/lib/admin/types';
import { Table } from '../ui/Table';
import { LocalTime } from './LocalTime';
import styles from './AuditTable.module.css';

/** Audit entries as a table (a card per entry on phones). Details are shown as compact JSON text. */
export function AuditTable({ entries, label = 'Audit log' }: { entries: AuditEntryDto[]; label?: string }) {
  return (
    <Table label={label} stack>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Subject</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td data-label="When" className={styles.when}>
              <LocalTime iso={entry.at} />
            </td>
            <td data-label="Who" className={styles.who}>
              {entry.actor}
            </td>
            <td data-label="What">
              <code className={styles.action}>{entry.action}</code>
            </td>
            <td data-label="Subject" className={styles.subject}>
              {entry.subject}
            </td>
            <td data-label="Details" className={styles.details}>
              {formatDetails(entry.details)}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function formatDetails(details: Record<string, unknown>): string {
  const parts = Object.entries(details).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return parts.join(' · ');
}
