import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MongoClient } from 'mongodb';
import { z } from 'zod';
import { startAssistant, type AssistantWiring, type RunningAssistant } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { routeConsoleTo } from '../../bot/logger';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { encryptedStorage } from '../../bot/storage/encrypted.storage';
import { parseKeyring } from '../../bot/storage/keyring';
import { openMongoStorage } from '../../bot/storage/mongo.storage';
import type { Storage } from '../../bot/storage/types';
import { captureLogger } from './logCapture';
import { TEST_AUDIT_KEY_SECRET, TEST_DATA_KEYS_JSON, TEST_EXPORT_LINK_SECRET, TEST_PRODUCTION_ACCESS } from './testKeys';

/** A real assistant on a loopback port, on the embedded store or (when MONGODB_URI is set) MongoDB. */

export type StoreKind = 'embedded' | 'mongodb';

/** The stores the integration suites run on: embedded always, MongoDB whenever CI provides it. */
export const STORES: StoreKind[] = process.env.MONGODB_URI === undefined ? ['embedded'] : ['embedded', 'mongodb'];

let announced = false;
export function announceSkippedStores(): void {
  if (!announced && process.env.MONGODB_URI === undefined) {
    announced = true;
    console.log('MongoDB integration runs skipped: MONGODB_URI is unset');
  }
}

export interface TestAssistant extends RunningAssistant {
  url: string;
  dataFile: string;
}

/**
 * Starts an assistant and, unless told not to, waits until its store answers (GET /readyz), as a load
 * balancer would before sending it turns. MongoDB opens in the background (bot/storage/open.ts); on a
 * loaded machine a first attempt can fail and the next comes a second later, and a turn in between is
 * refused at once: a conversationUpdate then keeps no conversation reference (the keeper waits for the
 * next turn), and a test reading it straight after finds nothing. `untilReady: false` is for a test of
 * a start with the server out of reach.
 */
export async function startTestAssistant(
  store: StoreKind,
  overrides: Record<string, string> = {},
  database = `it_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`,
  wiring: AssistantWiring = {},
  { untilReady = true }: { untilReady?: boolean } = {},
): Promise<TestAssistant> {
  const dataFile = overrides.DATA_FILE ?? join(mkdtempSync(join(tmpdir(), 'cse-it-')), 'assistant.db');
  // Transcripts press far faster than a person types; the rate limits are tested with their own values (test/integration/edge.test.ts).
  const env: Record<string, string> = { RATE_CONVERSATION_PER_MINUTE: '6000', RATE_USER_PER_MINUTE: '6000', NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', DATA_FILE: dataFile, WEBCHAT_KEY_FILE: join(dirname(dataFile), 'webchat.key'), DATA_KEYS_JSON: TEST_DATA_KEYS_JSON, AUDIT_KEY_SECRET: TEST_AUDIT_KEY_SECRET, EXPORT_LINK_SECRET: TEST_EXPORT_LINK_SECRET, ...(overrides.MICROSOFT_APP_ID === undefined ? {} : TEST_PRODUCTION_ACCESS), ...overrides };
  if (store === 'mongodb') {
    env.MONGODB_URI = overrides.MONGODB_URI ?? process.env.MONGODB_URI ?? '';
    env.MONGODB_DB = overrides.MONGODB_DB ?? database;
  }
  // Logged at full level into the run's log capture, which is searched for leaks at the end; what
  // botbuilder prints to the console goes there too, as bot/index.ts arranges in production.
  const logger = captureLogger();
  routeConsoleTo(logger);
  const assistant = await startAssistant(loadConfig(env), logger, wiring);
  const url = `http://127.0.0.1:${assistant.port}`;
  if (untilReady) {
    try {
      await readyAt(url);
    } catch (error) {
      await assistant.stop();
      throw error;
    }
  }
  return { ...assistant, url, dataFile };
}

/** The assistant of the test running now, as `assistantForEachTest` keeps it. */
export interface AssistantForEachTest {
  readonly url: string;
  readonly dataFile: string;
  /** Stops it and starts another on the same data file and database, as a restart or an upgrade (`wiring`: the new version's catalogue) does. */
  restart(wiring?: AssistantWiring): Promise<void>;
}

/**
 * Called in a describe block: a fresh assistant for each test, stopped after it, all of them on one
 * database (dropped after the block, on MongoDB) and each on its own data file (embedded).
 */
export function assistantForEachTest(store: StoreKind, database = `it_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`): AssistantForEachTest {
  let running: TestAssistant | undefined;
  const current = (): TestAssistant => {
    if (running === undefined) throw new Error('the assistant runs only inside a test');
    return running;
  };
  beforeEach(async () => {
    running = await startTestAssistant(store, {}, database);
  });
  afterEach(async () => {
    const stopping = running;
    running = undefined;
    await stopping?.stop();
  });
  afterAll(async () => {
    await dropDatabase(store, database);
  });
  return {
    get url() {
      return current().url;
    },
    get dataFile() {
      return current().dataFile;
    },
    async restart(wiring = {}) {
      const { dataFile } = current();
      await current().stop();
      running = undefined;
      running = await startTestAssistant(store, { DATA_FILE: dataFile }, database, wiring);
    },
  };
}

/** The store test assistants run on (a data file, or a MongoDB database), opened beside them as bot/app.ts opens it: encrypted under the test data key. */
export function openStore(store: StoreKind, dataFile: string, database: string): Promise<Storage> | Storage {
  const keyring = parseKeyring(TEST_DATA_KEYS_JSON, 'DATA_KEYS_JSON');
  if (store === 'embedded') return encryptedStorage(openEmbeddedStorage(dataFile), keyring);
  return openMongoStorage({ uri: process.env.MONGODB_URI ?? '', database }).then((s) => encryptedStorage(s, keyring));
}

/** Drops a test's database on MongoDB; the embedded store's file is a temporary one, left to the system. */
export async function dropDatabase(store: StoreKind, database: string): Promise<void> {
  if (store !== 'mongodb') return;
  const client = new MongoClient(process.env.MONGODB_URI ?? '', { serverSelectionTimeoutMS: 3000 });
  try {
    await client.db(database).dropDatabase();
  } finally {
    await client.close();
  }
}

/** Readiness polls: the store's own open retries back off 1, 2, 4 s..., so this outlasts several of them. */
const READY_POLLS = 450;
const READY_POLL_PAUSE_MS = 100;

/** Resolves once GET /readyz answers 200 (the store is open and answers); throws if it never does. */
export async function readyAt(url: string): Promise<void> {
  let last = 'no answer';
  for (let n = 0; n < READY_POLLS; n += 1) {
    // No idle connection is left for the first turn to reuse: on a loaded machine the server's keep-alive can end it just then (ECONNRESET).
    const response = await fetch(`${url}/readyz`, { headers: { connection: 'close' } }).catch(() => undefined);
    if (response?.status === 200) return;
    last = response === undefined ? 'no answer' : `${response.status}`;
    await sleep(READY_POLL_PAUSE_MS);
  }
  throw new Error(`${url}/readyz never answered 200 (last: ${last})`);
}

const cardSchema = z.object({ contentType: z.string(), content: z.record(z.string(), z.unknown()) });
const replySchema = z.object({ activities: z.array(z.object({ type: z.string(), attachments: z.array(cardSchema).optional() }).passthrough()) });
export type Card = Record<string, unknown>;

let sequence = 0;

export interface Chat {
  conversationId: string;
  /** Sends an activity with deliveryMode expectReplies and returns the cards replied. */
  send(activity: Record<string, unknown>): Promise<Card[]>;
  say(text: string): Promise<Card[]>;
  /** Presses the first action whose title matches, with the card's inputs set as given (by input id, without the `in.` prefix). */
  press(cards: Card[], title: string | RegExp, inputs?: Record<string, string>): Promise<Card[]>;
}

/** `addressed` is merged into every activity sent: a host's channel, service and conversation (test/support/personalChats.ts). */
export function chat(url: string, conversationId = `conv-${Date.now()}-${(sequence += 1)}`, userId = 'user-fictional-1', addressed: Record<string, unknown> = {}): Chat {
  const send = async (activity: Record<string, unknown>): Promise<Card[]> => {
    const body = {
      type: 'message',
      id: `act-${Date.now()}-${(sequence += 1)}`,
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:1/unused',
      from: { id: userId, name: '' },
      recipient: { id: 'assistant', name: 'Assistant' },
      conversation: { id: conversationId },
      deliveryMode: 'expectReplies',
      locale: 'en-GB',
      ...addressed,
      ...activity,
    };
    const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (response.status !== 200) throw new Error(`POST /api/messages answered ${response.status}`);
    const replies = replySchema.parse(await response.json());
    return replies.activities.flatMap((a) => (a.attachments ?? []).map((c) => c.content));
  };
  return {
    conversationId,
    send,
    say: (text) => send({ text }),
    press: async (cards, title, inputs = {}) => {
      const action = findAction(cards, title);
      if (action === undefined) throw new Error(`no action titled ${String(title)} in: ${actionTitles(cards).join(' | ')}`);
      // As a host does: the card's input values are merged into the action's data.
      const merged = Object.fromEntries(Object.entries(inputs).map(([id, v]) => [`in.${id}`, v]));
      const data = z.record(z.string(), z.unknown()).parse(action.data ?? {});
      return send({ value: { ...data, ...merged } });
    },
  };
}

/** A new chat whose user chose a role and left its journey: a role is known and no journey runs. */
export async function chatAfterRole(url: string, role: string): Promise<Chat> {
  const c = chat(url);
  await c.say(role);
  await c.say('cancel');
  return c;
}

/** The welcome card's role buttons, by role. */
export const ROLE_BUTTONS: Readonly<Record<string, string>> = {
  school: 'School or college',
  health: 'Health',
  business: 'Business (Operation Makesafe)',
  police: 'Police officer',
  socialCare: 'Social care, MASH or MASE',
};

/** A new user who pressed their role on the welcome card: its journey is open at its first question. */
export async function chatWithRoleChosen(url: string, role: string): Promise<Chat> {
  const c = chat(url);
  const welcome = await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
  await c.press(welcome, ROLE_BUTTONS[role] ?? role);
  return c;
}

interface FoundAction {
  title: string;
  data: unknown;
}

function* actionsIn(node: unknown): Generator<FoundAction> {
  if (Array.isArray(node)) {
    for (const item of node) yield* actionsIn(item);
  } else if (typeof node === 'object' && node !== null) {
    const record = z.record(z.string(), z.unknown()).parse(node);
    if (record.type === 'Action.Submit' && typeof record.title === 'string') yield { title: record.title, data: record.data };
    for (const value of Object.values(record)) yield* actionsIn(value);
  }
}

export function actionTitles(cards: Card[]): string[] {
  return [...actionsIn(cards)].map((a) => a.title);
}

export function findAction(cards: Card[], title: string | RegExp): FoundAction | undefined {
  return [...actionsIn(cards)].find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
}

/** The headings of the cards: what a person sees first. */
export function headings(cards: Card[]): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      const record = z.record(z.string(), z.unknown()).parse(node);
      if (record.type === 'TextBlock' && record.style === 'heading' && typeof record.text === 'string') found.push(record.text);
      Object.values(record).forEach(visit);
    }
  };
  visit(cards);
  return found;
}

export function allText(cards: Card[]): string {
  return JSON.stringify(cards);
}

/** The values the cards' inputs show, by input id without the `in.` prefix: what the person would see filled in. */
export function inputValues(cards: Card[]): Record<string, string> {
  const found: Record<string, string> = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      const record = z.record(z.string(), z.unknown()).parse(node);
      if (typeof record.type === 'string' && record.type.startsWith('Input.') && typeof record.id === 'string' && typeof record.value === 'string') found[record.id.replace(/^in\./, '')] = record.value;
      Object.values(record).forEach(visit);
    }
  };
  visit(cards);
  return found;
}
