import type { ActionView, TextRef, View } from '../../cards/view';
import type { ConversationState } from '../conversationState.schema';
import type { CardEvent, DomainEvent } from '../events.schema';
import { route, type Router } from '../router';
import { londonClock, parseDate } from '../forms/dates';
import { notFoundView, openedSubmissionView, type StoredSubmission } from '../forms/export/mySubmissions';
import { type Effect, same, type TurnDeps, type TurnOutcome } from '../turn';
import type { DueFilter } from './dueFilter';
import { LEAD_DECISIONS } from './leadDecisions';
import { EVENT_OF, ONCE_PER_RECORD, statusOf, type LeadEvent, type LeadOperation, type LeadWorkBody } from './leadEvents';
import { chronologyItems, isShared, needsReason, recordsForMeView, reviewView, updateView, type UpdateErrors, type UpdateValues } from './recordViews';

/**
 * The lead's side of a record, pure like every turn: the runner has already loaded the record (only
 * when `decide` allows this reader this operation, every refusal audited) with its events. A change
 * is an effect the runner applies: an event appended under a key, so a Teams retry or a double
 * press adds it once. Nothing the conversation stores changes.
 */

export const RECORD_EVENTS = ['records.forMeRequested', 'record.acknowledged', 'record.closed', 'record.updateRequested', 'record.actionAdded', 'record.decided'] as const;
export type RecordCardEvent = Extract<CardEvent, { event: (typeof RECORD_EVENTS)[number] }>;

export function isRecordEvent(event: CardEvent): event is RecordCardEvent {
  return (RECORD_EVENTS as readonly string[]).includes(event.event);
}

/** The operation `decide` is asked for each event about one record. */
export function operationOf(event: RecordCardEvent): LeadOperation | undefined {
  switch (event.event) {
    case 'records.forMeRequested':
      return undefined;
    case 'record.acknowledged':
      return 'acknowledge';
    case 'record.closed':
      return 'close';
    case 'record.updateRequested':
      return event.operation;
    case 'record.actionAdded':
      return 'addAction';
    case 'record.decided':
      return 'decide';
  }
}


/** Records for me, or why not: it is for the people records are sent to. */
export function recordsForMeViews(deps: TurnDeps, around: ActionView[]): View[] {
  const forMe = deps.submissions?.forMe;
  if (forMe === undefined) {
    return [{ kind: 'notice', tone: 'info', safetyLine: true, title: { key: 'records:notices.noRole.title' }, lines: [{ key: 'records:notices.noRole.line1' }], actions: around }];
  }
  return [recordsForMeView(deps, forMe, around)];
}

/** A record opened by its reference: the form in words, and for the person it was routed to, their work on it. */
export function openedRecordViews(deps: TurnDeps, around: ActionView[]): View[] {
  const views = openedSubmissionView(deps, around);
  const opened = deps.submissions?.opened;
  if (opened?.leadEvents === undefined || views[0]?.kind !== 'submission') return views;
  const chronology = opened.chronology === undefined ? undefined : chronologyItems(opened.chronology, (s) => deps.documents?.of(s)?.title);
  return [...views, reviewView(opened.reference, deps.documents?.of(opened)?.title, opened.leadEvents, around, chronology)];
}

export function leadTurn(state: ConversationState, event: RecordCardEvent, deps: TurnDeps, around: ActionView[]): TurnOutcome {
  if (event.event === 'records.forMeRequested') return same(state, recordsForMeViews(deps, around));
  const opened = deps.submissions?.opened;
  const events = opened?.leadEvents;
  if (opened === undefined || events === undefined) return same(state, [notFoundView(around)]);
  const title = deps.documents?.of(opened)?.title;
  const review = (all: LeadEvent[]) => reviewView(opened.reference, title, all, around);
  if (statusOf(events) === 'closed') return same(state, [review(events)]);
  switch (event.event) {
    case 'record.updateRequested':
      return same(state, [updateView(opened.reference, event.operation, deps.newId(), {}, {})]);
    case 'record.acknowledged':
      return appended(state, opened, events, 'acknowledge', 'acknowledge', { kind: 'acknowledged', details: {} }, deps, review);
    case 'record.closed':
      return appended(state, opened, events, 'close', 'close', { kind: 'closed', details: {} }, deps, review);
    case 'record.actionAdded':
    case 'record.decided': {
      const operation = event.event === 'record.actionAdded' ? 'addAction' : 'decide';
      const values: UpdateValues = event.inputs ?? {};
      const checked = operation === 'addAction' ? checkAction(values, deps.now) : checkDecision(values);
      if ('errors' in checked) return same(state, [updateView(opened.reference, operation, event.key, values, checked.errors)]);
      return appended(state, opened, events, operation, event.key, checked.body, deps, review);
    }
  }
}

/** The event appended (once per key: one already there is not added again) and the review as it now stands. */
function appended(state: ConversationState, opened: StoredSubmission, events: LeadEvent[], operation: LeadOperation, key: string, body: LeadWorkBody, deps: TurnDeps, review: (all: LeadEvent[]) => View): TurnOutcome {
  const done = events.some((e) => e.key === key || (ONCE_PER_RECORD.has(operation) && e.kind === EVENT_OF[operation]));
  if (done) return same(state, [review(events)]);
  const effect: Effect = { type: 'record.append', reference: opened.reference, operation, key, details: body.details };
  return same(state, [review([...events, { ...body, key, at: deps.now }])], [effect]);
}

const missing = (id: string): TextRef => ({ key: `records:fields.${id}.missing` });

function checkAction(values: UpdateValues, now: Date): { body: LeadWorkBody } | { errors: UpdateErrors } {
  const what = (values['what'] ?? '').trim();
  const who = (values['who'] ?? '').trim();
  const byWhenText = (values['byWhen'] ?? '').trim();
  const errors: UpdateErrors = {};
  if (what === '') errors['what'] = missing('what');
  if (who === '') errors['who'] = missing('who');
  const byWhen = byWhenText === '' ? undefined : parseDate(byWhenText, londonClock(now).today);
  if (byWhen === undefined) errors['byWhen'] = missing('byWhen');
  else if (!byWhen.ok) errors['byWhen'] = { key: 'records:fields.byWhen.real' };
  if (Object.keys(errors).length > 0 || byWhen === undefined || !byWhen.ok) return { errors };
  return { body: { kind: 'actionAdded', details: { what, who, byWhen: byWhen.iso, ...sharing(values) } } };
}

function checkDecision(values: UpdateValues): { body: LeadWorkBody } | { errors: UpdateErrors } {
  const decision = LEAD_DECISIONS.values.find((value) => value === values['decision']);
  const reason = (values['reason'] ?? '').trim();
  if (decision === undefined) return { errors: { decision: missing('decision') } };
  if (reason === '' && needsReason(decision)) return { errors: { reason: missing('reason') } };
  return { body: { kind: 'decided', details: { decision, reason, ...sharing(values) } } };
}

/** A note is stored as shared only when the lead ticked it: absent, it is the lead's and their colleagues' alone. */
const sharing = (values: UpdateValues): { shared?: true } => (isShared(values) ? { shared: true } : {});

/** What the runner loads for a record event or "records for me": a page of the reader's records, or the one record acted on. */
export type RecordNeed = { kind: 'forMe'; form?: string; due?: DueFilter } | { kind: 'act'; reference: string; operation: LeadOperation };

export function recordsNeeded(event: DomainEvent, routeText: Router = route): RecordNeed | undefined {
  if (event.event === 'message.received') {
    const routed = routeText(event.text);
    return routed.kind === 'command' && routed.command === 'recordsForMe' ? { kind: 'forMe' } : undefined;
  }
  if (event.event === 'records.forMeRequested') return { kind: 'forMe', ...(event.form === undefined ? {} : { form: event.form }), ...(event.due === undefined ? {} : { due: event.due }) };
  if (!('reference' in event) || !isRecordCardEvent(event)) return undefined;
  const operation = operationOf(event);
  return operation === undefined ? undefined : { kind: 'act', reference: event.reference, operation };
}

const isRecordCardEvent = (event: DomainEvent): event is RecordCardEvent => (RECORD_EVENTS as readonly string[]).includes(event.event);
