import type { SignalboxServer } from '../../lib/realtime/publisher';

export interface EmittedEvent {
  room: string;
  event: string;
  args: unknown[];
}

/** A socket.io server stand-in that records what was emitted to which room, and which rooms were disconnected. */
export interface FakeIo extends SignalboxServer {
  emitted: EmittedEvent[];
  disconnected: string[];
}

export function fakeIo(): FakeIo {
  const emitted: EmittedEvent[] = [];
  const disconnected: string[] = [];
  const target = (room: string) => ({
    emit: (event: string, ...args: unknown[]) => {
      emitted.push({ room, event, args });
      return true;
    },
    disconnectSockets: () => {
      disconnected.push(room);
    },
  });
  const io = {
    emitted,
    disconnected,
    to: target,
    in: target,
    sockets: { adapter: { rooms: new Map<string, Set<string>>() } },
  };
  return io as unknown as FakeIo;
}
