import type { Metadata } from 'next';
import { connection } from 'next/server';
import { AcknowledgeAlert } from '@/components/alerts/AcknowledgeAlert';
import { alertForAckLink } from '@/lib/alerts/service';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Acknowledge alert · Signalbox', robots: { index: false, follow: false } };

/** The one-click link an RTE opens on a phone: shows the alert, one button ends it. Viewing changes nothing. */
export default async function AcknowledgeAlertPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  return <AcknowledgeAlert token={token} alert={await alertForAckLink(getRuntime(), token)} />;
}
