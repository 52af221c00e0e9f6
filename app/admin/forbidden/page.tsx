import type { Metadata } from 'next';
import { AdminShell } from '@/components/admin/AdminShell';
import { ButtonLink, Notice } from '@/components/admin/ui';
import { requirePageRole } from '@/lib/auth/next';

export const metadata: Metadata = { title: 'Not allowed' };

const ROLE_NAMES: Record<string, string> = { admin: 'admin', editor: 'editor or admin', viewer: 'viewer' };

export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<{ need?: string }> }) {
  const me = await requirePageRole('viewer', { from: '/admin' });
  const { need } = await searchParams;
  const needed = need && ROLE_NAMES[need] ? ROLE_NAMES[need] : 'another';
  return (
    <AdminShell user={me} title="Not allowed">
      <Notice tone="warning" title="403 · This page needs another role">
        <p>
          It is for the {needed} role; you are signed in as {me.role}. Ask an admin if you need it.
        </p>
      </Notice>
      <div>
        <ButtonLink href="/admin">Back to the overview</ButtonLink>
      </div>
    </AdminShell>
  );
}
