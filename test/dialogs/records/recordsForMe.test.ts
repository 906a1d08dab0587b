import type { StoredSubmission } from '../../../dialogs/forms/export/mySubmissions';
import { statusOf, type LeadEvent } from '../../../dialogs/records/leadEvents';
import { recordsForMeView } from '../../../dialogs/records/recordViews';
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
    const view = recordsForMeView(deps, [record('CSE-AAAA-0001', 'new'), record('CSE-AAAA-0002', 'inProgress'), record('CSE-AAAA-0003', 'acknowledged'), record('CSE-AAAA-0004', 'closed')], undefined, false, []);
    expect(view.groups.map((g) => [g.heading.key, g.items.map((i) => i.reference)])).toEqual([
      ['records:forMe.groups.overdue', ['CSE-AAAA-0002']],
      ['records:forMe.groups.new', ['CSE-AAAA-0001']],
      ['records:forMe.groups.acknowledged', ['CSE-AAAA-0003']],
      ['records:forMe.groups.inProgress', []],
      ['records:forMe.groups.closed', ['CSE-AAAA-0004']],
    ]);
  });

  it('offers a filter per form when there are several, and the whole list back when filtered', () => {
    const mixed = recordsForMeView(deps, [record('CSE-AAAA-0001', 'new'), record('CSE-AAAA-0005', 'new', 'form.returnHomeInterview')], undefined, false, []);
    expect(mixed.filters.map((f) => f.data)).toEqual([
      { event: 'records.forMeRequested', form: 'form.concernRecord' },
      { event: 'records.forMeRequested', form: 'form.returnHomeInterview' },
    ]);
    const filtered = recordsForMeView(deps, [record('CSE-AAAA-0001', 'new')], 'form.concernRecord', true, []);
    expect(filtered.filters.map((f) => f.data)).toEqual([{ event: 'records.forMeRequested' }]);
    expect(filtered.filter).toBeDefined();
    expect(filtered.more).toEqual({ key: 'records:forMe.more' });
  });
});
