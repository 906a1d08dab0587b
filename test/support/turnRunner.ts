import { auditActorKeyer } from '../../bot/auditActor';
import { createLogger } from '../../bot/logger';
import { encryptedStorage } from '../../bot/storage/encrypted.storage';
import { parseKeyring } from '../../bot/storage/keyring';
import type { Storage } from '../../bot/storage/types';
import { protocolIndex, turnKnowledge } from '../../bot/turnKnowledge';
import { createTurnRunner, type TurnRunner, type TurnRunnerOptions } from '../../bot/turnRunner';
import type { DeploymentFacts } from '../../dialogs/flow';
import type { TurnDeps } from '../../dialogs/turn';
import type { KnowledgeIndex } from '../../knowledge/search';
import { catalogue } from './catalogue';
import { TEST_AUDIT_KEY_SECRET, TEST_DATA_KEYS_JSON } from './testKeys';
import { unsureKnowledge } from './turnDeps';

const DAY_MS = 86_400_000;

/** No local contacts: the protocol's own wording, as a deployment that configured none would show. */
export const NO_CONTACTS: DeploymentFacts = { contacts: {} };

/** The audit log's actor keys under the test secret: the runner's, and what a test expects to find in the log. */
export const testAuditActorOf = auditActorKeyer(TEST_AUDIT_KEY_SECRET);

let index: KnowledgeIndex | undefined;
/** The protocol's knowledge as bot/app.ts wires it (without the saved build); the index is built once a test file, on first use. */
export function protocolKnowledge(facts: DeploymentFacts = NO_CONTACTS): TurnDeps['knowledge'] {
  return turnKnowledge((index ??= protocolIndex()), facts, catalogue);
}

/**
 * The real turn runner on the store given, as the tests build it: a silent logger, no local contacts,
 * the catalogue as bot/app.ts builds it, a day's conversation and 28 days' drafts, the test audit
 * key, knowledge that is never sure; whatever a test changes (a clock, alerts, the protocol's
 * knowledge, a translator) given in `overrides`.
 */
export function testTurnRunner(storage: Storage, overrides: Partial<Omit<TurnRunnerOptions, 'storage'>> = {}): TurnRunner {
  return createTurnRunner({
    storage,
    logger: createLogger('silent'),
    facts: NO_CONTACTS,
    catalogue,
    conversationTtlMs: DAY_MS,
    draftTtlMs: 28 * DAY_MS,
    auditActorOf: testAuditActorOf,
    knowledge: unsureKnowledge,
    ...overrides,
  });
}

/**
 * testTurnRunner on `inner` wrapped as bot/app.ts wraps the store it opens: encrypted at rest, under
 * the test data key. `storage` is the wrapped store, for a test to seed and read as the assistant does.
 */
export function encryptedTurnRunner(inner: Storage, overrides: Partial<Omit<TurnRunnerOptions, 'storage'>> = {}): { runTurn: TurnRunner; storage: Storage } {
  const storage = encryptedStorage(inner, parseKeyring(TEST_DATA_KEYS_JSON, 'DATA_KEYS_JSON'));
  return { runTurn: testTurnRunner(storage, overrides), storage };
}
