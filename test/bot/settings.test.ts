import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../bot/config';
import { groupSnapshot } from '../../bot/settings/groupSnapshot';
import { graphGroupIdsOf, loadSettings } from '../../bot/settings/loadSettings';
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

/** The school's concern records escalating in a chain: to its deputy lead, then to Fizzlewick MASH's borough contact. */
const MASH = { id: 'fizzlewick-mash', kind: 'mash', displayName: 'Fizzlewick MASH (fictional)', boroughContacts: [{ objectId: id(7) }] };
const chained = (escalation: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 1,
  settings: [school({ deputyLeads: [{ objectId: id(4) }], routes: { 'form.concernRecord': [{ role: 'lead', escalation, ...extra }] } }), MASH],
});
const TWO_STEPS = [
  { to: [{ role: 'deputyLead' }], afterMinutes: 120 },
  { to: [{ role: 'boroughContact', setting: 'fizzlewick-mash' }], afterMinutes: 240 },
];

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

describe('a chain of escalations (escalation: steps, each after its own wait from the submit)', () => {
  it('gives each step as an escalation of the route, in order, with its own wait', () => {
    const directory = loadSettings(fileWith(chained(TWO_STEPS)));
    const lead = { settingId: 'quirkfield-academy', role: 'lead' };
    expect(directory.escalationsOf('form.concernRecord', directory.holdsOf(id(1)))).toEqual([
      { route: lead, to: [{ settingId: 'quirkfield-academy', role: 'deputyLead' }], afterMinutes: 120 },
      { route: lead, to: [{ settingId: 'fizzlewick-mash', role: 'boroughContact' }], afterMinutes: 240 },
    ]);
    // Neither step is routing: a new record goes to the lead alone.
    expect(directory.recipientsOf('form.concernRecord', directory.holdsOf(id(1)))).toEqual([lead]);
  });

  it('keeps the one-step spelling (escalateTo) valid beside it, in the same file', () => {
    const file = chained(TWO_STEPS);
    const other = school({ id: 'brambleworth-primary', displayName: 'Brambleworth Primary (fictional)', members: [{ objectId: id(11) }], leads: [{ objectId: id(12) }], deputyLeads: [{ objectId: id(14) }], routes: { 'form.concernRecord': [{ role: 'lead', escalateTo: [{ role: 'deputyLead' }], escalateAfterMinutes: 60 }] } });
    const directory = loadSettings(fileWith({ ...file, settings: [...file.settings, other] }));
    expect(directory.escalationsOf('form.concernRecord', directory.holdsOf(id(11)))).toEqual([
      { route: { settingId: 'brambleworth-primary', role: 'lead' }, to: [{ settingId: 'brambleworth-primary', role: 'deputyLead' }], afterMinutes: 60 },
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
    ['a group not listed in the file', { version: 1, settings: [school({ members: [{ groupId: id(9) }] })] }, [`settings.0.members.0: group ${id(9)} is not listed in "groups": list its members there, or set GRAPH_GROUPS=on (with the app's id, secret and tenant) to read them from Microsoft Graph`]],
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
    ['a chain whose waits do not increase', chained([TWO_STEPS[0], { ...TWO_STEPS[1], afterMinutes: 120 }]), ["settings.0.routes.form.concernRecord.0.escalation.1.afterMinutes: waits longer than the step before (120 minutes)"]],
    ['a chain whose waits go back', chained([{ ...TWO_STEPS[0], afterMinutes: 300 }, TWO_STEPS[1]]), ['settings.0.routes.form.concernRecord.0.escalation.1.afterMinutes: waits longer than the step before (300 minutes)']],
    ['a chain and the one-step spelling on one route', chained(TWO_STEPS, { escalateTo: [{ role: 'deputyLead' }] }), ['settings.0.routes.form.concernRecord.0.escalation: name either escalation (the steps of a chain) or escalateTo']],
    ['a chain with a one-step wait beside it', chained(TWO_STEPS, { escalateAfterMinutes: 60 }), ['settings.0.routes.form.concernRecord.0.escalation: name either escalation']],
    ['a chain of no steps', chained([]), ['settings.0.routes.form.concernRecord.0.escalation: Too small']],
    ['a step to nobody', chained([{ to: [], afterMinutes: 120 }]), ['settings.0.routes.form.concernRecord.0.escalation.0.to: Too small']],
    ['a step without its wait', chained([{ to: [{ role: 'deputyLead' }] }]), ['settings.0.routes.form.concernRecord.0.escalation.0.afterMinutes']],
    ['a step of part of a minute', chained([{ to: [{ role: 'deputyLead' }], afterMinutes: 90.5 }]), ['settings.0.routes.form.concernRecord.0.escalation.0.afterMinutes: whole minutes']],
    ['a step longer than a week', chained([TWO_STEPS[0], { ...TWO_STEPS[1], afterMinutes: 10_081 }]), ['settings.0.routes.form.concernRecord.0.escalation.1.afterMinutes']],
    ['a step to an analyst', chained([TWO_STEPS[0], { to: [{ role: 'analyst' }], afterMinutes: 240 }]), ['settings.0.routes.form.concernRecord.0.escalation.1.to.0.role: a role that acts on a record']],
    ['a step that escalates further', chained([{ to: [{ role: 'deputyLead', escalation: [] }], afterMinutes: 120 }]), ['settings.0.routes.form.concernRecord.0.escalation.0.to.0: Unrecognized key: "escalation"']],
    ['a step to a setting that does not exist', chained([TWO_STEPS[0], { to: [{ role: 'boroughContact', setting: 'nowhere-mash' }], afterMinutes: 240 }]), ['settings.0.routes.form.concernRecord.0.escalation.1.to.0: no setting has the id "nowhere-mash", so an escalation would reach no one']],
    ['a step to a role nobody holds', chained([TWO_STEPS[0], { to: [{ role: 'maseCoordinator' }], afterMinutes: 240 }]), ['settings.0.routes.form.concernRecord.0.escalation.1.to.0: nobody holds the role maseCoordinator in "quirkfield-academy", so an escalation would reach no one']],
    ['a step to the route’s own role', chained([TWO_STEPS[0], { to: [{ role: 'lead' }], afterMinutes: 240 }]), ['settings.0.routes.form.concernRecord.0.escalation.1.to.0: escalates to the role the route already goes to']],
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

describe('groups read from Microsoft Graph (GRAPH_GROUPS=on)', () => {
  const TEAM = id(90);
  const LISTED = id(91);
  const file = () =>
    fileWith({
      version: 1,
      groups: [{ id: LISTED, displayName: 'Staff (fictional)', members: [{ objectId: id(1) }] }],
      settings: [school({ members: [{ groupId: LISTED }], leads: [{ groupId: TEAM.toUpperCase() }], deputyLeads: [{ groupId: TEAM }], routes: { 'form.concernRecord': [{ role: 'lead' }] } })],
    });

  it('accepts a group the file does not list, and names it as one to read from Graph (each once, lower-case)', () => {
    const directory = loadSettings(file(), groupSnapshot(60_000));
    expect(graphGroupIdsOf(directory.file)).toEqual([TEAM]);
  });

  it('gives its members, as last read, their roles and their alerts; before the first read, nobody', () => {
    let now = 0;
    const snapshot = groupSnapshot(60_000, () => now);
    const directory = loadSettings(file(), snapshot);
    const routed = directory.recipientsOf('form.concernRecord', directory.holdsOf(id(1)));
    expect(directory.holdsOf(id(5))).toEqual([]);
    expect(directory.peopleOf(routed)).toEqual([]);
    snapshot.replace(TEAM, new Set([id(5), id(6)]), now);
    expect(directory.holdsOf(id(5).toUpperCase())).toEqual([
      { settingId: 'quirkfield-academy', settingKind: 'school', role: 'lead' },
      { settingId: 'quirkfield-academy', settingKind: 'school', role: 'deputyLead' },
    ]);
    expect(directory.peopleOf(routed)).toEqual([id(5), id(6)]);
    // A group the file lists is never taken from Graph.
    snapshot.replace(LISTED, new Set([id(7)]), now);
    expect(directory.holdsOf(id(7))).toEqual([]);
    now = 60_001;
    expect(directory.holdsOf(id(5))).toEqual([]);
    expect(directory.peopleOf(routed)).toEqual([]);
  });

  it('still refuses an unlisted group when Graph is not on, saying how to turn it on', () => {
    expect(problemsOf(file()).join('\n')).toContain('is not listed in "groups": list its members there, or set GRAPH_GROUPS=on');
  });
});
