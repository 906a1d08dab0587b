import { readFileSync } from 'node:fs';
import { ConfigError } from '../config';
import { FORM_DEFINITIONS } from '../../dialogs/forms';
import { hostBoroughQuestionOf } from '../../dialogs/forms/routeAnswers';
import type { GroupMembers } from './groupSnapshot';
import { boroughKey, settingsDirectory, type SettingsDirectory } from './settingsDirectory';
import { HOST_BOROUGH, LIST_OF_ROLE, ROLE_LIST_NAMES, settingsFileSchema, type Route, type SettingsFile } from './settings.schema';

/**
 * Reads and checks the settings file at start. Every problem is named with where it is in the file
 * (never a value: a file may be copied from a real directory), and the start stops on any. With
 * `fromGraph` (GRAPH_GROUPS=on) a group the file does not list is one whose members it gives.
 */
export function loadSettings(path: string, fromGraph?: GroupMembers): SettingsDirectory {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError([`SETTINGS_FILE: cannot read ${path}`]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigError([`SETTINGS_FILE: ${path} is not valid JSON`]);
  }
  const parsed = settingsFileSchema.safeParse(value, { reportInput: false });
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `SETTINGS_FILE ${path}: ${i.path.join('.') || '(top)'}: ${i.message}`));
  const problems = crossCheck(parsed.data, { groupsFromGraph: fromGraph !== undefined });
  if (problems.length > 0) throw new ConfigError(problems.map((p) => `SETTINGS_FILE ${path}: ${p}`));
  return settingsDirectory(parsed.data, fromGraph);
}

/** The groups named in settings but not listed in the file's `groups`: those read from Microsoft Graph, lower-case, each once. */
export function graphGroupIdsOf(file: SettingsFile): string[] {
  const listed = new Set(file.groups.map((g) => g.id.toLowerCase()));
  const named = file.settings.flatMap((s) => ROLE_LIST_NAMES.flatMap((list) => s[list].flatMap((p) => ('groupId' in p ? [p.groupId.toLowerCase()] : []))));
  return [...new Set(named)].filter((id) => !listed.has(id));
}

const duplicates = (values: string[]): string[] => [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];

/**
 * What the schema alone cannot see: ids repeated, groups or settings named but not there, a route to a
 * role nobody holds. A group not listed is a problem only when its members are not read from Graph.
 */
export function crossCheck(file: SettingsFile, options: { groupsFromGraph: boolean } = { groupsFromGraph: false }): string[] {
  const problems: string[] = [];
  const groupIds = new Set(file.groups.map((g) => g.id.toLowerCase()));
  for (const id of duplicates(file.settings.map((s) => s.id))) problems.push(`settings: the id "${id}" is used more than once`);
  for (const id of duplicates(file.groups.map((g) => g.id.toLowerCase()))) problems.push(`groups: the id ${id} is used more than once`);
  problems.push(...boroughProblems(file));
  const objectIdsByName = new Map<string, Set<string>>();
  for (const person of namedPeople(file)) objectIdsByName.set(person.name, (objectIdsByName.get(person.name) ?? new Set()).add(person.objectId.toLowerCase()));
  for (const [name, ids] of objectIdsByName) if (ids.size > 1) problems.push(`the name "${name}" is given to more than one object id`);
  file.settings.forEach((setting, i) => {
    for (const list of ROLE_LIST_NAMES) {
      setting[list].forEach((principal, j) => {
        if ('groupId' in principal && !options.groupsFromGraph && !groupIds.has(principal.groupId.toLowerCase())) {
          problems.push(
            `settings.${i}.${list}.${j}: group ${principal.groupId} is not listed in "groups": list its members there, or set GRAPH_GROUPS=on (with the app's id, secret and tenant) to read them from Microsoft Graph (docs/roles-and-alerts.md)`,
          );
        }
      });
    }
    for (const [form, recipients] of Object.entries(setting.routes)) {
      (recipients ?? []).forEach((to, j) => {
        const where = `settings.${i}.routes.${form}.${j}`;
        if (to.setting === HOST_BOROUGH) problems.push(...hostBoroughProblems(file, setting.id, form, to).map((p) => `${where}: ${p}`));
        const problem = to.setting === HOST_BOROUGH ? undefined : unreachable(file, setting.id, to);
        if (problem !== undefined) problems.push(`${where}: ${problem}, so this form would reach no one`);
        const nextContacts = [
          ...(to.escalateTo ?? []).map((next, k) => ({ next, at: `${where}.escalateTo.${k}` })),
          ...(to.escalation ?? []).flatMap((step, s) => step.to.map((next, k) => ({ next, at: `${where}.escalation.${s}.to.${k}` }))),
        ];
        for (const { next, at } of nextContacts) {
          const nextProblem = unreachable(file, setting.id, next);
          if (nextProblem !== undefined) problems.push(`${at}: ${nextProblem}, so an escalation would reach no one`);
          else if ((next.setting ?? setting.id) === (to.setting ?? setting.id) && next.role === to.role) problems.push(`${at}: escalates to the role the route already goes to; name the next contact (a deputyLead, say)`);
        }
      });
    }
  });
  return problems;
}

/** The kinds of setting that can be a borough's MASE or CSE lead: a school or a hotel is not a borough. */
const BOROUGH_KINDS: ReadonlySet<string> = new Set(['mase', 'mash', 'socialCare']);

/** A borough named twice, or on a setting that cannot be a borough's MASE. */
function boroughProblems(file: SettingsFile): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  file.settings.forEach((setting, i) => {
    if (setting.borough === undefined) return;
    if (!BOROUGH_KINDS.has(setting.kind)) problems.push(`settings.${i}.borough: only a borough's MASE, MASH or social care setting names a borough (kind mase, mash or socialCare), not a ${setting.kind}`);
    const first = seen.get(boroughKey(setting.borough));
    if (first !== undefined) problems.push(`settings.${i}.borough: the borough is already named by settings.${first}; a host-borough route must know which one setting receives it`);
    else seen.set(boroughKey(setting.borough), i);
  });
  return problems;
}

/**
 * A host-borough route: its form must ask the host borough, some setting must name a borough, the role
 * must be held in every borough's setting (any of them may be chosen), and its fallback must reach someone.
 */
function hostBoroughProblems(file: SettingsFile, ownSettingId: string, form: string, route: Route): string[] {
  const problems: string[] = [];
  const definition = FORM_DEFINITIONS.find((d) => d.id === form);
  if (definition === undefined || hostBoroughQuestionOf(definition) === undefined) problems.push(`${form} asks no host borough, so "setting": "${HOST_BOROUGH}" cannot be worked out; name a setting`);
  const boroughs = file.settings.filter((s) => s.borough !== undefined);
  if (boroughs.length === 0) problems.push(`no setting names its "borough", so "setting": "${HOST_BOROUGH}" would always go to the fallback`);
  for (const borough of boroughs) {
    if (borough[LIST_OF_ROLE[route.role]].length === 0) problems.push(`nobody holds the role ${route.role} in "${borough.id}", a borough's setting, so a record naming its borough would reach no one`);
  }
  const fallback = route.fallback === undefined ? undefined : unreachable(file, ownSettingId, route.fallback);
  if (fallback !== undefined) problems.push(`fallback: ${fallback}, so a record naming another local authority would reach no one`);
  return problems;
}

/** Why a role in a setting (this one unless another is named) reaches nobody, or undefined when someone holds it. */
function unreachable(file: SettingsFile, ownSettingId: string, to: { role: keyof typeof LIST_OF_ROLE; setting?: string | undefined }): string | undefined {
  const target = file.settings.find((s) => s.id === (to.setting ?? ownSettingId));
  if (target === undefined) return `no setting has the id "${to.setting ?? ''}"`;
  return target[LIST_OF_ROLE[to.role]].length === 0 ? `nobody holds the role ${to.role} in "${target.id}"` : undefined;
}

function namedPeople(file: SettingsFile): Array<{ name: string; objectId: string }> {
  const all = [...file.groups.flatMap((g) => g.members), ...file.settings.flatMap((s) => ROLE_LIST_NAMES.flatMap((list) => s[list]))];
  return all.flatMap((p) => ('objectId' in p && p.name !== undefined ? [{ name: p.name, objectId: p.objectId }] : []));
}
