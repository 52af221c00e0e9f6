'use client';

import styles from './Kiosk.module.css';

/** "Which TV is this?": the display's name, huge, for a few seconds. */
export function IdentifyOverlay({ name, train }: { name: string; train: string }) {
  return (
    <div className={styles.identify} role="status" data-testid="identify">
      <p className={styles.identifyName}>{name}</p>
      <p className={styles.identifyTrain}>{train}</p>
    </div>
  );
}
