import type { Actor, Decision, HeldRole, Operation, PersonActor, RecordAccess, RefusalReason, Role } from './access.schema';

/**
 * Who may do what: the one function every read, export and change of a submitted record asks
 * (docs/roles-and-alerts.md has the matrix in words; test/dialogs/access/decide.matrix.test.ts
 * writes it out role by role). Pure: the caller brings the actor and what it knows of the record.
 *
 * - Anyone identified may submit a form and read and export their own records: a concern is never
 *   left unrecorded because a deployment has not listed someone yet.
 * - A record is read by whoever it was routed to (a role in a setting), and acted on (acknowledged,
 *   decided, closed, its lead's notes seen) by a routed lead, deputy lead, MASE coordinator or borough
 *   contact. A deputy lead or other next contact is routed a record only once it is escalated to them;
 *   the analyst reads what is routed to them but does not act on it or export it.
 * - The reporter sees their own record, never the lead's notes, except a note its writer shared with
 *   them (seeSharedNotes: the reporter and those who act on the record; never the analyst).
 * - Whenever a record is not the actor's to see, the reason is `notFound`, exactly as for a
 *   reference that does not exist, so a refusal reveals nothing.
 */

/** The roles that receive routed records and act on them. */
const ACTING: ReadonlySet<Role> = new Set(['lead', 'deputyLead', 'maseCoordinator', 'boroughContact']);
/** Those who may read what is routed to them. */
const READING: ReadonlySet<Role> = new Set([...ACTING, 'analyst']);
/** Those who see the problem profile (counts only, no personal data: section 7). */
const PROFILE: ReadonlySet<Role> = new Set(['maseCoordinator', 'analyst']);

const ALLOWED: Decision = { allowed: true };
const refused = (reason: RefusalReason): Decision => ({ allowed: false, reason });

/** The roles the actor holds that the record was routed to. */
function routedRoles(holds: readonly HeldRole[], record: RecordAccess): Role[] {
  return holds.filter((held) => record.routedTo.some((to) => to.settingId === held.settingId && to.role === held.role)).map((held) => held.role);
}

const holdsAny = (holds: readonly HeldRole[], roles: ReadonlySet<Role>): boolean => holds.some((held) => roles.has(held.role));

export function decide(actor: Actor, operation: Operation, record?: RecordAccess): Decision {
  if (actor.kind === 'unidentified') return refused('notIdentified');
  if (actor.kind === 'retentionJob') {
    if (operation !== 'purge') return refused('notPermitted');
    return record === undefined ? refused('recordRequired') : ALLOWED;
  }
  switch (operation) {
    case 'submit':
      return ALLOWED;
    case 'listForMe':
      return holdsAny(actor.holds, READING) ? ALLOWED : refused('noRole');
    case 'readProblemProfile':
      return holdsAny(actor.holds, PROFILE) ? ALLOWED : refused('noRole');
    case 'purge':
      return refused('notPermitted');
    default:
      return decideOnRecord(actor, operation, record);
  }
}

function decideOnRecord(actor: PersonActor, operation: Operation, record: RecordAccess | undefined): Decision {
  if (record === undefined) return refused('recordRequired');
  const own = record.ownerKey === actor.ownerKey;
  const roles = routedRoles(actor.holds, record);
  const reads = roles.some((role) => READING.has(role));
  const acts = roles.some((role) => ACTING.has(role));
  // Someone who can see the record is told "not permitted"; anyone else only "not found".
  const otherwise = own || reads ? refused('notPermitted') : refused('notFound');
  switch (operation) {
    case 'readOwn':
      return own ? ALLOWED : refused('notFound');
    case 'readRouted':
      return reads ? ALLOWED : refused('notFound');
    case 'export':
    case 'seeSharedNotes':
      return own || acts ? ALLOWED : otherwise;
    default:
      // acknowledge, addAction, decide, close, seeLeadNotes: the routed lead's work.
      return acts ? ALLOWED : otherwise;
  }
}

/** Reading a record by reference: as its owner, else as someone it was routed to. */
export function decideRead(actor: Actor, record: RecordAccess): Decision {
  const own = decide(actor, 'readOwn', record);
  return own.allowed ? own : decide(actor, 'readRouted', record);
}
