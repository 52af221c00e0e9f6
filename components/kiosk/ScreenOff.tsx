'use client';

import styles from './Kiosk.module.css';

/** Night mode: a black screen, which a TV panel shows as off and which cannot burn in. */
export function ScreenOff() {
  return <div className={styles.screenOff} data-testid="screen-off" aria-label="Screen off" />;
}
