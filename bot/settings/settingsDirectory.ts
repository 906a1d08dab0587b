import type { HeldRole, Recipient, Role } from '../../dialogs/access/access.schema';
import type { RouteAnswers } from '../../dialogs/forms/routeAnswers';
import type { GroupMembers } from './groupSnapshot';
import { HOST_BOROUGH, ROLE_LIST_NAMES, ROLE_LISTS, type EscalationStep, type Principal, type RoleList, type Route, type Setting, type SettingsFile } from './settings.schema';

/** The settings file as the assistant asks it: which roles a person holds, who a named person is, where a form goes. */
export interface SettingsDirectory {
  readonly file: SettingsFile;
  /** Every role the Entra object id holds, directly or through a group (listed in the file, or read from Microsoft Graph). */
  holdsOf(objectId: string): HeldRole[];
  /** The object id of the person with this name (or object id) anywhere in the file: DEV_IDENTITY's lookup. */
  personNamed(nameOrObjectId: string): string | undefined;
  /** The boroughs whose setting the file names (`borough`), as written there, in the file's order: the form's list of host boroughs. */
  readonly boroughs: readonly string[];
  /**
   * Who receives a form submitted by someone holding these roles, by the routes of the settings they are
   * in; a host-borough route goes to the setting of the borough the record names, else to its fallback.
   */
  recipientsOf(formKind: string, submitter: readonly HeldRole[], answers?: RouteAnswers): Recipient[];
  /**
   * The people a routed recipient stands for: the role's direct entries and the members of its groups
   * (listed, or as last read from Microsoft Graph), as lower-case Entra object ids, each once, in the
   * file's order. A setting or role nobody holds gives none.
   */
  peopleOf(recipients: readonly Recipient[]): string[];
  /**
   * The escalations of a form submitted by someone holding these roles: for each step of each of its
   * routes' escalations (one for `escalateTo`, one per step of a chain), the route, that step's next
   * contacts and its wait from the submit (undefined: the deployment's default).
   */
  escalationsOf(formKind: string, submitter: readonly HeldRole[], answers?: RouteAnswers): Escalation[];
}

/** One step of a route's escalation: when nobody on a record has acknowledged it in time, it goes to `to` as well. */
export interface Escalation {
  route: Recipient;
  to: Recipient[];
  afterMinutes: number | undefined;
}

const LIST_OF_ROLE = new Map(ROLE_LIST_NAMES.map((list) => [ROLE_LISTS[list], list]));

const ROLE_ENTRIES: ReadonlyArray<[RoleList, Role]> = ROLE_LIST_NAMES.map((list) => [list, ROLE_LISTS[list]]);

const NOBODY: ReadonlySet<string> = new Set();

/** Borough names compare without case or extra spaces: "Fizzlewick" and "fizzlewick " are one borough. */
export const boroughKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The directory of a settings file. A group the file lists has the members it lists; any other group
 * has those `fromGraph` gives now (asked at each question, so a refreshed membership counts at once).
 */
export function settingsDirectory(file: SettingsFile, fromGraph?: GroupMembers): SettingsDirectory {
  const listed = new Map(file.groups.map((group) => [group.id.toLowerCase(), new Set(group.members.map((m) => m.objectId.toLowerCase()))]));
  const membersOf = (groupId: string): ReadonlySet<string> => listed.get(groupId.toLowerCase()) ?? fromGraph?.membersOf(groupId) ?? NOBODY;
  const matches = (principal: Principal, objectId: string): boolean =>
    'objectId' in principal ? principal.objectId.toLowerCase() === objectId : membersOf(principal.groupId).has(objectId);
  const boroughSettings = new Map(file.settings.flatMap((s) => (s.borough === undefined ? [] : [[boroughKey(s.borough), s] as const])));
  /** The recipient a route names: its setting's role, or the host borough's, or (a host not named in the file) its fallback's. */
  const recipientOf = (from: Route, own: Setting, answers: RouteAnswers): Recipient => {
    if (from.setting !== HOST_BOROUGH) return { settingId: from.setting ?? own.id, role: from.role };
    const host = answers.hostBorough === undefined ? undefined : boroughSettings.get(boroughKey(answers.hostBorough));
    if (host !== undefined) return { settingId: host.id, role: from.role };
    return { settingId: from.fallback?.setting ?? own.id, role: from.fallback?.role ?? from.role };
  };
  /** Each route of the form in the settings the submitter is in, as the recipient it names. */
  const routesOf = (formKind: string, submitter: readonly HeldRole[], answers: RouteAnswers): Array<{ route: Recipient; from: Route; settingId: string }> => {
    const inSettings = new Set(submitter.map((held) => held.settingId));
    return file.settings
      .filter((setting) => inSettings.has(setting.id))
      .flatMap((setting) => (Object.entries(setting.routes).find(([form]) => form === formKind)?.[1] ?? []).map((from) => ({ route: recipientOf(from, setting, answers), from, settingId: setting.id })));
  };
  const people = [...file.groups.flatMap((g) => g.members), ...file.settings.flatMap((s) => ROLE_ENTRIES.flatMap(([list]) => s[list]))].flatMap((p) => ('objectId' in p ? [p] : []));
  return {
    file,
    boroughs: file.settings.flatMap((s) => (s.borough === undefined ? [] : [s.borough])),
    holdsOf(objectId) {
      const id = objectId.toLowerCase();
      return file.settings.flatMap((setting) =>
        ROLE_ENTRIES.filter(([list]) => setting[list].some((principal) => matches(principal, id))).map(([, role]) => ({ settingId: setting.id, settingKind: setting.kind, role })),
      );
    },
    personNamed(nameOrObjectId) {
      const wanted = nameOrObjectId.toLowerCase();
      return people.find((p) => p.name === wanted || p.objectId.toLowerCase() === wanted)?.objectId;
    },
    recipientsOf(formKind, submitter, answers = {}) {
      const found = routesOf(formKind, submitter, answers).map(({ route }) => route);
      return found.filter((r, i) => found.findIndex((o) => o.settingId === r.settingId && o.role === r.role) === i);
    },
    escalationsOf(formKind, submitter, answers = {}) {
      return routesOf(formKind, submitter, answers).flatMap(({ route, from, settingId }) =>
        stepsOf(from).map((step) => ({ route, to: step.to.map((next) => ({ settingId: next.setting ?? settingId, role: next.role })), afterMinutes: step.afterMinutes })),
      );
    },
    peopleOf(recipients) {
      const ids = recipients.flatMap((recipient) => {
        const setting = file.settings.find((s) => s.id === recipient.settingId);
        const list = LIST_OF_ROLE.get(recipient.role);
        if (setting === undefined || list === undefined) return [];
        return setting[list].flatMap((principal) => ('objectId' in principal ? [principal.objectId.toLowerCase()] : [...membersOf(principal.groupId)]));
      });
      return [...new Set(ids)];
    },
  };
}

/** A route's escalation as steps: the chain it names, or its one-step `escalateTo` (its wait, else the deployment's default). */
export function stepsOf(route: Route): Array<{ to: EscalationStep['to']; afterMinutes: number | undefined }> {
  if (route.escalation !== undefined) return route.escalation;
  return route.escalateTo === undefined ? [] : [{ to: route.escalateTo, afterMinutes: route.escalateAfterMinutes }];
}
