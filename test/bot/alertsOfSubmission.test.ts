import { alertIdOf, alertsOfSubmission, escalationAlertIdOf } from '../../bot/alerts/alertsOfSubmission';
import { loadSettings } from '../../bot/settings/loadSettings';
import { settingsDirectory } from '../../bot/settings/settingsDirectory';
import type { Actor } from '../../dialogs/access/access.schema';

/**
 * The alerts a submission owes, from the fictional example settings: the lead's at once, and the
 * escalation to the deputy lead after the route's wait; nobody twice, never the submitter, and no
 * escalation of a route the submitter is on.
 */

const example = loadSettings('docs/settings.example.json');
const T0 = new Date('2031-03-04T09:00:00.000Z');
const submission = { kind: 'form.concernRecord', idempotencyKey: 'form-instance-fictional-1' };
const person = (name: string): { actor: Actor; objectId: string } => {
  const objectId = example.personNamed(name) ?? '';
  return { actor: { kind: 'person', ownerKey: `owner-${name}`, holds: example.holdsOf(objectId) }, objectId };
};
const LEAD = '00000000-0000-4000-8000-0000000000a2';
const DEPUTY = '00000000-0000-4000-8000-0000000000a4';

it('owes the lead an alert now and the deputy lead an escalation after 120 minutes', () => {
  const alerts = alertsOfSubmission(example, { escalateAfterMinutes: 45 })(submission, person('quirkfield-teacher'), T0);
  expect(alerts).toEqual([
    { alertId: alertIdOf(submission.idempotencyKey, LEAD), idempotencyKey: submission.idempotencyKey, recipientObjectId: LEAD, formKind: 'form.concernRecord', createdAt: T0 },
    {
      alertId: escalationAlertIdOf(submission.idempotencyKey, DEPUTY),
      idempotencyKey: submission.idempotencyKey,
      recipientObjectId: DEPUTY,
      formKind: 'form.concernRecord',
      createdAt: T0,
      escalation: { afterMinutes: 120, to: ['quirkfield-academy/deputyLead'] },
    },
  ]);
  // The escalation's id is never the alert id of the same person.
  expect(escalationAlertIdOf(submission.idempotencyKey, DEPUTY)).not.toBe(alertIdOf(submission.idempotencyKey, DEPUTY));
});

/** The example settings, changed by `change` (a deep copy: the example itself is left as it is). */
function exampleWith(change: (school: NonNullable<ReturnType<typeof schoolOf>>) => void) {
  const file = structuredClone(example.file);
  const school = schoolOf(file);
  if (school === undefined) throw new Error('the example has the school');
  change(school);
  return settingsDirectory(file);
}
const schoolOf = (file: typeof example.file) => file.settings.find((s) => s.id === 'quirkfield-academy');

it('takes the deployment’s default wait for a route that names none', () => {
  const directory = exampleWith((school) => {
    const route = school.routes['form.concernRecord']?.[0];
    if (route !== undefined) delete route.escalateAfterMinutes;
  });
  const alerts = alertsOfSubmission(directory, { escalateAfterMinutes: 45 })(submission, person('quirkfield-teacher'), T0);
  expect(alerts.map((a) => [a.recipientObjectId, a.escalation])).toEqual([
    [LEAD, undefined],
    [DEPUTY, { afterMinutes: 45, to: ['quirkfield-academy/deputyLead'] }],
  ]);
});

it('does not escalate a record its lead submitted, nor escalate to its submitter or to someone alerted already', () => {
  expect(alertsOfSubmission(example, { escalateAfterMinutes: 120 })(submission, person('quirkfield-dsl'), T0)).toEqual([]);
  // The deputy, also a member of the school, submits: the lead is alerted, and nobody is escalated to.
  const deputyAlsoMember = exampleWith((school) => school.members.push({ objectId: DEPUTY }));
  const deputy = { actor: { kind: 'person' as const, ownerKey: 'owner-deputy', holds: deputyAlsoMember.holdsOf(DEPUTY) }, objectId: DEPUTY };
  expect(alertsOfSubmission(deputyAlsoMember, { escalateAfterMinutes: 120 })(submission, deputy, T0).map((a) => [a.recipientObjectId, a.escalation])).toEqual([[LEAD, undefined]]);
  // A lead who is also the deputy is alerted once, as the lead.
  const leadAlsoDeputy = exampleWith((school) => school.deputyLeads.push({ objectId: LEAD }));
  expect(alertsOfSubmission(leadAlsoDeputy, { escalateAfterMinutes: 120 })(submission, person('quirkfield-teacher'), T0).map((a) => [a.recipientObjectId, a.escalation?.afterMinutes])).toEqual([
    [LEAD, undefined],
    [DEPUTY, 120],
  ]);
});

it('owes nothing for a submitter the assistant cannot identify', () => {
  expect(alertsOfSubmission(example, { escalateAfterMinutes: 120 })(submission, { actor: { kind: 'unidentified', why: 'tenantNotAllowed' }, objectId: undefined }, T0)).toEqual([]);
});

describe('a chain of escalations', () => {
  const BOROUGH_CONTACT = '00000000-0000-4000-8000-0000000000c3';
  const chain = (steps: Array<{ to: Array<{ role: 'deputyLead' | 'boroughContact' | 'lead'; setting?: string }>; afterMinutes: number }>) =>
    exampleWith((school) => {
      const route = school.routes['form.concernRecord']?.[0];
      if (route === undefined) throw new Error('the example routes concern records');
      delete route.escalateTo;
      delete route.escalateAfterMinutes;
      route.escalation = steps;
    });

  it('owes each step’s contacts an escalation at that step’s wait, routing to that step’s roles', () => {
    const directory = chain([
      { to: [{ role: 'deputyLead' }], afterMinutes: 120 },
      { to: [{ role: 'boroughContact', setting: 'fizzlewick-mash' }], afterMinutes: 240 },
    ]);
    const alerts = alertsOfSubmission(directory, { escalateAfterMinutes: 45 })(submission, person('quirkfield-teacher'), T0);
    expect(alerts.map((a) => [a.alertId, a.recipientObjectId, a.escalation])).toEqual([
      [alertIdOf(submission.idempotencyKey, LEAD), LEAD, undefined],
      [escalationAlertIdOf(submission.idempotencyKey, DEPUTY), DEPUTY, { afterMinutes: 120, to: ['quirkfield-academy/deputyLead'] }],
      [escalationAlertIdOf(submission.idempotencyKey, BOROUGH_CONTACT), BOROUGH_CONTACT, { afterMinutes: 240, to: ['fizzlewick-mash/boroughContact'] }],
    ]);
  });

  it('alerts someone in two steps once, at the first; and names every role of a wait in each of its alerts', () => {
    const twice = chain([
      { to: [{ role: 'deputyLead' }, { role: 'boroughContact', setting: 'fizzlewick-mash' }], afterMinutes: 60 },
      { to: [{ role: 'boroughContact', setting: 'fizzlewick-mash' }], afterMinutes: 240 },
    ]);
    expect(alertsOfSubmission(twice, { escalateAfterMinutes: 45 })(submission, person('quirkfield-teacher'), T0).map((a) => [a.recipientObjectId, a.escalation])).toEqual([
      [LEAD, undefined],
      [DEPUTY, { afterMinutes: 60, to: ['fizzlewick-mash/boroughContact', 'quirkfield-academy/deputyLead'] }],
      [BOROUGH_CONTACT, { afterMinutes: 60, to: ['fizzlewick-mash/boroughContact', 'quirkfield-academy/deputyLead'] }],
    ]);
  });

  it('does not escalate, at any step, a record its lead submitted', () => {
    const directory = chain([
      { to: [{ role: 'deputyLead' }], afterMinutes: 120 },
      { to: [{ role: 'boroughContact', setting: 'fizzlewick-mash' }], afterMinutes: 240 },
    ]);
    expect(alertsOfSubmission(directory, { escalateAfterMinutes: 45 })(submission, person('quirkfield-dsl'), T0)).toEqual([]);
  });
});
