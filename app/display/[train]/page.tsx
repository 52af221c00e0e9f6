import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Wall } from '@/components/wall/Wall';
import { displayOptionsFrom, loadDisplay } from '@/lib/display/load-display';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Signalbox wall' };

export default async function DisplayPage(props: {
  params: Promise<{ train: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const [{ train }, search] = await Promise.all([props.params, props.searchParams]);
  const model = await loadDisplay(getRuntime(), train, displayOptionsFrom(search));
  if (!model) notFound();
  return <Wall model={model} />;
}
