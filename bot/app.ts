import { existsSync } from 'node:fs';
import { buildCatalogue, type CatalogueEntry } from '../dialogs/catalogue';
import { CATALOGUE_ENTRIES } from '../dialogs/catalogue.content';
import { FORM_EXPORTERS } from '../dialogs/forms/exporters';
import { FORM_DEFINITIONS } from '../dialogs/forms';
import { routeAnswersOf } from '../dialogs/forms/routeAnswers';
import { submissionChild, submissionDeadlines, submissionDocuments, type FormExporter } from '../dialogs/forms/export/submissionDocuments';
import type { Translate } from '../cards/view';
import { createAdapter } from './adapter';
import { chartDrawer } from './chart/drawChart';
import { createAlertDispatcher, type AlertDispatcher } from './alerts/alertDispatcher';
import { alertSender } from './alerts/alertSender';
import { alertsOfSubmission } from './alerts/alertsOfSubmission';
import { conversationKeeper } from './alerts/conversationReferences';
import { AssistantBot } from './assistantBot';
import { auditActorKeyer, loadAuditSecret } from './auditActor';
import { ConfigError, type Config } from './config';
import { exportLinkSecret } from './exports/exportLinkSecret';
import { exportTokens } from './exports/exportToken';
import { profileLinkTokens } from './exports/profileLinkToken';
import { createI18n, DEFAULT_LOCALE, translatorFor as translatorOf } from './i18n';
import type { Logger } from './logger';
import { createServer, type DirectLineWebChat } from './server';
import { encryptedStorage } from './storage/encrypted.storage';
import { loadKeyring } from './storage/keyring';
import { openStorage } from './storage/open';
import { checkRetentionForms, purgeExpiredRecords } from './retention/purge';
import { startPurgeJob } from './retention/purgeJob';
import { removeRelatedOf } from './retention/purgeRelated';
import { fileConsentHandler } from './teamsFileConsent';
import { auditIdentityRefused, identify, identityPolicyOf, objectIdOf } from './identity';
import { graphClient } from './graph/graphClient';
import { graphMembership, type GraphMembership } from './graph/graphMembership';
import { searchIndexCache } from './searchIndexFile';
import { groupSnapshot, type GroupSnapshot } from './settings/groupSnapshot';
import { graphGroupIdsOf, loadSettings } from './settings/loadSettings';
import { protocolIndex, turnKnowledge } from './turnKnowledge';
import { createTurnRunner } from './turnRunner';
import { directLineTokens } from './web/directLineTokens';
import { loadOrCreateKey, webChatSecrets } from './web/webChatSecrets';

/** The wiring: config → keyring → storage (encrypted at rest) → i18n → adapter → handler → routes. Used by index.ts and by the tests. */

const SWEEP_EVERY_MS = 15 * 60_000;

export interface RunningAssistant {
  port: number;
  host: string;
  storageKind: string;
  /** The alert dispatcher: bot/index.ts starts its loop (tests tick it); stop() stops it. */
  alerts: AlertDispatcher;
  stop(): Promise<void>;
}

/** What the exports are given of the forms: each form's definition and its document builder (by default, every form's). */
export interface AssistantWiring {
  forms?: readonly FormExporter[];
  /** Tests only: a Teams file card's upload may go to plain http on loopback, standing in for OneDrive. Never set from the environment. */
  allowLoopbackUploads?: boolean;
  /** The journeys and forms (by default, every one): a test gives a form as a later version of it would be. */
  catalogue?: readonly CatalogueEntry[];
  /** Tests only: a stand-in Direct Line service on plain http at a loopback address (DIRECT_LINE_ENDPOINT takes https only). Never set from the environment. */
  loopbackDirectLineEndpoint?: string;
  /** Tests only: the alert dispatcher's clock, so an escalation hours away is seen due without waiting. Never set from the environment. */
  alertClock?: () => Date;
}

export async function startAssistant(config: Config, logger: Logger, wiring: AssistantWiring = {}): Promise<RunningAssistant> {
  const production = config.auth !== undefined;
  const keyring = loadKeyring({
    ...config.encryption,
    production,
    onCreated: (file) => logger.warn({ file }, 'created a data key file for encryption at rest: keep it, nothing stored can be read without it'),
    onLegacyUsed: (legacyFile, keysFile) =>
      logger.warn({ legacyFile, keysFile }, 'data keys read from the old default inside the data folder: move the file to keysFile (or set DATA_KEYS_FILE), so a copy of the data never carries its key'),
    onLegacyIgnored: (legacyFile, keysFile) =>
      logger.warn({ legacyFile, keysFile }, 'a key file at the old default is ignored because keysFile exists: merge its keys into keysFile if records were written with them, then remove it'),
  });
  const auditSecret = loadAuditSecret({
    ...config.audit,
    production,
    onCreated: (file) => logger.warn({ file }, 'created the audit key secret: keep it with the data keys, or audit entries can no longer be linked to later ones'),
  });
  // Who may do what is settled before anything listens: a wrong settings file stops the start.
  const fromGraph = config.graph === undefined ? undefined : groupSnapshot(config.graph.maxAgeMs);
  const directory = loadSettings(config.access.settingsFile, fromGraph);
  const identityPolicy = identityPolicyOf(config.access, production, directory, config.directLine !== undefined);
  if (config.access.settingsIsExample) logger.warn({ file: config.access.settingsFile }, 'no SETTINGS_FILE: using the fictional example settings (a local start only)');
  // The journeys and forms: content handed to the engine here, so the engine never imports it.
  const catalogue = buildCatalogue(wiring.catalogue ?? CATALOGUE_ENTRIES);
  checkRetentionForms(config.retention, catalogue.forms);
  // Checked before the store opens, so a start that stops here leaves nothing open.
  const directLine = production ? directLineWebChat(config, wiring) : undefined;
  const storage = encryptedStorage(
    await openStorage(config.storage, { onError: (kind) => logger.warn({ kind }, 'storage not reachable yet; retrying') }),
    keyring,
    { onUnreadable: (record, reason) => logger.warn({ record, reason }, 'a stored record could not be decrypted; check the keyring holds the key it was written with') },
  );
  const i18n = await createI18n();
  const knowledge = protocolIndex({ cache: searchIndexCache() });
  // The host boroughs a form offers are the settings file's: the record is routed on the one chosen.
  const facts = { contacts: config.localContacts, lists: { boroughs: identityPolicy.directory.boroughs } };
  const translatorFor = (locale: string | undefined): Translate => translatorOf(i18n, locale);
  const documents = submissionDocuments(wiring.forms ?? FORM_EXPORTERS);
  const auditActorOf = auditActorKeyer(auditSecret);
  // Download links exist only where the web chat does: Teams is handed files another way.
  const linkSecret = production
    ? undefined
    : exportLinkSecret({ ...config.exportLinks, onCreated: (file) => logger.warn({ file }, 'created the export link secret: a new one only ends the download links already given') });
  const tokens = linkSecret === undefined ? undefined : exportTokens(linkSecret, config.exportLinks.ttlMs);
  const profileLinks = linkSecret === undefined ? undefined : profileLinkTokens(linkSecret, config.exportLinks.ttlMs);
  const runTurn = createTurnRunner({
    storage,
    logger,
    facts,
    catalogue,
    conversationTtlMs: config.conversationTtlMs,
    draftTtlMs: config.draftTtlMs,
    auditActorOf,
    documents,
    translatorFor,
    deadlines: submissionDeadlines(wiring.forms ?? FORM_EXPORTERS),
    childOf: submissionChild(wiring.forms ?? FORM_EXPORTERS),
    recipientsOf: (formKind, submitter, answers) => identityPolicy.directory.recipientsOf(formKind, submitter, answers),
    routeAnswersOf: routeAnswersOf(FORM_DEFINITIONS),
    ...(tokens === undefined ? {} : { exportTokens: tokens }),
    alertsOf: alertsOfSubmission(identityPolicy.directory, { escalateAfterMinutes: config.alerts.escalateAfterMinutes }),
    ...(profileLinks === undefined ? {} : { profileLinks }),
    drawChart: chartDrawer(),
    knowledge: turnKnowledge(knowledge, facts, catalogue),
  });
  const adapter = createAdapter(config, i18n, logger);
  const fileConsent = fileConsentHandler({
    storage,
    documents,
    translatorFor,
    auditActorOf,
    logger,
    policy: { hosts: config.teamsFiles.uploadHosts, ...(wiring.allowLoopbackUploads === true ? { allowLoopbackHttp: true } : {}) },
  });
  const access = {
    identify: (activity: Parameters<typeof identify>[0]) => identify(activity, identityPolicy),
    refused: (activity: Parameters<typeof identify>[0], why: string) => auditIdentityRefused(activity, why, { storage, auditActorOf, logger, now: new Date() }),
    objectIdOf: (activity: Parameters<typeof identify>[0]) => objectIdOf(activity, identityPolicy),
  };
  const bot = new AssistantBot(runTurn, i18n, logger, access, fileConsent, conversationKeeper(storage.references, logger));
  const rolesOf = (objectId: string | undefined) => (objectId === undefined ? [] : identityPolicy.directory.holdsOf(objectId));
  const exports = tokens === undefined ? undefined : { storage, tokens, documents, t: translatorFor(DEFAULT_LOCALE), auditActorOf, rolesOf, logger };
  const profileExport = profileLinks === undefined ? undefined : { storage, tokens: profileLinks, t: translatorFor(DEFAULT_LOCALE), auditActorOf, logger };
  const server = createServer({
    config,
    logger,
    adapter,
    bot,
    storage,
    i18n,
    ...(exports === undefined ? {} : { exports }),
    ...(profileExport === undefined ? {} : { profileExport }),
    ...(directLine === undefined ? {} : { directLine }),
  });
  // The groups read from Graph have their members before the first request (or, if Graph cannot be read, none: refused politely).
  const graph = graphGroups(config, fromGraph, graphGroupIdsOf(directory.file), logger);
  await graph?.start();
  const { port, host } = await server.listen();
  const alerts = createAlertDispatcher({
    storage,
    send: alertSender({ adapter, appId: config.auth?.appId, i18n, ...(server.localDelivery === undefined ? {} : { localDelivery: server.localDelivery }) }),
    logger,
    retry: config.alerts.retry,
    batchSize: config.alerts.batchSize,
    ...(wiring.alertClock === undefined ? {} : { clock: wiring.alertClock }),
  });

  const sweep = setInterval(() => {
    storage.sweepExpired(new Date()).catch(() => logger.warn('sweep of expired drafts failed; it will be retried'));
  }, SWEEP_EVERY_MS);
  sweep.unref();
  // Records past their retention period, deleted and audited one at a time (docs/retention.md).
  const purge = startPurgeJob({
    everyMs: config.retention.purgeEveryMs,
    run: () => purgeExpiredRecords({ storage, forms: catalogue.forms, retention: config.retention, now: new Date(), purgeRelated: removeRelatedOf(storage) }),
    onDone: (report) => {
      if (report.purged > 0) logger.info({ purged: report.purged }, 'records past their retention period were purged');
    },
    onError: () => logger.warn('the retention purge failed; it will be retried'),
  });

  return {
    port,
    host,
    storageKind: storage.kind,
    alerts,
    async stop() {
      clearInterval(sweep);
      await graph?.stop();
      await alerts.stop();
      await purge.stop();
      await server.close();
      await storage.close();
    },
  };
}

/** GRAPH_GROUPS=on: the members of the groups the settings file names but does not list, kept from Microsoft Graph. */
function graphGroups(config: Config, snapshot: GroupSnapshot | undefined, groupIds: string[], logger: Logger): GraphMembership | undefined {
  if (config.graph === undefined || snapshot === undefined) return undefined;
  if (groupIds.length === 0) {
    logger.info('GRAPH_GROUPS=on, but the settings file lists every group it names: nothing is read from Microsoft Graph');
    return undefined;
  }
  const { tenantId, clientId, clientSecret, endpoints, refreshMs } = config.graph;
  return graphMembership({ groupIds, client: graphClient(endpoints, { tenantId, clientId, clientSecret }), snapshot, logger, refreshMs });
}

/** The web chat outside Teams, through Azure Bot Service's Direct Line: only when DIRECT_LINE_SECRET is set. */
function directLineWebChat(config: Config, wiring: AssistantWiring): DirectLineWebChat | undefined {
  if (config.directLine === undefined) return undefined;
  const { secret, keyFile, tokensPerMinute } = config.directLine;
  const domain = wiring.loopbackDirectLineEndpoint ?? config.directLine.endpoint;
  const tokens = directLineTokens({ endpoint: domain, secret }, { allowLoopbackHttp: wiring.loopbackDirectLineEndpoint !== undefined });
  // As with the data keys, a production start never makes up its own key: every instance must share one.
  if (!existsSync(keyFile)) {
    throw new ConfigError([`WEBCHAT_KEY_FILE: required with DIRECT_LINE_SECRET, and ${keyFile} does not exist: create it once (\`openssl rand -base64 32\`, mode 0600) and give every instance the same file`]);
  }
  return { tokens, secrets: webChatSecrets(loadOrCreateKey(keyFile)), domain, tokensPerMinute };
}
