'use client';

import { Component, type ReactNode } from 'react';
import styles from './Panel.module.css';

/** A panel that throws shows its own error state; the wall and its rotation go on. */
export class PanelErrorBoundary extends Component<{ panelKey: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <PanelMessage title="This panel could not be drawn" detail="The next panel follows as usual." />;
  }
}

export function PanelMessage({ title, detail }: { title: string; detail?: string }) {
  return (
    <section className={styles.message} role="status">
      <h2>{title}</h2>
      {detail && <p>{detail}</p>}
    </section>
  );
}
