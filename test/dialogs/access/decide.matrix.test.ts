import { decide, decideRead } from '../../../dialogs/access/decide';
import { operationSchema, type Operation } from '../../../dialogs/access/access.schema';
import { MATRIX_ACTORS, MATRIX_FORMS, MATRIX_RECORDS, MATRIX_ROLES, matrixRecord, type MatrixRole } from '../../support/accessMatrix';

/**
 * Every role × every operation × every form kind, each outcome written out by hand below (not
 * computed by the function it checks). A record here was submitted by the reporter and routed as the
 * fictional example settings route it (test/support/accessMatrix.ts).
 *
 * Cells: A allowed; F refused, not found (says nothing of whether the record exists); P refused, not
 * permitted (someone who may see the record, asking for more); N refused, holds no such role;
 * I refused, not identified. Nine letters are the six forms, in this order: concern record,
 * Makesafe report, MASE information, out-of-borough notification, return home interview, police
 * closing report; then the concern record once escalated (nobody acknowledged it in time), routed to
 * the school's deputy lead as well; then the same record after the second step of a chain, routed to
 * the borough's MASH contact as well; then the out-of-borough notification whose host borough was chosen
 * as Wobblebury, routed to Wobblebury's MASE (the host MASE coordinator's column), not to Fizzlewick's.
 * One letter is the same for every record.
 */

type Row = Record<Operation, string>;

const EXPECTED: Record<MatrixRole, Row> = {
  reporter: {
    submit: 'A', readOwn: 'AAAAAAAAA', readRouted: 'FFFFFFFFF', listForMe: 'N', export: 'AAAAAAAAA',
    acknowledge: 'PPPPPPPPP', addAction: 'PPPPPPPPP', decide: 'PPPPPPPPP', close: 'PPPPPPPPP', seeLeadNotes: 'PPPPPPPPP',
    seeSharedNotes: 'AAAAAAAAA',
    readProblemProfile: 'N', purge: 'PPPPPPPPP',
  },
  settingLead: {
    submit: 'A', readOwn: 'FFFFFFFFF', readRouted: 'AFFFFFAAF', listForMe: 'A', export: 'AFFFFFAAF',
    acknowledge: 'AFFFFFAAF', addAction: 'AFFFFFAAF', decide: 'AFFFFFAAF', close: 'AFFFFFAAF', seeLeadNotes: 'AFFFFFAAF',
    seeSharedNotes: 'AFFFFFAAF',
    readProblemProfile: 'N', purge: 'PPPPPPPPP',
  },
  deputyLead: {
    submit: 'A', readOwn: 'FFFFFFFFF', readRouted: 'FFFFFFAAF', listForMe: 'A', export: 'FFFFFFAAF',
    acknowledge: 'FFFFFFAAF', addAction: 'FFFFFFAAF', decide: 'FFFFFFAAF', close: 'FFFFFFAAF', seeLeadNotes: 'FFFFFFAAF',
    seeSharedNotes: 'FFFFFFAAF',
    readProblemProfile: 'N', purge: 'PPPPPPPPP',
  },
  maseCoordinator: {
    submit: 'A', readOwn: 'FFFFFFFFF', readRouted: 'FFAAFFFFF', listForMe: 'A', export: 'FFAAFFFFF',
    acknowledge: 'FFAAFFFFF', addAction: 'FFAAFFFFF', decide: 'FFAAFFFFF', close: 'FFAAFFFFF', seeLeadNotes: 'FFAAFFFFF',
    seeSharedNotes: 'FFAAFFFFF',
    readProblemProfile: 'A', purge: 'PPPPPPPPP',
  },
  hostMaseCoordinator: {
    submit: 'A', readOwn: 'FFFFFFFFF', readRouted: 'FFFFFFFFA', listForMe: 'A', export: 'FFFFFFFFA',
    acknowledge: 'FFFFFFFFA', addAction: 'FFFFFFFFA', decide: 'FFFFFFFFA', close: 'FFFFFFFFA', seeLeadNotes: 'FFFFFFFFA',
    seeSharedNotes: 'FFFFFFFFA',
    readProblemProfile: 'A', purge: 'PPPPPPPPP',
  },
  analyst: {
    submit: 'A', readOwn: 'FFFFFFFFF', readRouted: 'FFAFFFFFF', listForMe: 'A', export: 'FFPFFFFFF',
    acknowledge: 'FFPFFFFFF', addAction: 'FFPFFFFFF', decide: 'FFPFFFFFF', close: 'FFPFFFFFF', seeLeadNotes: 'FFPFFFFFF',
    seeSharedNotes: 'FFPFFFFFF',
    readProblemProfile: 'A', purge: 'PPPPPPPPP',
  },
  boroughContact: {
    submit: 'A', readOwn: 'FFFFFFFFF', readRouted: 'FAFFFFFAF', listForMe: 'A', export: 'FAFFFFFAF',
    acknowledge: 'FAFFFFFAF', addAction: 'FAFFFFFAF', decide: 'FAFFFFFAF', close: 'FAFFFFFAF', seeLeadNotes: 'FAFFFFFAF',
    seeSharedNotes: 'FAFFFFFAF',
    readProblemProfile: 'N', purge: 'PPPPPPPPP',
  },
  police: {
    submit: 'A', readOwn: 'FFFFFFFFF', readRouted: 'FFFFFAFFF', listForMe: 'A', export: 'FFFFFAFFF',
    acknowledge: 'FFFFFAFFF', addAction: 'FFFFFAFFF', decide: 'FFFFFAFFF', close: 'FFFFFAFFF', seeLeadNotes: 'FFFFFAFFF',
    seeSharedNotes: 'FFFFFAFFF',
    readProblemProfile: 'N', purge: 'PPPPPPPPP',
  },
  noRole: {
    submit: 'A', readOwn: 'FFFFFFFFF', readRouted: 'FFFFFFFFF', listForMe: 'N', export: 'FFFFFFFFF',
    acknowledge: 'FFFFFFFFF', addAction: 'FFFFFFFFF', decide: 'FFFFFFFFF', close: 'FFFFFFFFF', seeLeadNotes: 'FFFFFFFFF',
    seeSharedNotes: 'FFFFFFFFF',
    readProblemProfile: 'N', purge: 'PPPPPPPPP',
  },
  anotherTenant: {
    submit: 'I', readOwn: 'IIIIIIIII', readRouted: 'IIIIIIIII', listForMe: 'I', export: 'IIIIIIIII',
    acknowledge: 'IIIIIIIII', addAction: 'IIIIIIIII', decide: 'IIIIIIIII', close: 'IIIIIIIII', seeLeadNotes: 'IIIIIIIII',
    seeSharedNotes: 'IIIIIIIII',
    readProblemProfile: 'I', purge: 'IIIIIIIII',
  },
  retentionJob: {
    submit: 'P', readOwn: 'PPPPPPPPP', readRouted: 'PPPPPPPPP', listForMe: 'P', export: 'PPPPPPPPP',
    acknowledge: 'PPPPPPPPP', addAction: 'PPPPPPPPP', decide: 'PPPPPPPPP', close: 'PPPPPPPPP', seeLeadNotes: 'PPPPPPPPP',
    seeSharedNotes: 'PPPPPPPPP',
    readProblemProfile: 'P', purge: 'AAAAAAAAA',
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
  return MATRIX_RECORDS.map((record) => letter(decide(actor, operation, matrixRecord(record)))).join('');
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
      MATRIX_RECORDS.forEach((record, i) => {
        const allowed = decide(MATRIX_ACTORS[role], operation, matrixRecord(record)).allowed;
        const expected = EXPECTED[role][operation][i] === 'A';
        if (allowed && !expected) unauthorised += 1;
        if (allowed && expected) authorised += 1;
      });
    }
  }
  expect(unauthorised).toBe(0);
  // The reporter's own reads, and each recipient's, are there: the function is not refusing everything.
  // reporter 9 + 9 + 9 (its shared notes); setting lead 4 + 4 + 4 (escalated once, twice or not); deputy
  // lead 4 + 4 (escalated only); MASE coordinator 8; host borough's MASE coordinator 4 (its own borough's
  // notification only); analyst 1; borough contact 4 + 4 (its Makesafe report, the concern record once the
  // chain reaches it); police 4.
  expect(authorised).toBe(72);
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
