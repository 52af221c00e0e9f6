import type { Metadata } from 'next';
import { EntryFrame } from '@/components/admin/auth/EntryFrame';
import { SetupForm } from '@/components/admin/auth/SetupForm';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/passwords';
import { redirectAwayFromEntryPage } from '@/lib/auth/next';

export const metadata: Metadata = { title: 'Set up' };

export default async function SetupPage() {
  await redirectAwayFromEntryPage('setup');
  return (
    <EntryFrame
      title="Welcome to Signalbox"
      intro={<p>Create the first admin account. As admin you pair TVs, build playlists, raise alerts and invite your Scrum Masters.</p>}
    >
      <SetupForm minPasswordLength={PASSWORD_MIN_LENGTH} />
    </EntryFrame>
  );
}
