import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../bot/config';
import { loadSettings } from '../../bot/settings/loadSettings';
import { MATRIX_ROUTES, type MatrixForm } from '../support/accessMatrix';
import { SETTINGS_SCHEMA_FILE, settingsSchemaText } from '../../tools/settings-schema';

/** The settings file: checked at start with every problem named by where it is, and read for roles and routes. */

const EXAMPLE = 'docs/settings.example.json';
const dir = mkdtempSync(join(tmpdir(), 'cse-settings-'));
let written = 0;
function fileWith(value: unknown): string {
  const path = join(dir, `settings-${(written += 1)}.json`);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}
const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const school = (extra: Record<string, unknown> = {}) => ({ id: 'quirkfield-academy', kind: 'school', displayName: 'Quirkfield Academy (fictional)', members: [{ objectId: id(1) }], leads: [{ objectId: id(2) }], ...extra });

/** A school whose concern records go to its lead and escalate as given (it has a deputy lead). */
const escalating = (escalateTo: unknown[], escalateAfterMinutes?: number) => ({
  version: 1,
  settings: [school({ deputyLeads: [{ objectId: id(4) }], routes: { 'form.concernRecord': [{ role: 'lead', escalateTo, ...(escalateAfterMinutes === undefined ? {} : { escalateAfterMinutes }) }] } })],
});

function problemsOf(path: string): string[] {
  try {
    loadSettings(path);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

it('docs/settings.schema.json is the JSON Schema generated from the zod schema (run npm run docs:settings-schema)', () => {
  expect(readFileSync(SETTINGS_SCHEMA_FILE, 'utf8')).toBe(settingsSchemaText());
});

describe('the fictional example', () => {
  const example = loadSettings(EXAMPLE);

  it('loads, with every kind of setting the protocol names', () => {
    expect(example.file.settings.map((s) => s.kind).sort()).toEqual(['business', 'health', 'mase', 'mase', 'mash', 'police', 'school']);
  });

  it('gives each person their roles, a group’s members through the group', () => {
    expect(example.holdsOf('00000000-0000-4000-8000-0000000000a1')).toEqual([{ settingId: 'quirkfield-academy', settingKind: 'school', role: 'member' }]);
    expect(example.holdsOf('00000000-0000-4000-8000-0000000000A2')).toEqual([{ settingId: 'quirkfield-academy', settingKind: 'school', role: 'lead' }]);
    expect(example.holdsOf('00000000-0000-4000-8000-0000000000d2')).toEqual([{ settingId: 'fizzlewick-mase', settingKind: 'mase', role: 'analyst' }]);
    expect(example.holdsOf('00000000-0000-4000-8000-000000000999')).toEqual([]);
  });

  it.each([
    ['a concern record from the school', 'quirkfield-teacher', 'form.concernRecord', [{ settingId: 'quirkfield-academy', role: 'lead' }]],
    ['a MASE information form from the police', 'fizzlewick-officer', 'form.maseInformation', [{ settingId: 'fizzlewick-mase', role: 'maseCoordinator' }, { settingId: 'fizzlewick-mase', role: 'analyst' }]],
    ['a Makesafe report from the hotel', 'brambleworth-receptionist', 'form.makesafeReport', [{ settingId: 'fizzlewick-mash', role: 'boroughContact' }]],
    ['an out-of-borough notification from the MASH', 'fizzlewick-social-worker', 'form.outOfBoroughNotification', [{ settingId: 'fizzlewick-mase', role: 'maseCoordinator' }]],
    ['a return home interview record from the MASH', 'fizzlewick-social-worker', 'form.returnHomeInterview', [{ settingId: 'fizzlewick-mash', role: 'lead' }]],
    ['a police closing report from the police team', 'fizzlewick-officer', 'form.policeClosingReport', [{ settingId: 'fizzlewick-police-cse-team', role: 'lead' }]],
    ['a form the school routes nowhere', 'quirkfield-teacher', 'form.policeClosingReport', []],
  ])('routes %s', (_case, name, form, expected) => {
    const objectId = example.personNamed(name);
    expect(objectId).toBeDefined();
    const recipients = example.recipientsOf(form, example.holdsOf(objectId ?? ''));
    expect(recipients).toEqual(expected);
    // The authorisation matrix's records are routed as this file routes them.
    if (recipients.length > 0) expect(MATRIX_ROUTES[form as MatrixForm]).toEqual(recipients);
  });
});

describe('escalations (escalationsOf: who the next contact is, and after how long)', () => {
  const example = loadSettings(EXAMPLE);

  it('sends the school’s unacknowledged concern records to its deputy lead after 120 minutes, in the example', () => {
    const teacher = example.personNamed('quirkfield-teacher') ?? '';
    expect(example.escalationsOf('form.concernRecord', example.holdsOf(teacher))).toEqual([
      { route: { settingId: 'quirkfield-academy', role: 'lead' }, to: [{ settingId: 'quirkfield-academy', role: 'deputyLead' }], afterMinutes: 120 },
    ]);
    expect(example.holdsOf(example.personNamed('quirkfield-deputy-dsl') ?? '')).toEqual([{ settingId: 'quirkfield-academy', settingKind: 'school', role: 'deputyLead' }]);
    // Escalation is not routing: the deputy is not among a new record's recipients.
    expect(example.recipientsOf('form.concernRecord', example.holdsOf(teacher))).toEqual([{ settingId: 'quirkfield-academy', role: 'lead' }]);
    expect(example.escalationsOf('form.makesafeReport', example.holdsOf(example.personNamed('brambleworth-receptionist') ?? ''))).toEqual([]);
  });

  it('names another setting’s role, and leaves the wait to the deployment’s default when the route gives none', () => {
    const directory = loadSettings(
      fileWith({
        version: 1,
        settings: [
          school({ routes: { 'form.concernRecord': [{ role: 'lead', escalateTo: [{ role: 'boroughContact', setting: 'fizzlewick-mash' }] }] } }),
          { id: 'fizzlewick-mash', kind: 'mash', displayName: 'Fizzlewick MASH (fictional)', boroughContacts: [{ objectId: id(7) }] },
        ],
      }),
    );
    expect(directory.escalationsOf('form.concernRecord', directory.holdsOf(id(1)))).toEqual([
      { route: { settingId: 'quirkfield-academy', role: 'lead' }, to: [{ settingId: 'fizzlewick-mash', role: 'boroughContact' }], afterMinutes: undefined },
    ]);
  });
});

describe('a settings file that is wrong stops the start, naming where', () => {
  it.each([
    ['a file that is not there', join(dir, 'missing.json'), [`SETTINGS_FILE: cannot read ${join(dir, 'missing.json')}`]],
    ['text that is not JSON', '{"version": 1,', ['is not valid JSON']],
    ['no settings', { version: 1, settings: [] }, ['settings: Too small']],
    ['an object id that is not a GUID', { version: 1, settings: [school({ leads: [{ objectId: 'the head teacher' }] })] }, ['settings.0.leads.0']],
    ['an unknown kind of setting', { version: 1, settings: [school({ kind: 'nursery' })] }, ['settings.0.kind']],
    ['a route for a form that does not exist', { version: 1, settings: [school({ routes: { 'form.unknown': [{ role: 'lead' }] } })] }, ['settings.0.routes: Unrecognized key: "form.unknown"']],
    ['an unknown field (a typo)', { version: 1, settings: [school({ lead: [{ objectId: id(2) }] })] }, ['Unrecognized key: "lead"']],
    ['a repeated setting id', { version: 1, settings: [school(), school()] }, ['settings: the id "quirkfield-academy" is used more than once']],
    ['a group not listed in the file', { version: 1, settings: [school({ members: [{ groupId: id(9) }] })] }, [`settings.0.members.0: group ${id(9)} is not listed in "groups" (group membership is read from this file; it is not looked up in Microsoft Graph)`]],
    ['a route to a setting that does not exist', { version: 1, settings: [school({ routes: { 'form.concernRecord': [{ role: 'maseCoordinator', setting: 'nowhere-mase' }] } })] }, ['settings.0.routes.form.concernRecord.0: no setting has the id "nowhere-mase"']],
    ['a route to a role nobody holds', { version: 1, settings: [school({ routes: { 'form.concernRecord': [{ role: 'boroughContact' }] } })] }, ['settings.0.routes.form.concernRecord.0: nobody holds the role boroughContact in "quirkfield-academy", so this form would reach no one']],
    ['one name for two people', { version: 1, settings: [school({ members: [{ objectId: id(1), name: 'quirkfield-teacher' }], leads: [{ objectId: id(2), name: 'quirkfield-teacher' }] })] }, ['the name "quirkfield-teacher" is given to more than one object id']],
    ['an escalation to an analyst (who reads only, and could do nothing with it)', escalating([{ role: 'analyst' }]), ['settings.0.routes.form.concernRecord.0.escalateTo.0.role: a role that acts on a record']],
    ['an escalation to everyone in the setting', escalating([{ role: 'member' }]), ['settings.0.routes.form.concernRecord.0.escalateTo.0.role']],
    ['an escalation to nobody', escalating([]), ['settings.0.routes.form.concernRecord.0.escalateTo: Too small']],
    ['an escalation that escalates further', escalating([{ role: 'deputyLead', escalateTo: [{ role: 'lead' }] }]), ['settings.0.routes.form.concernRecord.0.escalateTo.0: Unrecognized key: "escalateTo"']],
    ['a wait of no minutes', escalating([{ role: 'deputyLead' }], 0), ['settings.0.routes.form.concernRecord.0.escalateAfterMinutes']],
    ['a wait of part of a minute', escalating([{ role: 'deputyLead' }], 1.5), ['settings.0.routes.form.concernRecord.0.escalateAfterMinutes: whole minutes']],
    ['a wait longer than a week', escalating([{ role: 'deputyLead' }], 10_081), ['settings.0.routes.form.concernRecord.0.escalateAfterMinutes']],
    ['a wait with nobody to escalate to', { version: 1, settings: [school({ routes: { 'form.concernRecord': [{ role: 'lead', escalateAfterMinutes: 60 }] } })] }, ['escalateAfterMinutes needs escalateTo']],
    ['an escalation to a setting that does not exist', escalating([{ role: 'boroughContact', setting: 'nowhere-mash' }]), ['settings.0.routes.form.concernRecord.0.escalateTo.0: no setting has the id "nowhere-mash", so an escalation would reach no one']],
    ['an escalation to a role nobody holds', escalating([{ role: 'maseCoordinator' }]), ['settings.0.routes.form.concernRecord.0.escalateTo.0: nobody holds the role maseCoordinator in "quirkfield-academy", so an escalation would reach no one']],
    ['an escalation to the route’s own role', escalating([{ role: 'lead', setting: 'quirkfield-academy' }]), ['settings.0.routes.form.concernRecord.0.escalateTo.0: escalates to the role the route already goes to']],
  ])('%s', (_case, content, expected) => {
    const path = typeof content === 'string' && content.startsWith('/') ? content : fileWith(content);
    const problems = problemsOf(path);
    for (const fragment of expected) expect(problems.some((p) => p.includes(fragment))).toBe(true);
  });

  it('never echoes a value from the file in its message', () => {
    const problems = problemsOf(fileWith({ version: 1, settings: [school({ displayName: 'x'.repeat(121), leads: [{ objectId: 'Fictional Head Teacher Ollerby' }] })] }));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).not.toContain('Ollerby');
  });
});

describe('the people a routed record reaches (peopleOf: who gets an alert)', () => {
  const example = loadSettings(EXAMPLE);

  it.each([
    ['the school lead', [{ settingId: 'quirkfield-academy', role: 'lead' as const }], ['00000000-0000-4000-8000-0000000000a2']],
    ['the MASE coordinator and analyst', [{ settingId: 'fizzlewick-mase', role: 'maseCoordinator' as const }, { settingId: 'fizzlewick-mase', role: 'analyst' as const }], ['00000000-0000-4000-8000-0000000000d1', '00000000-0000-4000-8000-0000000000d2']],
    ['the borough contact', [{ settingId: 'fizzlewick-mash', role: 'boroughContact' as const }], ['00000000-0000-4000-8000-0000000000c3']],
    ['a role nobody holds there', [{ settingId: 'quirkfield-academy', role: 'analyst' as const }], []],
    ['a setting that does not exist', [{ settingId: 'nowhere-mase', role: 'lead' as const }], []],
    ['nobody', [], []],
  ])('%s', (_case, recipients, expected) => {
    expect(example.peopleOf(recipients)).toEqual(expected);
  });

  it('expands a listed group to its members, lower-cases every id, and names each person once', () => {
    const directory = loadSettings(
      fileWith({
        version: 1,
        groups: [{ id: id(90), displayName: 'Safeguarding team (fictional)', members: [{ objectId: id(3) }, { objectId: id(2).toUpperCase() }] }],
        settings: [school({ leads: [{ objectId: id(2).toUpperCase() }, { groupId: id(90) }], routes: { 'form.concernRecord': [{ role: 'lead' }] } })],
      }),
    );
    const routed = directory.recipientsOf('form.concernRecord', directory.holdsOf(id(1)));
    expect(directory.peopleOf(routed)).toEqual([id(2), id(3)]);
    expect(directory.peopleOf([...routed, ...routed])).toEqual([id(2), id(3)]);
  });
});
