import type { ReactNode } from 'react';
import styles from './ui.module.css';

/**
 * A data table that scrolls sideways when wide. With stack, each row becomes a card on phones (< 640 px):
 * give every <td> a data-label naming its column.
 *   <Table label="Users" stack>
 *     <thead><tr><th>Name</th></tr></thead>
 *     <tbody><tr><td data-label="Name">Ada</td></tr></tbody>
 *   </Table>
 */
export function Table({ label, caption, stack, children }: { label: string; caption?: ReactNode; stack?: boolean; children: ReactNode }) {
  return (
    <div className={[styles.tableScroll, stack && styles.stack].filter(Boolean).join(' ')}>
      <table className={styles.table} aria-label={label}>
        {caption && <caption>{caption}</caption>}
        {children}
      </table>
    </div>
  );
}
