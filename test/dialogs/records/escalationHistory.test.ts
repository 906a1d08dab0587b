import { renderView } from '../../../cards/render';
import type { Translate } from '../../../cards/view';
import { escalationNow } from '../../../dialogs/alerts/escalation';
import { openedSubmissionView, type StoredSubmission } from '../../../dialogs/forms/export/mySubmissions';
import { historyLine } from '../../../dialogs/records/historyLine';
import { leadEventsOf, sharedNotesOf, statusOf, type LeadEvent } from '../../../dialogs/records/leadEvents';
import { reviewView } from '../../../dialogs/records/recordViews';
import { say } from '../../../cards/fragments';
import { strictT } from '../../support/i18n';

/**
 * Issue 11: an escalation in the record's history ("Your work on this record"), by when, after what
 * wait and to which role, never a person; not a step of the people's work (the status stays where it
 * was), and never shown to the reporter, who sees the status and the notes shared with them only.
 */

const REFERENCE = 'CSE-AAAA-0011';
const SUBMITTED = new Date('2031-03-06T09:00:00Z');

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const stored = (kind: string, at: Date, details: unknown, eventKey = `escalation-${String((details as { afterMinutes?: number }).afterMinutes)}`) => ({ eventKey, kind, at, details });
const lineOf = (event: LeadEvent) => say(t, historyLine(event));

describe('the history line of an escalation', () => {
  it.each([
    [120, ['fictional-school/deputyLead'], 'Escalated to the deputy safeguarding lead after 2 hours without acknowledgement.'],
    [240, ['fizzlewick-mash/boroughContact'], 'Escalated to the borough’s MASH or CSE contact after 4 hours without acknowledgement.'],
    [90, ['fictional-school/deputyLead', 'fizzlewick-mash/boroughContact'], 'Escalated to the deputy safeguarding lead and the borough’s MASH or CSE contact after 90 minutes without acknowledgement.'],
    [60, ['a-school/deputyLead', 'b-mash/boroughContact', 'c-mase/maseCoordinator'], 'Escalated to the deputy safeguarding lead, the borough’s MASH or CSE contact and the MASE coordinator after 1 hour without acknowledgement.'],
    // The same role in two settings is named once: the history names roles, not settings or people.
    [120, ['a-school/deputyLead', 'b-school/deputyLead'], 'Escalated to the deputy safeguarding lead after 2 hours without acknowledgement.'],
    // Recorded before the roles were kept, or with none this version can read.
    [120, undefined, 'Escalated to the next contact after 2 hours without acknowledgement.'],
    [120, ['not-a-route-key', 'a-school/member'], 'Escalated to the next contact after 2 hours without acknowledgement.'],
  ])('after %i minutes to %j: %s', (afterMinutes, to, expected) => {
    const [event] = leadEventsOf([stored('escalated', SUBMITTED, to === undefined ? { afterMinutes } : { afterMinutes, to })]);
    if (event === undefined) throw new Error('the escalation was not read');
    expect(lineOf(event)).toBe(expected);
  });

  it('an escalation not needed is no event of the history', () => {
    expect(leadEventsOf([stored('escalationNotNeeded', SUBMITTED, { afterMinutes: 120, to: ['a-school/deputyLead'] })])).toEqual([]);
  });
});

describe('in the record', () => {
  const events = leadEventsOf([
    stored('escalated', new Date('2031-03-06T11:00:00Z'), { afterMinutes: 120, to: ['quirkfield-academy/deputyLead'] }),
    stored('escalated', new Date('2031-03-06T13:00:00Z'), { afterMinutes: 240, to: ['fizzlewick-mash/boroughContact'] }),
  ]);

  it('leaves the record new: escalating is not acknowledging, so each later step still goes and Acknowledge is offered', () => {
    expect(statusOf(events)).toBe('new');
    expect(escalationNow(events.map((e) => ({ eventKey: e.key, kind: e.kind, at: e.at, details: e.details })))).toBe('escalated');
    const view = reviewView(REFERENCE, 'Concern record', events, []);
    expect(view.status).toEqual({ key: 'records:status.new' });
    expect(view.work.map((a) => a.label.key)).toContain('records:actions.acknowledge');
  });

  it('the review lists each step, oldest first, with when it happened', () => {
    const acknowledged = [...events, ...leadEventsOf([stored('acknowledged', new Date('2031-03-06T13:30:00Z'), {}, 'acknowledge')])];
    const view = reviewView(REFERENCE, 'Concern record', acknowledged, []);
    expect(view.history.map((h) => [new Date(h.at).toISOString(), say(t, h.line)])).toEqual([
      ['2031-03-06T11:00:00.000Z', 'Escalated to the deputy safeguarding lead after 2 hours without acknowledgement.'],
      ['2031-03-06T13:00:00.000Z', 'Escalated to the borough’s MASH or CSE contact after 4 hours without acknowledgement.'],
      ['2031-03-06T13:30:00.000Z', 'Acknowledged'],
    ]);
    const card = JSON.stringify(renderView(view, t));
    expect(card).toContain('Escalated to the deputy safeguarding lead after 2 hours without acknowledgement.');
    expect(card).toContain('6 Mar 2031');
  });

  it('the reporter sees neither the escalation nor anything else of the work: only the status', () => {
    expect(sharedNotesOf(events)).toEqual([]);
    const mine: StoredSubmission = { reference: REFERENCE, kind: 'form.concernRecord', payload: {}, createdAt: SUBMITTED, status: { status: statusOf(events), toLead: true }, own: true, sharedNotes: sharedNotesOf(events) };
    const document = { exportVersion: 1, formId: 'form.concernRecord', formVersion: 1, title: 'Concern record', reference: REFERENCE, submittedAt: '6 March 2031', sections: [], notes: [], source: 'Appendix C' };
    const [view] = openedSubmissionView({ submissions: { listed: [], opened: mine }, documents: { of: () => document, text: () => '' } }, []);
    if (view === undefined) throw new Error('no view');
    const card = JSON.stringify(renderView(view, t));
    expect(card).toContain('Sent to your safeguarding lead: not yet acknowledged');
    expect(card).not.toContain('Escalated');
    expect(card).not.toContain('deputy');
  });
});
