import type { Actor, PersonActor, RecordAccess, Recipient } from '../../dialogs/access/access.schema';

/**
 * The people of the authorisation matrix, as the fictional example settings file makes them
 * (docs/settings.example.json), and one record of each form kind, submitted by the reporter and
 * routed as that file routes it, with the concern record also as it is once escalated to the deputy
 * lead, and once escalated again, along a chain, to the borough's MASH contact; and the out-of-borough
 * notification as it is when the host borough chosen is another listed borough (routed to that borough's
 * MASE). Used by the matrix test and by the check of the docs' matrix.
 */

export const REPORTER_KEY = 'owner-fictional-reporter';

export const MATRIX_ROLES = ['reporter', 'settingLead', 'deputyLead', 'maseCoordinator', 'hostMaseCoordinator', 'analyst', 'boroughContact', 'police', 'noRole', 'anotherTenant', 'retentionJob'] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

const person = (ownerKey: string, holds: PersonActor['holds']): Actor => ({ kind: 'person', ownerKey, holds });

export const MATRIX_ACTORS: Record<MatrixRole, Actor> = {
  reporter: person(REPORTER_KEY, [{ settingId: 'quirkfield-academy', settingKind: 'school', role: 'member' }]),
  settingLead: person('owner-fictional-dsl', [{ settingId: 'quirkfield-academy', settingKind: 'school', role: 'lead' }]),
  deputyLead: person('owner-fictional-deputy-dsl', [{ settingId: 'quirkfield-academy', settingKind: 'school', role: 'deputyLead' }]),
  maseCoordinator: person('owner-fictional-coordinator', [{ settingId: 'fizzlewick-mase', settingKind: 'mase', role: 'maseCoordinator' }]),
  /** The MASE coordinator of another borough (Wobblebury), where the social worker's child is placed. */
  hostMaseCoordinator: person('owner-fictional-host-coordinator', [{ settingId: 'wobblebury-mase', settingKind: 'mase', role: 'maseCoordinator' }]),
  analyst: person('owner-fictional-analyst', [{ settingId: 'fizzlewick-mase', settingKind: 'mase', role: 'analyst' }]),
  boroughContact: person('owner-fictional-cse-lead', [{ settingId: 'fizzlewick-mash', settingKind: 'mash', role: 'boroughContact' }]),
  police: person('owner-fictional-sergeant', [
    { settingId: 'fizzlewick-police-cse-team', settingKind: 'police', role: 'lead' },
  ]),
  noRole: person('owner-fictional-nobody', []),
  anotherTenant: { kind: 'unidentified', why: 'tenantNotAllowed' },
  retentionJob: { kind: 'retentionJob' },
};

export const MATRIX_FORMS = ['form.concernRecord', 'form.makesafeReport', 'form.maseInformation', 'form.outOfBoroughNotification', 'form.returnHomeInterview', 'form.policeClosingReport'] as const;
export type MatrixForm = (typeof MATRIX_FORMS)[number];

/** Where the example settings route each form (test/bot/settings.test.ts checks the file does). */
export const MATRIX_ROUTES: Record<MatrixForm, Recipient[]> = {
  'form.concernRecord': [{ settingId: 'quirkfield-academy', role: 'lead' }],
  'form.makesafeReport': [{ settingId: 'fizzlewick-mash', role: 'boroughContact' }],
  'form.maseInformation': [{ settingId: 'fizzlewick-mase', role: 'maseCoordinator' }, { settingId: 'fizzlewick-mase', role: 'analyst' }],
  'form.outOfBoroughNotification': [{ settingId: 'fizzlewick-mase', role: 'maseCoordinator' }],
  'form.returnHomeInterview': [{ settingId: 'fizzlewick-mash', role: 'lead' }],
  'form.policeClosingReport': [{ settingId: 'fizzlewick-police-cse-team', role: 'lead' }],
};

/**
 * The records of the matrix: one of each form, routed as the example routes it; the concern record
 * once escalated (nobody acknowledged it in time), when it is routed to the school's deputy lead too;
 * and the same record after the second step of a chain of escalations, routed to the borough's MASH
 * contact as well (the example escalates in one step: this is a chain a deployment may name).
 */
export const MATRIX_RECORDS = [...MATRIX_FORMS, 'escalatedConcernRecord', 'escalatedTwiceConcernRecord', 'hostBoroughNotification'] as const;
export type MatrixRecord = (typeof MATRIX_RECORDS)[number];

const ESCALATED_TO_DEPUTY: Recipient[] = [...MATRIX_ROUTES['form.concernRecord'], { settingId: 'quirkfield-academy', role: 'deputyLead' }];

/** The out-of-borough notification as the example routes it when the host borough chosen is Wobblebury: to that borough's MASE. */
export const HOST_BOROUGH_ROUTES: Recipient[] = [{ settingId: 'wobblebury-mase', role: 'maseCoordinator' }];

export function matrixRecord(record: MatrixRecord): RecordAccess {
  if (record === 'escalatedConcernRecord') return { ownerKey: REPORTER_KEY, formKind: 'form.concernRecord', routedTo: ESCALATED_TO_DEPUTY };
  if (record === 'escalatedTwiceConcernRecord') return { ownerKey: REPORTER_KEY, formKind: 'form.concernRecord', routedTo: [...ESCALATED_TO_DEPUTY, { settingId: 'fizzlewick-mash', role: 'boroughContact' }] };
  if (record === 'hostBoroughNotification') return { ownerKey: REPORTER_KEY, formKind: 'form.outOfBoroughNotification', routedTo: HOST_BOROUGH_ROUTES };
  return { ownerKey: REPORTER_KEY, formKind: record, routedTo: MATRIX_ROUTES[record] };
}
