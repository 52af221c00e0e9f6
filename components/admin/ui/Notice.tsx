import type { ReactNode } from 'react';
import styles from './ui.module.css';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

/**
 * A message box. Errors are announced at once (role="alert"), the rest politely (role="status").
 *   <Notice tone="error">{action.error}</Notice>
 */
export function Notice({ tone = 'info', title, children, className }: { tone?: NoticeTone; title?: ReactNode; children?: ReactNode; className?: string }) {
  return (
    <div className={[styles.notice, styles[tone], className].filter(Boolean).join(' ')} role={tone === 'error' ? 'alert' : 'status'}>
      <div>
        {title && <p className={styles.noticeTitle}>{title}</p>}
        {typeof children === 'string' ? <p>{children}</p> : children}
      </div>
    </div>
  );
}
