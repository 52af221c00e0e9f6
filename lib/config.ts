import { z } from 'zod';

const flag = (fallback: boolean) =>
  z
    .enum(['0', '1', 'true', 'false', 'yes', 'no', 'on', 'off'])
    .optional()
    .transform((v) => (v === undefined ? fallback : ['1', 'true', 'yes', 'on'].includes(v)));

const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  SIGNALBOX_DATA_DIR: z.string().min(1).default('./data'),
  SIGNALBOX_DEMO: flag(true),
  SIGNALBOX_SIMULATOR: flag(true),
  SIGNALBOX_SIMULATOR_SECONDS: z.coerce.number().min(0.05).max(3600).default(4),
  SIGNALBOX_ROTATION_SECONDS: z.coerce.number().int().min(3).max(3600).default(20),
  SIGNALBOX_INGEST_TOKEN: z.string().min(16).optional(),
  SIGNALBOX_TRUST_PROXY: flag(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  demo: boolean;
  simulator: boolean;
  simulatorSeconds: number;
  rotationSeconds: number;
  ingestToken?: string;
  /** Behind a reverse proxy that sets X-Forwarded-*: believe those headers. Otherwise they are replaced. */
  trustProxy: boolean;
  logLevel: string;
  dev: boolean;
}

/** Reads the environment once at start; a bad value stops the server with every problem named. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = configSchema.safeParse(blankAsUnset);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.SIGNALBOX_DATA_DIR,
    demo: e.SIGNALBOX_DEMO,
    simulator: e.SIGNALBOX_SIMULATOR,
    simulatorSeconds: e.SIGNALBOX_SIMULATOR_SECONDS,
    rotationSeconds: e.SIGNALBOX_ROTATION_SECONDS,
    ingestToken: e.SIGNALBOX_INGEST_TOKEN,
    trustProxy: e.SIGNALBOX_TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    dev: e.NODE_ENV !== 'production',
  };
}
