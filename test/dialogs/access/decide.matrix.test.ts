import { decide, decideRead } from '../../../dialogs/access/decide';
import { operationSchema, type Operation } from '../../../dialogs/access/access.schema';
import { MATRIX_ACTORS, MATRIX_FORMS, MATRIX_ROLES, matrixRecord, type MatrixRole } from '../../support/accessMatrix';

/**
 * Every role × every operation × every form kind, each outcome written out by hand below (not
 * computed by the function it checks). A record here was submitted by the reporter and routed as the
 * fictional example settings route it (test/support/accessMatrix.ts).
 *
 * Cells: A allowed; F refused, not found (says nothing of whether the record exists); P refused, not
 * permitted (someone who may see the record, asking for more); N refused, holds no such role;
 * I refused, not identified. Six letters are the six forms, in this order:
 * concern record, Makesafe report, MASE information, out-of-borough notification,
 * return home interview, police closing report. One letter is the same for every form.
 */

type Row = Record<Operation, string>;

const EXPECTED: Record<MatrixRole, Row> = {
  reporter: {
    submit: 'A', readOwn: 'AAAAAA', readRouted: 'FFFFFF', listForMe: 'N', export: 'AAAAAA',
    acknowledge: 'PPPPPP', addAction: 'PPPPPP', decide: 'PPPPPP', close: 'PPPPPP', seeLeadNotes: 'PPPPPP',
    seeSharedNotes: 'AAAAAA',
    readProblemProfile: 'N', purge: 'PPPPPP',
  },
  settingLead: {
    submit: 'A', readOwn: 'FFFFFF', readRouted: 'AFFFFF', listForMe: 'A', export: 'AFFFFF',
    acknowledge: 'AFFFFF', addAction: 'AFFFFF', decide: 'AFFFFF', close: 'AFFFFF', seeLeadNotes: 'AFFFFF',
    seeSharedNotes: 'AFFFFF',
    readProblemProfile: 'N', purge: 'PPPPPP',
  },
  maseCoordinator: {
    submit: 'A', readOwn: 'FFFFFF', readRouted: 'FFAAFF', listForMe: 'A', export: 'FFAAFF',
    acknowledge: 'FFAAFF', addAction: 'FFAAFF', decide: 'FFAAFF', close: 'FFAAFF', seeLeadNotes: 'FFAAFF',
    seeSharedNotes: 'FFAAFF',
    readProblemProfile: 'A', purge: 'PPPPPP',
  },
  analyst: {
    submit: 'A', readOwn: 'FFFFFF', readRouted: 'FFAFFF', listForMe: 'A', export: 'FFPFFF',
    acknowledge: 'FFPFFF', addAction: 'FFPFFF', decide: 'FFPFFF', close: 'FFPFFF', seeLeadNotes: 'FFPFFF',
    seeSharedNotes: 'FFPFFF',
    readProblemProfile: 'A', purge: 'PPPPPP',
  },
  boroughContact: {
    submit: 'A', readOwn: 'FFFFFF', readRouted: 'FAFFFF', listForMe: 'A', export: 'FAFFFF',
    acknowledge: 'FAFFFF', addAction: 'FAFFFF', decide: 'FAFFFF', close: 'FAFFFF', seeLeadNotes: 'FAFFFF',
    seeSharedNotes: 'FAFFFF',
    readProblemProfile: 'N', purge: 'PPPPPP',
  },
  police: {
    submit: 'A', readOwn: 'FFFFFF', readRouted: 'FFFFFA', listForMe: 'A', export: 'FFFFFA',
    acknowledge: 'FFFFFA', addAction: 'FFFFFA', decide: 'FFFFFA', close: 'FFFFFA', seeLeadNotes: 'FFFFFA',
    seeSharedNotes: 'FFFFFA',
    readProblemProfile: 'N', purge: 'PPPPPP',
  },
  noRole: {
    submit: 'A', readOwn: 'FFFFFF', readRouted: 'FFFFFF', listForMe: 'N', export: 'FFFFFF',
    acknowledge: 'FFFFFF', addAction: 'FFFFFF', decide: 'FFFFFF', close: 'FFFFFF', seeLeadNotes: 'FFFFFF',
    seeSharedNotes: 'FFFFFF',
    readProblemProfile: 'N', purge: 'PPPPPP',
  },
  anotherTenant: {
    submit: 'I', readOwn: 'IIIIII', readRouted: 'IIIIII', listForMe: 'I', export: 'IIIIII',
    acknowledge: 'IIIIII', addAction: 'IIIIII', decide: 'IIIIII', close: 'IIIIII', seeLeadNotes: 'IIIIII',
    seeSharedNotes: 'IIIIII',
    readProblemProfile: 'I', purge: 'IIIIII',
  },
  retentionJob: {
    submit: 'P', readOwn: 'PPPPPP', readRouted: 'PPPPPP', listForMe: 'P', export: 'PPPPPP',
    acknowledge: 'PPPPPP', addAction: 'PPPPPP', decide: 'PPPPPP', close: 'PPPPPP', seeLeadNotes: 'PPPPPP',
    seeSharedNotes: 'PPPPPP',
    readProblemProfile: 'P', purge: 'AAAAAA',
  },
};

const LETTER = { notFound: 'F', notPermitted: 'P', noRole: 'N', notIdentified: 'I', recordRequired: 'R' } as const;

/** The operations that concern one record: asked with each form's record. The others are asked with none. */
const ON_A_RECORD: ReadonlySet<Operation> = new Set(['readOwn', 'readRouted', 'export', 'acknowledge', 'addAction', 'decide', 'close', 'seeLeadNotes', 'seeSharedNotes', 'purge']);
/** The operations that show a record's contents to the asker. */
const READS: ReadonlySet<Operation> = new Set(['readOwn', 'readRouted', 'export', 'seeLeadNotes', 'seeSharedNotes']);

function outcome(role: MatrixRole, operation: Operation): string {
  const actor = MATRIX_ACTORS[role];
  const letter = (d: ReturnType<typeof decide>) => (d.allowed ? 'A' : LETTER[d.reason]);
  if (!ON_A_RECORD.has(operation)) return letter(decide(actor, operation));
  return MATRIX_FORMS.map((form) => letter(decide(actor, operation, matrixRecord(form)))).join('');
}

it('covers every operation the function knows', () => {
  for (const role of MATRIX_ROLES) expect(Object.keys(EXPECTED[role]).sort()).toEqual([...operationSchema.options].sort());
});

describe.each(MATRIX_ROLES)('%s', (role) => {
  it.each(operationSchema.options)('%s', (operation) => {
    expect(outcome(role, operation)).toBe(EXPECTED[role][operation]);
  });
});

it('gives 0 unauthorised reads: nothing shows a record to anyone the table does not allow', () => {
  let unauthorised = 0;
  let authorised = 0;
  for (const role of MATRIX_ROLES) {
    for (const operation of READS) {
      MATRIX_FORMS.forEach((form, i) => {
        const allowed = decide(MATRIX_ACTORS[role], operation, matrixRecord(form)).allowed;
        const expected = EXPECTED[role][operation][i] === 'A';
        if (allowed && !expected) unauthorised += 1;
        if (allowed && expected) authorised += 1;
      });
    }
  }
  expect(unauthorised).toBe(0);
  // The reporter's own reads, and each recipient's, are there: the function is not refusing everything.
  // reporter 6 + 6 + 6 (its shared notes); setting lead 4; MASE coordinator 8; analyst 1; borough contact 4; police 4.
  expect(authorised).toBe(39);
});

describe('records routed to nobody (every record before routing is stored)', () => {
  it.each(MATRIX_FORMS)('%s: read and exported by its reporter only', (form) => {
    const unrouted = { ...matrixRecord(form), routedTo: [] };
    for (const role of MATRIX_ROLES) {
      const read = decideRead(MATRIX_ACTORS[role], unrouted).allowed;
      const exported = decide(MATRIX_ACTORS[role], 'export', unrouted).allowed;
      expect({ role, read, exported }).toEqual({ role, read: role === 'reporter', exported: role === 'reporter' });
    }
  });
});

describe('details', () => {
  it('reads by reference as owner first, else as a recipient, with the recipient’s refusal otherwise', () => {
    expect(decideRead(MATRIX_ACTORS.reporter, matrixRecord('form.concernRecord'))).toEqual({ allowed: true });
    expect(decideRead(MATRIX_ACTORS.settingLead, matrixRecord('form.concernRecord'))).toEqual({ allowed: true });
    expect(decideRead(MATRIX_ACTORS.settingLead, matrixRecord('form.makesafeReport'))).toEqual({ allowed: false, reason: 'notFound' });
    expect(decideRead(MATRIX_ACTORS.anotherTenant, matrixRecord('form.concernRecord'))).toEqual({ allowed: false, reason: 'notIdentified' });
  });

  it('refuses an operation on a record asked without one', () => {
    for (const operation of ['readOwn', 'readRouted', 'export', 'close', 'seeLeadNotes', 'seeSharedNotes'] as const) expect(decide(MATRIX_ACTORS.reporter, operation)).toEqual({ allowed: false, reason: 'recordRequired' });
    expect(decide(MATRIX_ACTORS.retentionJob, 'purge')).toEqual({ allowed: false, reason: 'recordRequired' });
  });

  it('scopes a role to its setting: a lead of another setting reads nothing routed to this one', () => {
    const otherSchoolLead = { kind: 'person' as const, ownerKey: 'owner-fictional-other-dsl', holds: [{ settingId: 'wobblebury-health-centre', settingKind: 'health' as const, role: 'lead' as const }] };
    expect(decideRead(otherSchoolLead, matrixRecord('form.concernRecord'))).toEqual({ allowed: false, reason: 'notFound' });
  });

  it('lets a lead who submitted their own record read it and act on it', () => {
    const leadOwn = { ...matrixRecord('form.concernRecord'), ownerKey: 'owner-fictional-dsl' };
    expect(decide(MATRIX_ACTORS.settingLead, 'readOwn', leadOwn)).toEqual({ allowed: true });
    expect(decide(MATRIX_ACTORS.settingLead, 'close', leadOwn)).toEqual({ allowed: true });
  });

  it.each(['submit', 'listForMe', 'readProblemProfile'] as const)('%s needs no record and ignores one given', (operation) => {
    for (const role of MATRIX_ROLES) expect(decide(MATRIX_ACTORS[role], operation, matrixRecord('form.concernRecord'))).toEqual(decide(MATRIX_ACTORS[role], operation));
  });
});
