import { renderView } from '../../../cards/render';
import type { Translate } from '../../../cards/view';
import { openedSubmissionView, type StoredSubmission } from '../../../dialogs/forms/export/mySubmissions';
import { leadTurn } from '../../../dialogs/records/leadJourney';
import { leadEventsOf, sharedNotesOf, type LeadEvent } from '../../../dialogs/records/leadEvents';
import { reviewView, updateView } from '../../../dialogs/records/recordViews';
import { newConversationState } from '../../../dialogs/conversationState.schema';
import { strictT } from '../../support/i18n';
import { testTurnDeps } from '../../support/turnDeps';

/** A lead's note shared with the reporter: off unless ticked, stored as shared, and shown to the reporter alone of the lead's work. */

const NOW = new Date('2031-03-06T12:00:00Z');
const REFERENCE = 'CSE-AAAA-0009';
const ACTION = { what: 'Fictional shared: a *meeting* with the family is booked', who: 'Head of year', byWhen: '8/3/2031' };

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const events: LeadEvent[] = [
  { key: 'acknowledge', kind: 'acknowledged', at: new Date('2031-03-06T09:00:00Z'), details: {} },
  { key: 'k-1', kind: 'actionAdded', at: new Date('2031-03-06T10:00:00Z'), details: { what: 'Fictional private: speak to the form tutor', who: 'Deputy head', byWhen: '2031-03-07' } },
  { key: 'k-2', kind: 'actionAdded', at: new Date('2031-03-06T11:00:00Z'), details: { what: 'Fictional shared: a *meeting* with the family is booked', who: 'Head of year', byWhen: '2031-03-08', shared: true } },
  { key: 'k-3', kind: 'decided', at: new Date('2031-03-06T11:30:00Z'), details: { decision: 'referredToMash', reason: 'Fictional private reason' } },
  { key: 'close', kind: 'closed', at: new Date('2031-03-06T12:00:00Z'), details: {} },
];

describe('the share box on the lead\'s forms', () => {
  it.each(['addAction', 'decide'] as const)('%s: a box, not ticked, saying who will see it', (operation) => {
    const view = updateView(REFERENCE, operation, 'k', {}, {});
    const share = view.inputs.find((input) => input.id === 'share');
    expect(share).toMatchObject({ kind: 'field', required: false, value: '', control: { type: 'choice', multiSelect: true, choices: [{ value: 'shared' }] } });
    const card = JSON.stringify(renderView(view, t));
    expect(card).toContain('Show what I write here to the person who submitted this record');
    expect(card).toContain('unless you tick the box below to show it to the person who submitted the record');
  });

  it.each([
    ['ticked', { share: 'shared' }, { shared: true }],
    ['not ticked', { share: '' }, {}],
    ['not posted at all', {}, {}],
    ['posted with something else', { share: 'everyone' }, {}],
  ])('an action %s is stored %j', (_name, share, expected) => {
    const deps = testTurnDeps([], { now: NOW, submissions: { listed: [], opened: { reference: REFERENCE, kind: 'form.concernRecord', payload: {}, createdAt: NOW, leadEvents: [] } } });
    const outcome = leadTurn(newConversationState(), { event: 'record.actionAdded', reference: REFERENCE, key: 'k-9', inputs: { ...ACTION, ...share } }, deps, []);
    expect(outcome.effects).toEqual([{ type: 'record.append', reference: REFERENCE, operation: 'addAction', key: 'k-9', details: { what: ACTION.what, who: ACTION.who, byWhen: '2031-03-08', ...expected } }]);
  });

  it('a decision ticked is stored shared', () => {
    const deps = testTurnDeps([], { now: NOW, submissions: { listed: [], opened: { reference: REFERENCE, kind: 'form.concernRecord', payload: {}, createdAt: NOW, leadEvents: [] } } });
    const outcome = leadTurn(newConversationState(), { event: 'record.decided', reference: REFERENCE, key: 'k-8', inputs: { decision: 'referredToMash', reason: '', share: 'shared' } }, deps, []);
    expect(outcome.effects).toEqual([{ type: 'record.append', reference: REFERENCE, operation: 'decide', key: 'k-8', details: { decision: 'referredToMash', reason: '', shared: true } }]);
  });
});

describe('what the reporter sees', () => {
  it('only the shared notes, oldest first: not the others, not who acknowledged or closed it', () => {
    expect(sharedNotesOf(events).map((e) => e.key)).toEqual(['k-2']);
    // An event stored before sharing existed, or with anything but true, is not shared.
    expect(sharedNotesOf(leadEventsOf([{ eventKey: 'old', kind: 'actionAdded', at: NOW, details: { what: 'x', who: 'y', byWhen: '2031-03-08', shared: 'yes' } }]))).toEqual([]);
  });

  const document = { exportVersion: 1, formId: 'form.concernRecord', formVersion: 1, title: 'Concern record', reference: REFERENCE, submittedAt: '6 March 2031', sections: [], notes: [], source: 'Appendix C' };
  const mine = (extra: Partial<StoredSubmission>): StoredSubmission => ({ reference: REFERENCE, kind: 'form.concernRecord', payload: {}, createdAt: NOW, status: { status: 'closed', toLead: true }, own: true, ...extra });
  const opened = (submission: StoredSubmission) => {
    const [view] = openedSubmissionView({ submissions: { listed: [], opened: submission }, documents: { of: () => document, text: () => '' } }, []);
    if (view === undefined) throw new Error('no view');
    return view;
  };

  it('the shared note under the status, escaped, with when it was written', () => {
    const view = opened(mine({ sharedNotes: sharedNotesOf(events) }));
    const card = JSON.stringify(renderView(view, t));
    expect(card).toContain('Closed by your safeguarding lead');
    expect(card).toContain('Shared with you by your safeguarding lead:');
    expect(card).toContain('Action: Fictional shared: a \\\\*meeting\\\\* with the family is booked. Who: Head of year. By 8 March 2031.');
    expect(card).toContain('6 Mar 2031');
    expect(card).not.toContain('Fictional private');
    expect(card).not.toContain('Deputy head');
  });

  it('nothing shared, or a reader who is not its owner: no shared block at all', () => {
    expect(opened(mine({ sharedNotes: [] }))).not.toHaveProperty('shared');
    expect(opened(mine({ sharedNotes: sharedNotesOf(events), own: false }))).not.toHaveProperty('shared');
    expect(opened(mine({ sharedNotes: sharedNotesOf(events), status: { status: 'closed', toLead: false } }))).toMatchObject({ shared: { heading: { key: 'records:sharedWithReporter.other' } } });
  });

  it('the lead sees which of their notes the reporter sees', () => {
    const card = JSON.stringify(renderView(reviewView(REFERENCE, 'Concern record', events, []), t));
    expect(card.match(/shared with the person who submitted the record/g)).toHaveLength(1);
  });
});
