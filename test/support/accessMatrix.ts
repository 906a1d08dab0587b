import type { Actor, PersonActor, RecordAccess, Recipient } from '../../dialogs/access/access.schema';

/**
 * The people of the authorisation matrix, as the fictional example settings file makes them
 * (docs/settings.example.json), and one record of each form kind, submitted by the reporter and
 * routed as that file routes it. Used by the matrix test and by the check of the docs' matrix.
 */

export const REPORTER_KEY = 'owner-fictional-reporter';

export const MATRIX_ROLES = ['reporter', 'settingLead', 'maseCoordinator', 'analyst', 'boroughContact', 'police', 'noRole', 'anotherTenant', 'retentionJob'] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

const person = (ownerKey: string, holds: PersonActor['holds']): Actor => ({ kind: 'person', ownerKey, holds });

export const MATRIX_ACTORS: Record<MatrixRole, Actor> = {
  reporter: person(REPORTER_KEY, [{ settingId: 'quirkfield-academy', settingKind: 'school', role: 'member' }]),
  settingLead: person('owner-fictional-dsl', [{ settingId: 'quirkfield-academy', settingKind: 'school', role: 'lead' }]),
  maseCoordinator: person('owner-fictional-coordinator', [{ settingId: 'fizzlewick-mase', settingKind: 'mase', role: 'maseCoordinator' }]),
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

export const matrixRecord = (form: MatrixForm): RecordAccess => ({ ownerKey: REPORTER_KEY, formKind: form, routedTo: MATRIX_ROUTES[form] });
