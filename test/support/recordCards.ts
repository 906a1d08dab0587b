import type { View } from '../../cards/view';
import { mySubmissionsView, openedSubmissionView, type StoredSubmission } from '../../dialogs/forms/export/mySubmissions';
import { LEAD_DECISIONS } from '../../dialogs/records/leadDecisions';
import { sharedNotesOf, type LeadEvent } from '../../dialogs/records/leadEvents';
import { recordsForMeView, reviewView, updateView } from '../../dialogs/records/recordViews';
import { catalogue } from './catalogue';

/** Every card of the lead's side of a record, in each state it can be drawn in: for everyCard. Fictional throughout. */

const NOW = new Date('2031-03-06T12:00:00Z');
const at = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000);
const MENU = [{ label: { key: 'common:nav.menu' }, data: { event: 'menu.requested' } }];

export const SAMPLE_EVENTS: LeadEvent[] = [
  { key: 'acknowledge', kind: 'acknowledged', at: at(5), details: {} },
  { key: 'k-1', kind: 'actionAdded', at: at(4), details: { what: 'Speak to the *class* teacher', who: 'Head of year', byWhen: '2031-03-07', shared: true } },
  ...LEAD_DECISIONS.values.map((decision, i): LeadEvent => ({ key: `d-${i}`, kind: 'decided', at: at(3), details: { decision, reason: i === 0 ? '' : 'Fictional reason [with] _markdown_' } })),
];

const submission = (reference: string, kind: string, status: NonNullable<StoredSubmission['status']>['status'], hoursAgo: number): StoredSubmission => ({
  reference,
  kind,
  payload: {},
  createdAt: at(hoursAgo),
  status: { status, toLead: true },
});

export function recordViews(): Array<[string, View]> {
  const deps = {
    now: NOW,
    catalogue,
    documents: {
      of: () => undefined,
      text: () => '',
      deadlines: (s: StoredSubmission) => (s.reference.endsWith('1') ? [{ line: { key: 'forms:deadline.unknown', refs: { deadline: { key: 'records:forMe.groups.overdue' } } }, due: at(1) }] : []),
    },
  };
  const items = [
    submission('CSE-AAAA-0001', 'form.returnHomeInterview', 'new', 80),
    submission('CSE-AAAA-0002', 'form.concernRecord', 'acknowledged', 2),
    submission('CSE-AAAA-0003', 'form.concernRecord', 'inProgress', 3),
    submission('CSE-AAAA-0004', 'form.makesafeReport', 'closed', 4),
  ];
  const views: Array<[string, View]> = [
    ['records for me', recordsForMeView(deps, { items, more: true }, MENU)],
    ['records for me, one form', recordsForMeView(deps, { items: items.slice(1, 3), form: 'form.concernRecord', more: false }, MENU)],
    ['records for me, overdue only', recordsForMeView(deps, { items: items.slice(0, 1), due: 'overdue', more: true }, MENU)],
    ['records for me, due in the next 24 hours, none', recordsForMeView(deps, { items: [], due: 'dueWithin24Hours', more: false }, MENU)],
    ['records for me, none', recordsForMeView(deps, { items: [], more: false }, MENU)],
    ['record review, new', reviewView('CSE-AAAA-0002', 'Concern record', [], MENU)],
    ['record review, in progress', reviewView('CSE-AAAA-0002', 'Concern record', SAMPLE_EVENTS, MENU)],
    ['record review, closed', reviewView('CSE-AAAA-0002', undefined, [...SAMPLE_EVENTS, { key: 'close', kind: 'closed', at: at(1), details: {} }], MENU)],
    [
      'record review with other records about the same child',
      reviewView('CSE-AAAA-0002', 'Concern record', SAMPLE_EVENTS, MENU, [
        { title: 'Concern record', reference: 'CSE-AAAA-0006', submitted: at(300).getTime(), status: { key: 'records:status.closed' }, open: { label: { key: 'exports:actions.open' }, data: { event: 'submission.opened', reference: 'CSE-AAAA-0006' } } },
        { reference: 'CSE-AAAA-0007', submitted: at(200).getTime(), status: { key: 'records:status.new' }, open: { label: { key: 'exports:actions.open' }, data: { event: 'submission.opened', reference: 'CSE-AAAA-0007' } } },
      ]),
    ],
    ['add an action', updateView('CSE-AAAA-0002', 'addAction', 'k-2', {}, {})],
    ['add an action, shared', updateView('CSE-AAAA-0002', 'addAction', 'k-2', { share: 'shared' }, {})],
    ['add an action with problems', updateView('CSE-AAAA-0002', 'addAction', 'k-2', { byWhen: '31/2/2031' }, { what: { key: 'records:fields.what.missing' }, who: { key: 'records:fields.who.missing' }, byWhen: { key: 'records:fields.byWhen.real' } })],
    ['record the decision', updateView('CSE-AAAA-0002', 'decide', 'k-3', {}, {})],
    ['record the decision with problems', updateView('CSE-AAAA-0002', 'decide', 'k-3', { decision: 'noFurtherAction' }, { reason: { key: 'records:fields.reason.missing' } })],
  ];
  for (const status of ['new', 'acknowledged', 'inProgress', 'closed'] as const) {
    const mine = { ...submission('CSE-AAAA-0005', 'form.concernRecord', status, 1), own: true };
    const withDoc = { ...deps.documents, of: () => ({ exportVersion: 1, formId: 'form.concernRecord', formVersion: 1, title: 'Concern record', reference: mine.reference, submittedAt: '6 March 2031', sections: [], notes: [], source: 'Appendix C' }) };
    const listed = mySubmissionsView({ submissions: { listed: [mine] }, documents: withDoc }, MENU)[0];
    if (listed !== undefined) views.push([`my submissions, ${status}`, listed]);
    const opened = openedSubmissionView({ submissions: { listed: [], opened: mine }, documents: withDoc }, MENU)[0];
    if (opened !== undefined) views.push([`my submission opened, ${status}`, opened]);
    const sharedNotes = sharedNotesOf(SAMPLE_EVENTS.map((e, i): LeadEvent => (e.kind === 'decided' && i === 3 ? { ...e, details: { ...e.details, shared: true } } : e)));
    const withShared = openedSubmissionView({ submissions: { listed: [], opened: { ...mine, sharedNotes } }, documents: withDoc }, MENU)[0];
    if (withShared !== undefined && status !== 'new') views.push([`my submission opened, ${status}, with notes shared with me`, withShared]);
  }
  return views;
}
