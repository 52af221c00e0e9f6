import type { ReactNode } from 'react';
import styles from './ui.module.css';

/**
 * A panel of the console page: optional title, description and actions (buttons on the right).
 *   <Card title="Pair a display" description="Enter the code the TV shows.">…</Card>
 */
export function Card({
  title,
  description,
  actions,
  children,
  className,
  id,
}: {
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  className?: string;
  id?: string;
}) {
  return (
    <section className={[styles.card, className].filter(Boolean).join(' ')} id={id} aria-label={typeof title === 'string' ? title : undefined}>
      {(title || actions) && (
        <header className={styles.cardHeader}>
          <div>
            {title && <h2 className={styles.cardTitle}>{title}</h2>}
            {description && <p className={styles.cardDescription}>{description}</p>}
          </div>
          {actions}
        </header>
      )}
      {children}
    </section>
  );
}
