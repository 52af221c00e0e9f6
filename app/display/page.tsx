import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { connection } from 'next/server';
import { KioskWall } from '@/components/kiosk/KioskWall';
import { PairingScreen } from '@/components/kiosk/PairingScreen';
import { DISPLAY_COOKIE } from '@/lib/auth/principal';
import { loadPairedDisplay } from '@/lib/display/load-paired';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Signalbox display', robots: { index: false, follow: false } };

/** A TV's one URL: its paired wall, or the pairing screen when it holds no working device token. */
export default async function PairedDisplayPage() {
  await connection();
  const token = (await cookies()).get(DISPLAY_COOKIE)?.value;
  const model = await loadPairedDisplay(getRuntime(), token);
  if (model.kind === 'pairing') return <PairingScreen />;
  return <KioskWall config={model.config} fallback={model.fallback} build={model.build} />;
}
