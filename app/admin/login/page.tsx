import type { Metadata } from 'next';
import { EntryFrame } from '@/components/admin/auth/EntryFrame';
import { LoginForm } from '@/components/admin/auth/LoginForm';
import { isConsolePath } from '@/lib/admin/paths';
import { redirectAwayFromEntryPage } from '@/lib/auth/next';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = typeof next === 'string' && isConsolePath(next) ? next : '/admin';
  await redirectAwayFromEntryPage('login', target);
  return (
    <EntryFrame title="Sign in to the console" intro={<p>Manage the displays, playlists and alerts of your release train.</p>}>
      <LoginForm next={target} />
    </EntryFrame>
  );
}
