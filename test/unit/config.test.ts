import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config';

describe('loadConfig', () => {
  it('has working defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: undefined,
      dataDir: './data',
      demo: true,
      simulator: true,
      simulatorSeconds: 4,
      rotationSeconds: 20,
      ingestToken: undefined,
      trustProxy: false,
      logLevel: 'info',
      dev: true,
    });
  });

  it('reads values, treating blank ones as unset', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '',
      DATABASE_URL: 'postgres://signalbox@db.internal:5432/signalbox',
      SIGNALBOX_DEMO: 'off',
      SIGNALBOX_SIMULATOR: '0',
      SIGNALBOX_SIMULATOR_SECONDS: '0.5',
      SIGNALBOX_INGEST_TOKEN: 'a-token-of-sixteen',
      SIGNALBOX_TRUST_PROXY: 'yes',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://signalbox@db.internal:5432/signalbox',
      demo: false,
      simulator: false,
      simulatorSeconds: 0.5,
      ingestToken: 'a-token-of-sixteen',
      trustProxy: true,
      logLevel: 'warn',
      dev: false,
    });
  });

  it.each([
    ['abc', /^Invalid configuration: PORT: .*expected number/],
    ['70000', /^Invalid configuration: PORT: .*<=65535/],
    ['0', /^Invalid configuration: PORT: .*>=1/],
    ['80.5', /^Invalid configuration: PORT: .*expected int/],
  ])('refuses PORT=%s naming the variable and the rule', (port, message) => {
    expect(() => loadConfig({ PORT: port })).toThrow(message);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ SIGNALBOX_DEMO: 'maybe', SIGNALBOX_INGEST_TOKEN: 'short', LOG_LEVEL: 'loud' })).toThrow(
      /^Invalid configuration: SIGNALBOX_DEMO: .*; SIGNALBOX_INGEST_TOKEN: Too small: expected string to have >=16 characters; LOG_LEVEL: /,
    );
  });
});
