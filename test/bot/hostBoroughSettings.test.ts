import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../bot/config';
import { alertsOfSubmission } from '../../bot/alerts/alertsOfSubmission';
import { loadSettings } from '../../bot/settings/loadSettings';
import { FORM_DEFINITIONS } from '../../dialogs/forms';
import { routeAnswersOf } from '../../dialogs/forms/routeAnswers';

/**
 * The host borough (issue 11): each borough's MASE named in the settings file by its `borough`, checked at
 * start; the out-of-borough notification routed at submit to the MASE of the borough chosen, and to the
 * route's fallback when the host is another local authority.
 */

const dir = mkdtempSync(join(tmpdir(), 'cse-host-borough-'));
let written = 0;
function fileWith(value: unknown): string {
  const path = join(dir, `settings-${(written += 1)}.json`);
  writeFileSync(path, JSON.stringify(value));
  return path;
}
function problemsOf(value: unknown): string[] {
  try {
    loadSettings(fileWith(value));
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const HOST_ROUTE = { role: 'maseCoordinator', setting: 'hostBorough', fallback: { role: 'maseCoordinator', setting: 'fizzlewick-mase' } };
const mash = (route: unknown = HOST_ROUTE, form = 'form.outOfBoroughNotification') => ({
  id: 'fizzlewick-mash',
  kind: 'mash',
  displayName: 'Fizzlewick MASH (fictional)',
  members: [{ objectId: id(1) }],
  routes: { [form]: [route] },
});
const mase = (settingId: string, borough: string | undefined, coordinator: number, extra: Record<string, unknown> = {}) => ({
  id: settingId,
  kind: 'mase',
  displayName: `${settingId} (fictional)`,
  ...(borough === undefined ? {} : { borough }),
  maseCoordinators: [{ objectId: id(coordinator) }],
  ...extra,
});
const deployment = (...settings: unknown[]) => ({ version: 1, settings });
const GOOD = deployment(mash(), mase('fizzlewick-mase', 'Fizzlewick', 2), mase('wobblebury-mase', 'Wobblebury', 3));

describe('the boroughs in the settings file', () => {
  it('a deployment naming each borough’s MASE loads, and lists the boroughs in the file’s order', () => {
    expect(problemsOf(GOOD)).toEqual([]);
    expect(loadSettings(fileWith(GOOD)).boroughs).toEqual(['Fizzlewick', 'Wobblebury']);
  });

  it.each([
    ['a borough named twice (without regard to case or spaces)', deployment(mash(), mase('fizzlewick-mase', 'Fizzlewick', 2), mase('other-mase', 'FIZZLEWICK', 3)), 'settings.2.borough: the borough is already named by settings.1'],
    ['an empty name', deployment(mash(), mase('fizzlewick-mase', '', 2)), 'settings.1.borough: a borough'],
    ['a name of spaces', deployment(mash(), mase('fizzlewick-mase', '   ', 2)), 'settings.1.borough: a borough'],
    ['a name not starting with a capital', deployment(mash(), mase('fizzlewick-mase', 'fizzlewick', 2)), 'settings.1.borough: a borough'],
    ['a name with two spaces together', deployment(mash(), mase('fizzlewick-mase', 'Fizzle  Wick', 2)), 'settings.1.borough: one space between words'],
    ['a borough on a school', deployment(mash(), mase('fizzlewick-mase', 'Fizzlewick', 2), { id: 'quirkfield-academy', kind: 'school', displayName: 'Quirkfield (fictional)', borough: 'Quirkfield', leads: [{ objectId: id(5) }] }), 'settings.2.borough: only a borough'],
    ['a host-borough route without a fallback', deployment(mash({ role: 'maseCoordinator', setting: 'hostBorough' }), mase('fizzlewick-mase', 'Fizzlewick', 2)), 'settings.0.routes.form.outOfBoroughNotification.0.fallback: a route to "hostBorough" needs a fallback'],
    ['a fallback on a route to a named setting', deployment(mash({ role: 'maseCoordinator', setting: 'fizzlewick-mase', fallback: { role: 'maseCoordinator' } }), mase('fizzlewick-mase', 'Fizzlewick', 2)), 'fallback is only for a route to "hostBorough"'],
    ['a host-borough route for a form that asks no host borough', deployment(mash(HOST_ROUTE, 'form.concernRecord'), mase('fizzlewick-mase', 'Fizzlewick', 2)), 'settings.0.routes.form.concernRecord.0: form.concernRecord asks no host borough'],
    ['a host-borough route when no setting names a borough', deployment(mash(), mase('fizzlewick-mase', undefined, 2)), 'no setting names its "borough"'],
    ['a borough whose setting nobody coordinates', deployment(mash(), mase('fizzlewick-mase', 'Fizzlewick', 2), { id: 'wobblebury-mash', kind: 'mash', displayName: 'Wobblebury MASH (fictional)', borough: 'Wobblebury', leads: [{ objectId: id(6) }] }), 'nobody holds the role maseCoordinator in "wobblebury-mash", a borough\'s setting'],
    ['a fallback to a setting that does not exist', deployment(mash({ ...HOST_ROUTE, fallback: { role: 'maseCoordinator', setting: 'nowhere-mase' } }), mase('fizzlewick-mase', 'Fizzlewick', 2)), 'fallback: no setting has the id "nowhere-mase"'],
  ])('%s stops the start, naming where', (_case, file, fragment) => {
    const problems = problemsOf(file);
    expect(problems.some((p) => p.includes(fragment))).toBe(true);
  });

  it('never echoes a borough’s name in its message', () => {
    const problems = problemsOf(deployment(mash(), mase('fizzlewick-mase', 'Fizzlewick', 2), mase('other-mase', 'Fizzlewick', 3)));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).not.toContain('Fizzlewick');
  });
});

describe('routing at submit (recipientsOf and the alerts)', () => {
  const directory = loadSettings(fileWith(GOOD));
  const socialWorker = directory.holdsOf(id(1));
  const answersOf = routeAnswersOf(FORM_DEFINITIONS);
  const payload = (answers: Record<string, string>) => ({ formId: 'form.outOfBoroughNotification', answers });

  it.each([
    ['a listed borough: that borough’s MASE', { hostBorough: 'Wobblebury' }, 'wobblebury-mase'],
    ['the social worker’s own borough, when it is the host', { hostBorough: 'Fizzlewick' }, 'fizzlewick-mase'],
    ['another local authority: the fallback', { hostBorough: 'another', hostAuthority: 'Imaginary County Council' }, 'fizzlewick-mase'],
    ['a borough no longer listed (the settings changed while the form was open): the fallback', { hostBorough: 'Bramblewick' }, 'fizzlewick-mase'],
    ['a record without a host borough: the fallback', {}, 'fizzlewick-mase'],
  ])('%s', (_case, answers, settingId) => {
    const routed = directory.recipientsOf('form.outOfBoroughNotification', socialWorker, answersOf('form.outOfBoroughNotification', payload(answers)));
    expect(routed).toEqual([{ settingId, role: 'maseCoordinator' }]);
  });

  it('alerts the chosen borough’s MASE coordinator, and only them', () => {
    const alerts = alertsOfSubmission(directory, { escalateAfterMinutes: 120 });
    const sent = alerts({ kind: 'form.outOfBoroughNotification', idempotencyKey: 'instance-1' }, { actor: { kind: 'person', ownerKey: 'owner', holds: socialWorker }, objectId: id(1) }, new Date('2026-12-04T10:00:00Z'), { hostBorough: 'Wobblebury' });
    expect(sent.map((a) => a.recipientObjectId)).toEqual([id(3)]);
  });

  it('reads the answer only from a form that asks a host borough', () => {
    expect(answersOf('form.concernRecord', { answers: { hostBorough: 'Wobblebury' } })).toEqual({});
    expect(answersOf('form.outOfBoroughNotification', 'not a payload')).toEqual({});
  });
});
