import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DisplayDetailView } from '@/components/admin/displays/DisplayDetailView';
import { requirePageRole } from '@/lib/auth/next';
import { loadDisplayPage } from '@/lib/displays/pages';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Display' };

export default async function DisplayPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await requirePageRole('viewer', { from: `/admin/displays/${id}` });
  const display = await loadDisplayPage(getRuntime(), me, id);
  if (!display) notFound();
  return <DisplayDetailView me={me} display={display} />;
}
