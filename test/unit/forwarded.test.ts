import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { replaceForwardedHeaders } from '../../lib/http/forwarded';

const request = (headers: IncomingMessage['headers'], remoteAddress?: string) => ({ headers, socket: { remoteAddress } as IncomingMessage['socket'] });

describe('replaceForwardedHeaders (no trusted proxy)', () => {
  it("drops every forwarded header a client sent and names the socket's own address", () => {
    const req = request(
      {
        host: 'wall.example',
        'x-forwarded-for': '203.0.113.9, 10.0.0.1',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-proto': 'https',
        'x-forwarded-port': '443',
        forwarded: 'for=203.0.113.9',
        cookie: 'sb_session=abc',
      },
      '192.0.2.7',
    );
    replaceForwardedHeaders(req);
    expect(req.headers).toEqual({ host: 'wall.example', cookie: 'sb_session=abc', 'x-forwarded-for': '192.0.2.7' });
  });

  it('leaves no address at all when the socket has none (already closed)', () => {
    const req = request({ 'x-forwarded-for': '203.0.113.9' });
    replaceForwardedHeaders(req);
    expect(req.headers).toEqual({});
  });
});
