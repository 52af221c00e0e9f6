'use client';

import useSWR from 'swr';
import { bodySize } from '@/lib/panels/announcement/rich-text';
import type { AnnouncementDto } from '@/lib/panels/announcement/types';
import { PanelMessage } from '../PanelErrorBoundary';
import { RichText } from './RichText';
import styles from './Announcement.module.css';

export default function AnnouncementPanel({ panelKey }: { panelKey: string }) {
  const { data } = useSWR<AnnouncementDto>(panelKey);
  if (!data) return <PanelMessage title="Waiting for data" detail={panelKey} />;
  // Longer bodies get a smaller (still 3 m readable) size, so that the longest fits without clipping.
  const size = bodySize(data.length, data.lines);
  return (
    <section className={styles.panel} data-panel-key={panelKey} data-train={data.train.slug}>
      <header className={styles.head}>
        <h1 className={styles.title} data-testid="announcement-title">
          {data.title}
        </h1>
      </header>
      <RichText blocks={data.body} className={`${styles.body} ${styles[size]}`} testId="announcement-body" size={size} />
    </section>
  );
}
