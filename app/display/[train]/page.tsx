import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cookies } from 'next/headers';
import { connection } from 'next/server';
import { Wall } from '@/components/wall/Wall';
import { displayOptionsFrom, loadDisplay } from '@/lib/display/load-display';
import { SESSION_COOKIE } from '@/lib/auth/principal';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Signalbox wall' };

export default async function DisplayPage(props: {
  params: Promise<{ train: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const [{ train }, search, jar] = await Promise.all([props.params, props.searchParams, cookies()]);
  const model = await loadDisplay(getRuntime(), train, displayOptionsFrom(search), { session: jar.get(SESSION_COOKIE)?.value });
  if (!model) notFound();
  return <Wall model={model} build={getRuntime().build} />;
}
