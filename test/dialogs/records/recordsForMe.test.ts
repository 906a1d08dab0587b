import type { StoredSubmission } from '../../../dialogs/forms/export/mySubmissions';
import { statusOf, type LeadEvent } from '../../../dialogs/records/leadEvents';
import { recordsForMeView } from '../../../dialogs/records/recordViews';
import { isDueWithin24Hours, isOverdue, matchesDue } from '../../../dialogs/records/dueFilter';
import { recordsNeeded } from '../../../dialogs/records/leadJourney';
import { domainEventSchema } from '../../../dialogs/events.schema';
import { catalogue } from '../../support/catalogue';

/** Where a record stands, derived from its events; and Records for me: overdue deadlines first, then by status. */

const NOW = new Date('2031-03-06T12:00:00Z');
const event = (kind: LeadEvent['kind']): Pick<LeadEvent, 'kind'> => ({ kind });

describe('statusOf', () => {
  it.each([
    [[], 'new'],
    [[event('acknowledged')], 'acknowledged'],
    [[event('actionAdded')], 'inProgress'],
    [[event('acknowledged'), event('decided')], 'inProgress'],
    [[event('acknowledged'), event('actionAdded'), event('closed')], 'closed'],
    [[event('closed'), event('acknowledged')], 'closed'],
  ] as const)('%j is %s', (events, status) => {
    expect(statusOf(events)).toBe(status);
  });
});

describe('Records for me', () => {
  const record = (reference: string, status: NonNullable<StoredSubmission['status']>['status'], kind = 'form.concernRecord'): StoredSubmission => ({
    reference,
    kind,
    payload: {},
    createdAt: NOW,
    status: { status, toLead: true },
  });
  const dueIn = (hours: number) => [{ line: { key: 'forms:deadline.unknown' }, due: new Date(NOW.getTime() + hours * 3_600_000) }];
  const deadlines: Record<string, ReturnType<typeof dueIn>> = { 'CSE-AAAA-0002': dueIn(-1), 'CSE-AAAA-0003': dueIn(5), 'CSE-AAAA-0004': dueIn(-10) };
  const deps = { now: NOW, catalogue, documents: { of: () => undefined, text: () => '', deadlines: (s: StoredSubmission) => deadlines[s.reference] ?? [] } };

  it('puts overdue records first, then groups the rest new, acknowledged, in progress, closed; a closed record is never overdue', () => {
    const view = recordsForMeView(deps, { items: [record('CSE-AAAA-0001', 'new'), record('CSE-AAAA-0002', 'inProgress'), record('CSE-AAAA-0003', 'acknowledged'), record('CSE-AAAA-0004', 'closed')], more: false }, []);
    expect(view.groups.map((g) => [g.heading.key, g.items.map((i) => i.reference)])).toEqual([
      ['records:forMe.groups.overdue', ['CSE-AAAA-0002']],
      ['records:forMe.groups.new', ['CSE-AAAA-0001']],
      ['records:forMe.groups.acknowledged', ['CSE-AAAA-0003']],
      ['records:forMe.groups.inProgress', []],
      ['records:forMe.groups.closed', ['CSE-AAAA-0004']],
    ]);
  });

  it('offers a filter per form when there are several, and the whole list back when filtered', () => {
    const mixed = recordsForMeView(deps, { items: [record('CSE-AAAA-0001', 'new'), record('CSE-AAAA-0005', 'new', 'form.returnHomeInterview')], more: false }, []);
    expect(mixed.filters.map((f) => f.data)).toEqual([
      { event: 'records.forMeRequested', form: 'form.concernRecord' },
      { event: 'records.forMeRequested', form: 'form.returnHomeInterview' },
    ]);
    const filtered = recordsForMeView(deps, { items: [record('CSE-AAAA-0001', 'new')], form: 'form.concernRecord', more: true }, []);
    expect(filtered.filters.map((f) => f.data)).toEqual([{ event: 'records.forMeRequested' }]);
    expect(filtered.filter).toBeDefined();
    expect(filtered.more).toEqual({ key: 'records:forMe.more' });
  });
});

describe('Records for me by deadline', () => {
  const record = (reference: string, status: NonNullable<StoredSubmission['status']>['status']): StoredSubmission => ({ reference, kind: 'form.outOfBoroughNotification', payload: {}, createdAt: NOW, status: { status, toLead: true } });
  const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000);

  it.each([
    ['a deadline passed a minute ago', [{ due: hours(-1 / 60) }], 'inProgress', true, false],
    ['a deadline now', [{ due: NOW }], 'new', false, true],
    ['one in 23 hours 59 minutes', [{ due: hours(24 - 1 / 60) }], 'acknowledged', false, true],
    ['one in exactly 24 hours', [{ due: hours(24) }], 'new', false, false],
    ['one passed and one in 5 hours', [{ due: hours(-2) }, { due: hours(5) }], 'new', true, true],
    ['a deadline not worked out (its answer not given)', [{}], 'new', false, false],
    ['a closed record with a deadline passed', [{ due: hours(-2) }], 'closed', false, false],
    ['a closed record with one in 5 hours', [{ due: hours(5) }], 'closed', false, false],
  ] as const)('%s: overdue %s, due in the next 24 hours %s', (_name, deadlines, status, overdue, soon) => {
    expect(isOverdue(deadlines, status, NOW)).toBe(overdue);
    expect(isDueWithin24Hours(deadlines, status, NOW)).toBe(soon);
    expect(matchesDue('overdue', deadlines, status, NOW)).toBe(overdue);
    expect(matchesDue('dueWithin24Hours', deadlines, status, NOW)).toBe(soon);
  });

  const deps = { now: NOW, catalogue, documents: { of: () => undefined, text: () => '', deadlines: () => [{ line: { key: 'forms:deadline.unknown' }, due: hours(-1) }] } };

  it('offers both deadline filters on the whole list, in the card\'s own row, and none once filtered', () => {
    const whole = recordsForMeView(deps, { items: [record('CSE-AAAA-0001', 'new')], more: false }, []);
    expect(whole.actions.map((a) => a.data)).toEqual([
      { event: 'records.forMeRequested', due: 'overdue' },
      { event: 'records.forMeRequested', due: 'dueWithin24Hours' },
    ]);
    const overdue = recordsForMeView(deps, { items: [record('CSE-AAAA-0001', 'new')], due: 'overdue', more: false }, []);
    expect(overdue.actions).toEqual([]);
    expect(overdue.filters.map((f) => f.data)).toEqual([{ event: 'records.forMeRequested' }]);
    expect(overdue.filter).toEqual({ key: 'records:forMe.filteredDue.overdue' });
    expect(overdue.groups.map((g) => [g.heading.key, g.items.map((i) => i.reference)])).toEqual([['records:forMe.groups.overdue', ['CSE-AAAA-0001']]]);
  });

  it('says when nothing matches, and when not every record was looked through', () => {
    const none = recordsForMeView(deps, { items: [], due: 'dueWithin24Hours', more: true }, []);
    expect(none.groups).toEqual([{ heading: { key: 'records:forMe.groups.dueWithin24Hours' }, items: [] }]);
    expect(none.filter).toEqual({ key: 'records:forMe.filteredDue.dueWithin24Hours' });
    expect(none.more).toEqual({ key: 'records:forMe.moreSearched' });
    expect(recordsForMeView(deps, { items: [], due: 'overdue', more: false }, []).groups).toEqual([{ heading: { key: 'records:forMe.groups.overdue' }, items: [] }]);
  });

  it('an event asking for a deadline filter is what the runner loads', () => {
    expect(recordsNeeded({ event: 'records.forMeRequested', due: 'overdue' })).toEqual({ kind: 'forMe', due: 'overdue' });
    expect(recordsNeeded({ event: 'records.forMeRequested' })).toEqual({ kind: 'forMe' });
    expect(domainEventSchema.safeParse({ event: 'records.forMeRequested', due: 'whenever' }).success).toBe(false);
  });
});
