import type { Translate } from '../cards/view';
import type { Actor, HeldRole, Recipient } from '../dialogs/access/access.schema';
import type { FlowCatalogue } from '../dialogs/catalogue';
import type { DomainEvent } from '../dialogs/events.schema';
import type { DeploymentFacts } from '../dialogs/flow';
import type { ChildOfSubmission, DeadlinesOfSubmission, DocumentOfSubmission } from '../dialogs/forms/export/submissionDocuments';
import type { RouteAnswers } from '../dialogs/forms/routeAnswers';
import type { TurnDeps } from '../dialogs/turn';
import type { ChartDrawer } from './chart/drawChart';
import type { AuditActorOf } from './auditActor';
import type { ExportTokens } from './exports/exportToken';
import type { ProfileLinkTokens } from './exports/profileLinkToken';
import type { Logger } from './logger';
import type { ProblemProfileDeps } from './problemProfile';
import type { NewAlert } from './storage/alert.types';
import type { Storage } from './storage/types';

/** What the turn runner is built with (at wiring, bot/app.ts) and what each turn asks of it. */

export interface TurnRunnerOptions {
  storage: Storage;
  logger: Logger;
  facts: DeploymentFacts;
  /** The journeys and forms, built at wiring. */
  catalogue: FlowCatalogue;
  conversationTtlMs: number;
  draftTtlMs: number;
  knowledge: TurnDeps['knowledge'];
  /** The audit log's actor key for an owner key: salted, so it cannot be recomputed from a user id (bot/auditActor.ts). */
  auditActorOf: AuditActorOf;
  clock?: () => Date;
  /** Stored submissions in words (supplied at wiring); without it a submission lists by reference only and cannot be opened. */
  documents?: DocumentOfSubmission;
  /** A `t` for a user's language: exports are drawn in the words of the turn. */
  translatorFor?: (locale: string | undefined) => Translate;
  /** Signs download links (the local web chat only); without it files are not offered. */
  exportTokens?: ExportTokens;
  /** Who a stored submission is about (supplied at wiring): a lead's view puts records about the same child together. */
  childOf?: ChildOfSubmission;
  /** A stored submission's deadlines (supplied at wiring): Records for me shows them, overdue first. */
  deadlines?: DeadlinesOfSubmission;
  /** Who a form submitted by someone holding these roles goes to (the settings file's routes, with what the record's answers tell them); without it, nobody. */
  recipientsOf?: (formKind: string, submitter: readonly HeldRole[], answers: RouteAnswers) => Recipient[];
  /** What a submitted record's answers tell its routing (the host borough it names; supplied at wiring); without it, nothing. */
  routeAnswersOf?: (formKind: string, payload: Record<string, unknown>) => RouteAnswers;
  /** The alerts a submission owes (bot/alerts/alertsOfSubmission.ts); without it none are written. */
  alertsOf?: AlertsOf;
  /** The problem profile's reading: what a record tells decide (tests route records themselves). */
  problemProfile?: Pick<ProblemProfileDeps, 'recordAccess'>;
  /** Signs the problem profile CSV's download links (the local web chat only, as exportTokens). */
  profileLinks?: ProfileLinkTokens;
  /** Draws the problem profile's charts (bot/chart); without it, or without translatorFor, the card alone is sent. */
  drawChart?: ChartDrawer;
}

/** The alerts a form submitted by this person owes, one per recipient: written before the submission, so a crash between the two loses none. */
export type AlertsOf = (submission: { kind: string; idempotencyKey: string }, submitter: { actor: Actor; objectId: string | undefined }, now: Date, answers?: RouteAnswers) => NewAlert[];

/** Where the turn came from, as far as handing a file over goes. */
export interface TurnChannel {
  id: string | undefined;
  /** Teams: 'personal', 'groupChat' or 'channel'. */
  conversationType: string | undefined;
}

export interface TurnRequest {
  conversationId: string;
  ownerKey: string;
  /** Who is asking (bot/identity.ts); without it, the owner holding no role. */
  actor?: Actor;
  /** Their Entra object id, when they have one (bot/identity.ts objectIdOf): a submitter is never alerted about their own record. */
  objectId?: string;
  activityId: string | undefined;
  event: DomainEvent;
  locale?: string;
  channel?: TurnChannel;
}
