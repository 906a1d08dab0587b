import type { ActionView, FieldControl, InputView, RecordReviewView, RecordsForMeView, RecordUpdateView, TextRef } from '../../cards/view';
import type { CardEvent } from '../events.schema';
import type { RecordsForMe, StoredSubmission, SubmissionDeps } from '../forms/export/mySubmissions';
import { DUE_FILTERS, isOverdue } from './dueFilter';
import type { FlowCatalogue } from '../catalogue';
import { LEAD_DECISIONS, REASON_REQUIRED } from './leadDecisions';
import { historyLine } from './historyLine';
import { RECORD_STATUSES, statusOf, type LeadEvent } from './leadEvents';

/** The views of the lead's side of a record: Records for me, the record's review, and the two forms on it. */

const action = (key: string, data: CardEvent, style?: ActionView['style'], refs?: TextRef['refs']): ActionView => {
  const label: TextRef = refs === undefined ? { key } : { key, refs };
  return style === undefined ? { label, data } : { label, data, style };
};

export const recordsForMeAction = (): ActionView => action('records:actions.forMe', { event: 'records.forMeRequested' });
const openAction = (reference: string): ActionView => action('exports:actions.open', { event: 'submission.opened', reference });

/** The record as the person it was routed to works on it: the actions that apply now, and everything done so far. */
export function reviewView(reference: string, title: string | undefined, events: LeadEvent[], around: ActionView[], chronology?: RecordReviewView['chronology']): RecordReviewView {
  const status = statusOf(events);
  const work: ActionView[] = [];
  if (status !== 'closed') {
    if (!events.some((e) => e.kind === 'acknowledged')) work.push(action('records:actions.acknowledge', { event: 'record.acknowledged', reference }, 'positive'));
    work.push(action('records:actions.addAction', { event: 'record.updateRequested', reference, operation: 'addAction' }));
    work.push(action('records:actions.decide', { event: 'record.updateRequested', reference, operation: 'decide' }));
    work.push(action('records:actions.close', { event: 'record.closed', reference }, 'destructive'));
  }
  return {
    kind: 'recordReview',
    reference,
    ...(title === undefined ? {} : { title }),
    status: { key: `records:status.${status}` },
    history: events.map((event) => ({ at: event.at.getTime(), line: historyLine(event), ...('shared' in event.details && event.details.shared === true ? { shared: true } : {}) })),
    ...(status === 'closed' ? { note: { key: 'records:review.closedNote' } } : {}),
    ...(chronology === undefined ? {} : { chronology }),
    work,
    actions: [recordsForMeAction(), ...around],
  };
}

export type UpdateValues = Record<string, string>;
export type UpdateErrors = Record<string, TextRef>;

const field = (id: string, control: FieldControl, required: boolean, values: UpdateValues, errors: UpdateErrors, hint?: TextRef): InputView => ({
  kind: 'field',
  id,
  label: { key: `records:fields.${id}.label` },
  required,
  ...(hint === undefined ? {} : { hint }),
  control,
  value: values[id] ?? '',
  errorMessage: { key: `records:fields.${id}.missing` },
  ...(errors[id] === undefined ? {} : { error: errors[id] }),
});

/** The value the share box posts when ticked. */
export const SHARED_VALUE = 'shared';

/** True when the lead ticked "share with the person who submitted it" (a multi-select posts its values comma-separated). */
export const isShared = (values: UpdateValues): boolean => (values['share'] ?? '').split(',').includes(SHARED_VALUE);

/** Adding an action (what, who, by when) or recording the decision and its reason; either can be shared with the reporter, off unless ticked. */
export function updateView(reference: string, operation: 'addAction' | 'decide', key: string, values: UpdateValues, errors: UpdateErrors): RecordUpdateView {
  // Who will see it is said in the intro and on the box itself: a hint here would say it a third time.
  const share = field('share', { type: 'choice', style: 'expanded', multiSelect: true, choices: [{ label: { key: 'records:fields.share.option' }, value: SHARED_VALUE }] }, false, values, errors);
  const inputs: InputView[] =
    operation === 'addAction'
      ? [
          field('what', { type: 'text', multiline: true, maxLength: 1000 }, true, values, errors),
          field('who', { type: 'text', multiline: false, maxLength: 200 }, true, values, errors),
          field('byWhen', { type: 'date' }, true, values, errors, { key: 'records:fields.byWhen.hint' }),
          share,
        ]
      : [
          field('decision', { type: 'choice', style: 'expanded', multiSelect: false, choices: LEAD_DECISIONS.values.map((value) => ({ label: { key: `records:decision.options.${value}` }, value })) }, true, values, errors),
          field('reason', { type: 'text', multiline: true, maxLength: 2000 }, false, values, errors, { key: 'records:fields.reason.hint' }),
          share,
        ];
  const problems = inputs.flatMap((input) => (input.kind === 'field' && input.error !== undefined ? [input.error] : []));
  return {
    kind: 'recordUpdate',
    reference,
    title: { key: `records:${operation}.title` },
    intro: { key: `records:${operation}.intro`, values: { reference } },
    ...(problems.length === 0 ? {} : { problems }),
    inputs,
    ...(operation === 'decide' ? { source: { key: 'records:decision.source', values: { source: LEAD_DECISIONS.source } } } : {}),
    submit: action(`records:${operation}.submit`, operation === 'addAction' ? { event: 'record.actionAdded', reference, key } : { event: 'record.decided', reference, key }, 'positive'),
    actions: [{ ...openAction(reference), label: { key: 'records:actions.backToRecord' }, ignoresInputs: true }, { ...recordsForMeAction(), ignoresInputs: true }],
  };
}

/** The other records about the same child, as the review lists them: each by its form, reference, date and status. */
export function chronologyItems(records: StoredSubmission[], titleOf: (submission: StoredSubmission) => string | undefined): NonNullable<RecordReviewView['chronology']> {
  return records.map((record) => {
    const title = titleOf(record);
    return {
      ...(title === undefined ? {} : { title }),
      reference: record.reference,
      submitted: record.createdAt.getTime(),
      status: { key: `records:status.${record.status?.status ?? 'new'}` },
      open: openAction(record.reference),
    };
  });
}

/** True when a reason must be given for this decision. */
export const needsReason = (decision: string): boolean => (REASON_REQUIRED as ReadonlySet<string>).has(decision);

/** The per-form filters Records for me offers on the whole list: one per form when there are several. */
function formFiltersOf(deps: { catalogue: FlowCatalogue }, kinds: string[]): ActionView[] {
  return kinds.flatMap((kind) => {
    const flow = deps.catalogue.byId(kind);
    return flow === undefined || kinds.length < 2 ? [] : [action('records:actions.onlyForm', { event: 'records.forMeRequested', form: kind }, undefined, { form: { key: flow.titleKey } })];
  });
}

/** The deadline filters: offered on the whole list, in the card's own row of buttons so a long list keeps its glance budget. */
const dueFilters = (): ActionView[] => DUE_FILTERS.map((due) => action(`records:actions.only.${due}`, { event: 'records.forMeRequested', due }));

/** What the list is filtered by, said above it. */
function filterLine(deps: { catalogue: FlowCatalogue }, forMe: RecordsForMe): TextRef | undefined {
  if (forMe.due !== undefined) return { key: `records:forMe.filteredDue.${forMe.due}` };
  const flow = forMe.form === undefined ? undefined : deps.catalogue.byId(forMe.form);
  return flow === undefined ? undefined : { key: 'records:forMe.filtered', refs: { form: { key: flow.titleKey } } };
}

/** Records for me: overdue first, then by status; each item by its form, reference and date, never who it is about. */
export function recordsForMeView(deps: SubmissionDeps & { now: Date; catalogue: FlowCatalogue }, forMe: RecordsForMe, around: ActionView[]): RecordsForMeView {
  const described = forMe.items.map((submission) => {
    const deadlines = deps.documents?.deadlines?.(submission) ?? [];
    const status = submission.status?.status ?? 'new';
    const overdue = isOverdue(deadlines, status, deps.now);
    const title = deps.documents?.of(submission)?.title;
    return {
      status,
      item: { ...(title === undefined ? {} : { title }), reference: submission.reference, submitted: submission.createdAt.getTime(), deadlines: deadlines.map((d) => d.line), overdue, open: openAction(submission.reference) },
    };
  });
  const groups: RecordsForMeView['groups'] = [
    { heading: { key: 'records:forMe.groups.overdue' }, items: described.filter((d) => d.item.overdue).map((d) => d.item) },
    ...RECORD_STATUSES.map((status) => ({ heading: { key: `records:forMe.groups.${status}` }, items: described.filter((d) => d.status === status && !d.item.overdue).map((d) => d.item) })),
  ];
  const filtered = forMe.form !== undefined || forMe.due !== undefined;
  const filter = filterLine(deps, forMe);
  // Filtered by deadline, only the groups that can hold such a record are shown (a closed record has no deadline left).
  const shown = groups.filter((g, i) => (forMe.due === undefined ? i > 0 || g.items.length > 0 : g.items.length > 0 || (i === 0 && forMe.due === 'overdue')));
  return {
    kind: 'recordsForMe',
    ...(filter === undefined ? {} : { filter }),
    groups: shown.length === 0 ? [{ heading: { key: `records:forMe.groups.${forMe.due ?? 'new'}` }, items: [] }] : shown,
    ...(forMe.more ? { more: { key: forMe.due === undefined ? 'records:forMe.more' : 'records:forMe.moreSearched' } } : {}),
    filters: filtered ? [recordsForMeAction()] : formFiltersOf(deps, [...new Set(forMe.items.map((i) => i.kind))]),
    actions: filtered ? around : [...dueFilters(), ...around],
  };
}
