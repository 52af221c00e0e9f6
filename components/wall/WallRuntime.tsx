'use client';

import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { SWRConfig } from 'swr';
import type { DisplayCommand } from '@/lib/fleet/types';
import type { PanelDto } from '@/lib/panels/types';
import { AlertTakeover } from '../kiosk/AlertTakeover';
import { IdentifyOverlay } from '../kiosk/IdentifyOverlay';
import { ScreenOff } from '../kiosk/ScreenOff';
import { NO_ALERTS, useAlertTakeover, type AlertList } from '../kiosk/useAlertTakeover';
import { wantsBuildReload } from './health';
import { asSwrCache, createPanelStore, type PanelStore } from './panel-store';
import { PanelSlot } from './PanelSlot';
import { boundaryDelayMs, currentItem, isPanel, planFromConfig, rotate, startRotation, type WallPlan } from './plan';
import { useDisplaySocket, type WallConnection } from './useDisplaySocket';
import { useHeartbeat, usePixelShift, useWatchdog } from './useKioskHealth';
import { WallHeader } from './WallHeader';
import styles from './Wall.module.css';

const IDENTIFY_MS = 10_000;
const BUILD_RELOAD_KEY = 'signalbox.reloaded-for-build';

export interface WallRuntimeProps {
  plan: WallPlan;
  fallback: Record<string, PanelDto>;
  /** The build that rendered this page; null lets the first 'hello' set it (a public wall's page may not pass it). */
  build: string | null;
  /** A paired display goes back to pairing when its token stops working; a public wall just keeps retrying. */
  paired: boolean;
}

export function WallRuntime(props: WallRuntimeProps) {
  const [store] = useState(() => createPanelStore(Object.keys(props.fallback)));
  const swr = useMemo(
    () => ({
      provider: () => asSwrCache(store),
      fetcher: store.fetcher,
      fallback: props.fallback,
      // Data arrives by push, and the wall resynchronises on reconnect: rotation, focus and network changes must not
      // make thousands of screens refetch.
      revalidateOnFocus: false,
      revalidateOnReconnect: false,
      revalidateIfStale: false,
      errorRetryInterval: 15_000,
    }),
    [store, props.fallback],
  );
  return (
    <SWRConfig value={swr}>
      <Rotation {...props} store={store} />
    </SWRConfig>
  );
}

function Rotation({ plan: initialPlan, build, paired, store }: WallRuntimeProps & { store: PanelStore }) {
  const [rotation, dispatch] = useReducer(rotate, initialPlan, (plan) => startRotation(plan, new Date()));
  const [alerts, setAlerts] = useState<AlertList>(NO_ALERTS);
  const [identifyAt, setIdentifyAt] = useState<number | null>(null);
  const [buildState, setBuildState] = useState<{ page: string | null; reloadFor: string | null }>({ page: build, reloadFor: null });
  const takeover = useAlertTakeover(alerts);
  const { plan, program } = rotation;
  const entry = currentItem(rotation);
  const item = entry && isPanel(entry) ? entry : undefined;
  const dark = program.kind === 'screen-off' || entry?.kind === 'screen-off';

  const boundary = useCallback(() => {
    if (buildState.reloadFor) {
      writeSession(BUILD_RELOAD_KEY, buildState.reloadFor);
      window.location.reload();
      return;
    }
    dispatch({ type: 'boundary', now: new Date() });
  }, [buildState.reloadFor]);

  const onCommand = useCallback(
    (command: DisplayCommand) => {
      if (command === 'reload') window.location.reload();
      else if (command === 'next') boundary();
      else if (command === 'identify') setIdentifyAt(Date.now());
    },
    [boundary],
  );

  const connection = useDisplaySocket(paired, plan.keys, store, {
    onHello: (serverBuild) =>
      setBuildState((state) => {
        if (state.page === null) return { page: serverBuild, reloadFor: null };
        if (!wantsBuildReload(state.page, serverBuild, readSession(BUILD_RELOAD_KEY))) return state;
        return { ...state, reloadFor: serverBuild };
      }),
    onConfig: (config) => dispatch({ type: 'config', plan: planFromConfig(config) }),
    onAlerts: (list) => setAlerts({ alerts: list, receivedAt: Date.now() }),
    onCommand,
    onRevoked: () => window.location.replace('/display'),
  });

  useHeartbeat(connection.socket, connection.connected && paired, () => ({
    panel: takeover.top ? 'alert' : dark ? 'screen-off' : (item?.key ?? 'empty'),
    build: buildState.page ?? 'unknown',
    configVersion: plan.version,
  }));
  useWatchdog(connection.connected, store);
  const shift = usePixelShift();

  // One timer per boundary; an alert on screen pauses rotation, and the panel it covered shows again when it ends.
  const paused = takeover.top !== undefined;
  const delay = boundaryDelayMs(rotation);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(boundary, delay);
    return () => clearTimeout(timer);
  }, [rotation.step, paused, delay, boundary]);

  // The cache keeps only what the current configuration can show.
  useEffect(() => store.keepOnly(plan.keys), [plan, store]);

  // Each "identify" shows the name for the full 10 s, a repeated one too.
  useEffect(() => {
    if (identifyAt === null) return;
    const timer = setTimeout(() => setIdentifyAt(null), IDENTIFY_MS);
    return () => clearTimeout(timer);
  }, [identifyAt]);

  // A remote's arrow key skips ahead, the same as the console's "next" command.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight' || event.key === 'PageDown') onCommand('next');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCommand]);

  const multi = program.kind === 'playlist' && program.items.length > 1;
  // A black screen cannot burn in, and shifted it would show a strip of background at its edge.
  return (
    <div className={styles.wall} style={dark ? undefined : { transform: shift }} data-step={rotation.step} data-program={program.id} data-socket={socketState(connection)} data-config-version={plan.version ?? ''}>
      {takeover.top ? (
        <AlertTakeover alert={takeover.top} others={takeover.count - 1} timeZone={plan.train.timeZone} />
      ) : dark ? (
        <ScreenOff />
      ) : (
        <>
          <WallHeader train={plan.train} displayName={plan.display?.name ?? null} offlineSince={connection.offlineSince} item={item} store={store} />
          <main className={styles.stage}>
            {item ? (
              <PanelSlot key={`${rotation.step}:${item.key}`} item={item} store={store} />
            ) : (
              <p className={styles.empty}>{plan.display ? `${plan.display.name} has no playlist to show yet.` : 'No panels for this wall yet.'}</p>
            )}
          </main>
          {item && multi && (
            <div className={styles.progress} aria-hidden>
              <div key={rotation.step} className={styles.progressFill} style={{ animationDuration: `${item.seconds}s` }} />
            </div>
          )}
        </>
      )}
      {identifyAt !== null && plan.display && <IdentifyOverlay name={plan.display.name} train={plan.train.name} />}
    </div>
  );
}

/** For tests and diagnostics: 'connected' once in the panels' rooms, when every change reaches this wall. */
function socketState(connection: WallConnection): 'connected' | 'joining' | 'offline' {
  if (connection.watching) return 'connected';
  return connection.connected ? 'joining' : 'offline';
}

function readSession(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeSession(key: string, value: string): void {
  try {
    window.sessionStorage.setItem(key, value);
  } catch {
    // Without storage the reload still happens; only the once-per-build guard is lost.
  }
}
