'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@/lib/realtime/events';
import styles from './Kiosk.module.css';

interface Pairing {
  id: number;
  code: string;
  secret: string;
  expiresAt: string;
  /** When to ask for the next code, on this TV's clock. */
  renewAt: number;
}

type PairingSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A code is renewed this long before it expires, so the one on screen always still works. */
const RENEW_BEFORE_MS = 60_000;
const RETRY_MAX_MS = 30_000;
/** Without a socket (e.g. a revoked token still in the cookie), the screen asks the server this often instead. */
const POLL_EVERY_MS = 3_000;

const noSubscription = () => () => undefined;
const browserOrigin = () => window.location.origin;
const serverOrigin = () => '';

async function requestPairing(): Promise<Pairing> {
  const response = await fetch('/api/v1/pairing', { method: 'POST', cache: 'no-store' });
  if (!response.ok) throw new Error(`pairing: HTTP ${response.status}`);
  const pairing = (await response.json()) as Omit<Pairing, 'renewAt'>;
  // TV clocks are often wrong: the code's lifetime is measured on the server's clock (its Date header).
  const serverNow = Date.parse(response.headers.get('date') ?? '') || Date.now();
  return { ...pairing, renewAt: Date.now() + Date.parse(pairing.expiresAt) - serverNow - RENEW_BEFORE_MS };
}

/** True once the server has set this TV's device token; false while the code is not claimed yet. */
async function activate(pairing: Pairing): Promise<boolean> {
  const response = await fetch('/api/v1/pairing/activate', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: pairing.id, secret: pairing.secret }),
    cache: 'no-store',
  });
  return response.ok;
}

/**
 * A TV nobody has paired yet: shows a short code and where to enter it, keeps the code fresh, and waits on the
 * socket for the console to claim it; then it fetches its device token and reloads into its playlist.
 */
export function PairingScreen() {
  const [pairing, setPairing] = useState<Pairing | null>(null);
  const [failures, setFailures] = useState(0);
  const origin = useSyncExternalStore(noSubscription, browserOrigin, serverOrigin);

  // Get a code, and a new one shortly before it expires; retry with backoff while the server is away.
  useEffect(() => {
    let cancelled = false;
    const delay = pairing ? Math.max(0, pairing.renewAt - Date.now()) : failures === 0 ? 0 : Math.min(RETRY_MAX_MS, 1_000 * 2 ** failures);
    const timer = setTimeout(() => {
      requestPairing()
        .then((next) => {
          if (cancelled) return;
          setFailures(0);
          setPairing(next);
        })
        .catch(() => {
          if (cancelled) return;
          setPairing(null);
          setFailures((n) => n + 1);
        });
    }, delay);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [pairing, failures]);

  // Wait for the claim: pushed on the socket, or asked for while the socket is refused.
  useEffect(() => {
    if (!pairing) return;
    let done = false;
    let pollTimer: ReturnType<typeof setInterval> | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    const socket: PairingSocket = io({ reconnectionDelay: 1_000, reconnectionDelayMax: RETRY_MAX_MS });

    const tryActivate = () => {
      if (done) return;
      activate(pairing)
        .then((ok) => {
          if (!ok || done) return;
          done = true;
          window.location.reload();
        })
        .catch(() => undefined);
    };
    const onConnect = () => {
      socket.emit('watch-pairing', { id: pairing.id, secret: pairing.secret }, (ok) => {
        // The server no longer knows this code (expired, used, or the server was reset): get a new one.
        if (!ok) setPairing(null);
      });
    };
    const onConnectError = (error: Error & { data?: { code?: string } }) => {
      if (error.data?.code === 'invalid-token') {
        if (!pollTimer) pollTimer = setInterval(tryActivate, POLL_EVERY_MS);
        return;
      }
      if (!socket.active) {
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => socket.connect(), POLL_EVERY_MS);
      }
    };
    socket.on('connect', onConnect);
    socket.on('connect_error', onConnectError);
    socket.on('pairing-claimed', tryActivate);
    return () => {
      done = true;
      clearInterval(pollTimer);
      clearTimeout(retryTimer);
      socket.off('connect', onConnect);
      socket.off('connect_error', onConnectError);
      socket.off('pairing-claimed', tryActivate);
      socket.disconnect();
    };
  }, [pairing]);

  const enterAt = `${origin}/admin/displays`;
  return (
    <main className={styles.pairing} data-testid="pairing-screen">
      <h1 className={styles.pairingTitle}>Pair this screen with Signalbox</h1>
      <p className={styles.pairingLead}>In the Signalbox console, open Displays and enter this code:</p>
      <p className={`${styles.code} ${pairing ? '' : styles.codeWaiting}`} data-testid="pairing-code" aria-live="polite">
        {pairing ? pairing.code : '······'}
      </p>
      <p className={styles.pairingUrl} data-testid="pairing-url">
        {origin ? enterAt : '\u00a0'}
      </p>
      <p className={styles.pairingNote}>
        {pairing ? 'The code renews by itself. This screen starts its playlist as soon as the code is entered.' : 'Waiting for the Signalbox server…'}
      </p>
    </main>
  );
}
