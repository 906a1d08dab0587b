import type { Storage } from '../../bot/storage/types';
import { MongoClient, type CommandFailedEvent, type CommandStartedEvent, type CommandSucceededEvent, type Document } from 'mongodb';

/**
 * The commands a MongoDB store sends, seen by the driver's command monitoring (`monitorCommands`),
 * and how many round trips a call waited for: commands in flight together are one round trip.
 * A command still in flight when the call has answered was not waited for (a background write).
 */

export interface ServerCommand {
  name: string;
  collection: string;
  /** find: its filter; update: the first update's filter; otherwise absent. */
  filter?: Document;
  started: number;
  ended: number;
}

export interface Watched<T> {
  result: T;
  /** The commands the call waited for, in the order they started. */
  awaited: ServerCommand[];
  /** How many round trips those were: groups of commands in flight at the same time, one after another. */
  roundTrips: number;
  /** Commands the call started but did not wait for. */
  background: ServerCommand[];
}

export interface CommandWatch {
  watch<T>(call: () => Promise<T>): Promise<Watched<T>>;
  /** Resolves once the client has this many connections ready (see withCommandMonitoring's minPoolSize). */
  connections(count: number): Promise<void>;
  stop(): void;
}

const describeFilter = (event: CommandStartedEvent): Document | undefined => {
  const command = event.command;
  if (event.commandName === 'find') return command['filter'] as Document | undefined;
  if (event.commandName === 'update') return (command['updates'] as Document[] | undefined)?.[0]?.['q'] as Document | undefined;
  return undefined;
};

/**
 * Adds monitorCommands to a connection string (driver options may be given in the URI), and a
 * minimum pool, so that lookups sent together find a connection each rather than queueing for one
 * while the pool is still growing (a long-running instance's pool has grown already).
 */
export const withCommandMonitoring = (uri: string, minPoolSize = 3): string => `${uri}${uri.includes('?') ? '&' : '?'}monitorCommands=true&minPoolSize=${minPoolSize}`;

/**
 * Watches the next MongoClient to connect (the one openMongoStorage creates, given a URI from
 * withCommandMonitoring); the returned promise resolves once that client is connecting.
 */
export function watchNextClient(): { watching: Promise<CommandWatch>; restore: () => void } {
  const original = MongoClient.prototype.connect;
  let found: (watch: CommandWatch) => void = () => undefined;
  const watching = new Promise<CommandWatch>((resolve) => (found = resolve));
  const spy = jest.spyOn(MongoClient.prototype, 'connect').mockImplementation(function (this: MongoClient) {
    spy.mockRestore();
    found(watchCommands(this));
    return original.call(this);
  });
  return { watching, restore: () => spy.mockRestore() };
}

export function watchCommands(client: MongoClient): CommandWatch {
  let clock = 0;
  const inFlight = new Map<number, ServerCommand>();
  const all: ServerCommand[] = [];
  const started = (event: CommandStartedEvent) => {
    const filter = describeFilter(event);
    const command: ServerCommand = {
      name: event.commandName,
      collection: String(event.command[event.commandName]),
      ...(filter === undefined ? {} : { filter }),
      started: (clock += 1),
      ended: Number.POSITIVE_INFINITY,
    };
    inFlight.set(event.requestId, command);
    all.push(command);
  };
  const ended = (event: CommandSucceededEvent | CommandFailedEvent) => {
    const command = inFlight.get(event.requestId);
    if (command === undefined) return;
    command.ended = clock += 1;
    inFlight.delete(event.requestId);
  };
  let ready = 0;
  let onReady: (() => void)[] = [];
  const connectionReady = () => {
    ready += 1;
    const waiting = onReady;
    onReady = [];
    waiting.forEach((check) => check());
  };
  client.on('connectionReady', connectionReady);
  client.on('commandStarted', started);
  client.on('commandSucceeded', ended);
  client.on('commandFailed', ended);

  return {
    async watch<T>(call: () => Promise<T>): Promise<Watched<T>> {
      const from = clock;
      const result = await call();
      const answered = (clock += 1);
      const during = all.filter((c) => c.started > from && c.started < answered);
      const awaited = during.filter((c) => c.ended < answered);
      let roundTrips = 0;
      let lastEnd = Number.NEGATIVE_INFINITY;
      for (const command of awaited) {
        if (command.started > lastEnd) roundTrips += 1;
        lastEnd = Math.max(lastEnd, command.ended);
      }
      return { result, awaited, roundTrips, background: during.filter((c) => c.ended > answered) };
    },
    connections(count: number): Promise<void> {
      return new Promise<void>((resolve) => {
        const check = () => (ready >= count ? resolve() : onReady.push(check));
        check();
      });
    },
    stop() {
      client.off('connectionReady', connectionReady);
      client.off('commandStarted', started);
      client.off('commandSucceeded', ended);
      client.off('commandFailed', ended);
    },
  };
}

/** Waits for the heads a MongoDB store is moving after its answers (bot/storage/mongo/conversations.ts). */
export async function headMovesSettled(storage: Storage): Promise<void> {
  const conversations: object = storage.conversations;
  if (!('settled' in conversations) || typeof conversations.settled !== 'function') throw new Error('not the MongoDB conversation store');
  await (conversations.settled as () => Promise<void>)();
}
