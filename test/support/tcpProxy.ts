import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP proxy to stage outages between the assistant and its database server:
 * - `forward`: connections are relayed both ways (the normal state);
 * - `cut`: every connection is destroyed and the port stops accepting (connection refused);
 * - `blackHole`: connections stay open and new ones are accepted, but nothing gets through
 *   either way (a server that hangs, a dropped route).
 * `restore` goes back to forwarding on the same port; connections that lived through a black
 * hole are destroyed first (bytes were lost, so their protocol stream is broken).
 */

export type ProxyState = 'forward' | 'cut' | 'blackHole';

export interface TcpProxy {
  readonly port: number;
  state(): ProxyState;
  cut(): Promise<void>;
  blackHole(): void;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export interface HostPort {
  host: string;
  port: number;
}

const MONGODB_HOST_PORT = /^mongodb:\/\/((?:[^@/?]*@)?)([^,/:?@]+):(\d+)(?=[/?]|$)/;

/** The one host and port of a `mongodb://` URI (a single-host URI, as the test server prints). */
export function mongoHostPort(uri: string): HostPort {
  const found = MONGODB_HOST_PORT.exec(uri);
  if (found === null) throw new Error('MONGODB_URI is not a single-host mongodb:// URI with a port');
  return { host: found[2] ?? '', port: Number(found[3]) };
}

/** The same URI (credentials, database, query string) pointing at another host and port. */
export function withHostPort(uri: string, to: HostPort): string {
  if (!MONGODB_HOST_PORT.test(uri)) throw new Error('MONGODB_URI is not a single-host mongodb:// URI with a port');
  return uri.replace(MONGODB_HOST_PORT, (_match, credentials: string) => `mongodb://${credentials}${to.host}:${to.port}`);
}

/** Starts a proxy on 127.0.0.1 to `target`, forwarding, or already cut when `startCut` is set. */
export async function startTcpProxy(target: HostPort, options: { startCut?: boolean } = {}): Promise<TcpProxy> {
  let current: ProxyState = 'forward';
  const sockets = new Set<Socket>();
  const holed = new Set<Socket>();

  const track = (socket: Socket): void => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      holed.delete(socket);
    });
    socket.on('error', () => undefined);
  };

  const server: Server = createServer((client) => {
    track(client);
    if (current === 'blackHole') {
      holed.add(client);
      client.on('data', () => undefined);
      return;
    }
    const upstream = connect(target.port, target.host);
    track(upstream);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('data', (chunk: Buffer) => {
      if (current === 'forward') upstream.write(chunk);
      else holed.add(client);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (current === 'forward') client.write(chunk);
      else holed.add(client);
    });
  });

  const listen = (port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        const address = server.address();
        if (address === null || typeof address === 'string') reject(new Error('no TCP address'));
        else resolve(address.port);
      });
    });
  const stopListening = (): Promise<void> =>
    new Promise((resolve) => {
      if (!server.listening) resolve();
      else server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });

  const port = await listen(0);
  if (options.startCut === true) {
    current = 'cut';
    await stopListening();
  }

  return {
    port,
    state: () => current,
    async cut() {
      current = 'cut';
      await stopListening();
    },
    blackHole() {
      current = 'blackHole';
      // Connections in use when the hole opens are broken from now on, whatever crosses them.
      for (const socket of sockets) holed.add(socket);
    },
    async restore() {
      for (const socket of holed) socket.destroy();
      holed.clear();
      current = 'forward';
      if (!server.listening) await listen(port);
    },
    async close() {
      current = 'cut';
      await stopListening();
    },
  };
}
