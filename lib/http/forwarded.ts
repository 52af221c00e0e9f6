import type { IncomingMessage } from 'node:http';

const FORWARDED = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'];

/**
 * Without a trusted proxy in front, any client could name its own address or host in X-Forwarded-* and so dodge
 * per-address rate limits: drop what the client sent and state the socket's own address instead.
 */
export function replaceForwardedHeaders(request: Pick<IncomingMessage, 'headers' | 'socket'>): void {
  for (const name of FORWARDED) delete request.headers[name];
  const address = request.socket.remoteAddress;
  if (address) request.headers['x-forwarded-for'] = address;
}
