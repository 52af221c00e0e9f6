import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** Milliseconds from spawning the process to the first 200 from /api/health. */
  coldStartMs: number;
  stop(): Promise<number>;
}

/** Starts the production server (after `next build`) on loopback with its own data folder. */
export async function startServer(options: { port: number; dataDir: string; env?: Record<string, string> }): Promise<RunningServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      SIGNALBOX_DATA_DIR: options.dataDir,
      SIGNALBOX_SIMULATOR: '0',
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before it was healthy`);
    if (Date.now() > deadline) throw new Error('server was not healthy within 120 s');
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  const coldStartMs = performance.now() - started;
  return {
    url,
    child,
    coldStartMs,
    stop: () =>
      new Promise<number>((resolve) => {
        const stopping = performance.now();
        child.once('exit', () => resolve(performance.now() - stopping));
        child.kill('SIGTERM');
      }),
  };
}
