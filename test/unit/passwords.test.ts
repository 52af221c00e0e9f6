import { describe, expect, it } from 'vitest';
import { hashPassword, verifyDummyPassword, verifyPassword } from '../../lib/auth/passwords';

describe('password hashing', () => {
  it('stores scrypt with its parameters, a 16-byte salt and a 32-byte key', async () => {
    const stored = await hashPassword('correct horse battery');
    const [kind, n, r, p, salt, key, ...rest] = stored.split('$');
    expect(rest).toEqual([]);
    expect([kind, n, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64url')).toHaveLength(32);
    expect(stored).not.toContain('correct horse');
  });

  it('accepts the password and refuses any other', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash: the same password hashes differently twice', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password', b)).toBe(true);
  });

  it('treats canonically equal Unicode spellings as one password', async () => {
    const stored = await hashPassword('caf\u00e9 au lait!'); // é as one code point
    expect(await verifyPassword('cafe\u0301 au lait!', stored)).toBe(true); // e + combining accent
  });

  it('fails closed on tampered or malformed hashes', async () => {
    const stored = await hashPassword('correct horse battery');
    const parts = stored.split('$');
    const flipped = Buffer.from(parts[5]!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(await verifyPassword('correct horse battery', [...parts.slice(0, 5), flipped.toString('base64url')].join('$'))).toBe(false);
    expect(await verifyPassword('correct horse battery', ['bcrypt', ...parts.slice(1)].join('$'))).toBe(false);
    expect(await verifyPassword('correct horse battery', 'scrypt$x$8$1$abc$def')).toBe(false);
    expect(await verifyPassword('correct horse battery', 'scrypt$1048577$8$1$' + parts[4] + '$' + parts[5])).toBe(false);
    expect(await verifyPassword('correct horse battery', '')).toBe(false);
  });

  it('verifies hashes made with other parameters (they travel with the hash)', async () => {
    // Made with N=1024, r=8, p=1 from the password "legacy password!" and salt 16 zero bytes (node:crypto.scryptSync).
    const { scryptSync } = await import('node:crypto');
    const salt = Buffer.alloc(16);
    const key = scryptSync('legacy password!', salt, 32, { N: 1024, r: 8, p: 1 });
    const stored = `scrypt$1024$8$1$${salt.toString('base64url')}$${key.toString('base64url')}`;
    expect(await verifyPassword('legacy password!', stored)).toBe(true);
    expect(await verifyPassword('legacy password?', stored)).toBe(false);
  });

  it('dummy verification always fails but still runs scrypt', async () => {
    expect(await verifyDummyPassword('correct horse battery')).toBe(false);
    const started = performance.now();
    expect(await verifyDummyPassword('anything at all')).toBe(false);
    // One N=2^15 scrypt takes tens of milliseconds; a shortcut would take well under one.
    expect(performance.now() - started).toBeGreaterThan(5);
  });
});
