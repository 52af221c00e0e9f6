import type { ReactNode } from 'react';
import styles from './EntryFrame.module.css';

/** The centred card of the pages one sees before signing in (setup and login). */
export function EntryFrame({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <main className={styles.page}>
      <div className={styles.card}>
        <p className={styles.brand}>
          <span className={styles.mark} aria-hidden="true" />
          Signalbox
        </p>
        <h1 className={styles.title}>{title}</h1>
        {intro && <div className={styles.intro}>{intro}</div>}
        {children}
      </div>
    </main>
  );
}
