import type { Translate } from '../../../cards/view';
import { groupItems } from '../../../dialogs/forms/conditions';
import type { FormDocument } from '../../../dialogs/forms/document';
import { toDocx } from '../../../dialogs/forms/export/docx.export';
import type { StoredSubmission } from '../../../dialogs/forms/export/mySubmissions';
import { submissionDocuments } from '../../../dialogs/forms/export/submissionDocuments';
import { toText } from '../../../dialogs/forms/export/text.export';
import { FORM_EXPORTERS } from '../../../dialogs/forms/exporters';
import { maseInformationForm } from '../../../dialogs/forms/maseInformation.form';
import type { FormAnswers } from '../../../dialogs/forms/vocabulary';
import { completedAnswers } from '../../support/completedForms';
import { bodyLinesOf, tablesOf, unzipDocx, type ReadTable } from '../../support/docxReader';
import { strictT } from '../../support/i18n';

/**
 * The MASE information form's Word document in Appendix F's layout, opened and read back from the
 * file: for a submission with two victims, one offender and three additional locations, the tables,
 * each row's cells in order, one locations table, the police category as recorded, every row covering
 * the same grid, and every label bold on the same shading.
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const SUBMITTED = new Date(Date.UTC(2026, 11, 4, 14, 5));
const documentOfStored = submissionDocuments(FORM_EXPORTERS);

function answers(): FormAnswers {
  const full = completedAnswers(maseInformationForm, 'full');
  const offenders = groupItems(full.offenders).slice(0, 1);
  return { ...full, offenders, additionalLocations: [...groupItems(full.additionalLocations), { type: 'hotel', place: 'The Fictional Lodge, Quilletmoor Lane' }] };
}

function stored(payloadAnswers: FormAnswers, formVersion = maseInformationForm.version): FormDocument {
  const submission: StoredSubmission = {
    reference: 'CSE-MASE-7777',
    kind: maseInformationForm.id,
    payload: { formId: maseInformationForm.id, formVersion, schemaVersion: 1, answers: payloadAnswers },
    createdAt: SUBMITTED,
  };
  const document = documentOfStored(submission, t);
  if (document === undefined) throw new Error('the MASE submission could not be opened');
  return document;
}

async function opened(document: FormDocument): Promise<{ tables: ReadTable[]; body: string[] }> {
  const xml = unzipDocx(await toDocx(document, t))['word/document.xml'] ?? '';
  return { tables: tablesOf(xml), body: bodyLinesOf(xml) };
}

const texts = (table: ReadTable | undefined): string[][] => (table?.rows ?? []).map((row) => row.map((cell) => cell.text));
const TWO_LINES = (id: string, item?: number) => `Fictional ${id}${item === undefined ? '' : ` (item ${item})`}: what was written.\nA second line, as typed.`;

describe('a MASE submission with two victims, one offender and three locations', () => {
  let document: FormDocument;
  let tables: ReadTable[];
  let body: string[];
  beforeAll(async () => {
    document = stored(answers());
    ({ tables, body } = await opened(document));
  });

  test('Appendix F’s tables under their headings: a table per victim and offender, one for the locations, one for the themes, then what Appendix F has no place for', () => {
    expect(body.filter((line) => line.startsWith('[Heading'))).toEqual([
      '[Heading1] Victims',
      '[Heading2] Victim 1',
      '[Heading2] Victim 2',
      '[Heading1] Offenders, suspects or persons of concern (alleged or known)',
      '[Heading2] Offender or person of concern 1',
      '[Heading1] Locations',
      '[Heading1] Themes',
      "[Heading1] Also recorded (not on Appendix F's form)",
      '[Heading1] What happens next',
    ]);
    expect(tables).toHaveLength(6);
  });

  test('a victim’s rows as Appendix F prints them, ending with the strategy meeting and the police category as the officer recorded it', () => {
    expect(texts(tables[0])).toEqual([
      ['Name or alias', 'Zelda Quirkfield', 'Date of birth', '27 March 2012', 'Age', '14'],
      ['Ethnicity', 'White: English, Welsh, Scottish, Northern Irish or British', 'Disability, learning disability or special educational needs', TWO_LINES('disability', 1)],
      [
        'Allocated service',
        'Fictional allocatedService (item 1)',
        'Case status',
        "Not open to children's social care",
        'Education status',
        'In full-time education',
        'School or college',
        'Fictional schoolOrCollege (item 1)',
      ],
      ['Gang affiliation', TWO_LINES('gangAffiliation', 1), 'Offending history and youth offending service or police involvement', TWO_LINES('offendingHistory', 1)],
      ['Date of the CSE strategy meeting', '30 November 2026', 'Police risk category recorded at the CSE strategy meeting', 'Vulnerable child or young person (0)'],
    ]);
    expect(texts(tables[1])[4]).toEqual(['Date of the CSE strategy meeting', '30 November 2026', 'Police risk category recorded at the CSE strategy meeting', 'Category 1']);
    expect(tables[0]?.rows.map((row) => row.map((cell) => cell.columnSpan))).toEqual([
      [1, 3, 1, 2, 1, 2],
      [1, 2, 1, 6],
      [1, 1, 1, 2, 1, 2, 1, 1],
      [1, 4, 2, 3],
      [1, 2, 2, 5],
    ]);
  });

  test('the offender’s table: the same first four rows, no strategy meeting', () => {
    expect(texts(tables[2])).toEqual([
      ['Name or alias', 'Ottoline Brambleworth', 'Date of birth', '14 July 1991', 'Age', '35'],
      ['Ethnicity', 'White: Gypsy or Irish Traveller', 'Disability, learning disability or special educational needs', TWO_LINES('disability', 1)],
      ['Allocated service', 'Fictional allocatedService (item 1)', 'Case status', 'Child in need plan', 'Education status', 'In alternative provision or a pupil referral unit', 'School or college', 'Fictional schoolOrCollege (item 1)'],
      ['Gang affiliation', TWO_LINES('gangAffiliation', 1), 'Offending history and youth offending service or police involvement', TWO_LINES('offendingHistory', 1)],
    ]);
  });

  test('one locations table: the victims’ and offenders’ addresses, then every additional location on a line of its own', () => {
    expect(texts(tables[3])).toEqual([
      ['Victim addresses', TWO_LINES('victimAddresses')],
      ['Offender addresses', TWO_LINES('offenderAddresses')],
      ['Additional locations', 'Incident location, Fictional place (item 1), ZZ1A 1ZZ\nGang border, Fictional place (item 2), ZZ1A 1ZZ\nHotel, The Fictional Lodge, Quilletmoor Lane'],
    ]);
  });

  test('the themes two a row as Appendix F pairs them, the model types three rows under one heading, the NRM status with trafficking', () => {
    expect(texts(tables[4])).toEqual([
      ['Missing episodes', TWO_LINES('missingEpisodes'), 'A&E attendance', TWO_LINES('emergencyAttendance')],
      ['Cross-border issues', TWO_LINES('crossBorderIssues'), 'Substance use', TWO_LINES('substanceUse')],
      ['CSE model type', 'Primary', 'Peer-on-peer exploitation', 'Risky internet use', TWO_LINES('riskyInternetUse')],
      ['', 'Secondary', 'Relationship model', '', ''],
      ['', 'Third', 'Online CSE', '', ''],
      ['Trafficking', `${TWO_LINES('trafficking')}\nNational Referral Mechanism (NRM) referral completed: Yes, completed`, 'Sexual health concerns', TWO_LINES('sexualHealth')],
      ['County lines', TWO_LINES('countyLines'), 'Sibling or familial CSE link', TWO_LINES('familialLink')],
      ['Radicalisation', TWO_LINES('radicalisation')],
    ]);
    // The model type heading and risky internet use span down the three rows; the rows below carry them as merged cells.
    expect(tables[4]?.rows.slice(2, 5).map((row) => row.map((cell) => cell.verticalMerge ?? '-'))).toEqual([
      ['restart', '-', '-', 'restart', 'restart'],
      ['continue', '-', '-', 'continue', 'continue'],
      ['continue', '-', '-', 'continue', 'continue'],
    ]);
  });

  test('after Appendix F’s tables, what it has no place for: the MASE area and the options considered', () => {
    expect(texts(tables[5])).toEqual([
      ['Local authority area of the MASE', 'Fictional maseArea'],
      ['Options considered', TWO_LINES('optionsConsidered')],
    ]);
  });

  test('every row of every table covers the same grid, ten columns wide', () => {
    for (const table of tables) {
      expect(table.gridColumns).toBe(10);
      for (const row of table.rows) expect(row.reduce((sum, cell) => sum + cell.columnSpan, 0)).toBe(10);
    }
  });

  test('every label is bold on the same shading; no answer is either', () => {
    // The cells drawn, without the merged continuations docx adds below a cell spanning down, are the document's cells in order.
    const drawn = tables.map((table) => table.rows.map((row) => row.filter((cell) => cell.verticalMerge !== 'continue')));
    const cells = (document.layout?.parts ?? []).flatMap((part) => part.tables.map((table) => table.rows));
    expect(drawn.map((rows) => rows.map((row) => row.map((cell) => cell.text)))).toEqual(cells.map((rows) => rows.map((row) => row.map((cell) => cell.text))));
    const looks = drawn.flat(2).map((cell, i) => ({ kind: cells.flat(2)[i]?.kind, bold: cell.bold, fill: cell.fill ?? 'none' }));
    expect(looks.filter((look) => look.kind === 'label').length).toBeGreaterThan(30);
    for (const look of looks) expect(look).toEqual(look.kind === 'label' ? { kind: 'label', bold: true, fill: 'E7E6E6' } : { kind: 'value', bold: false, fill: 'none' });
  });
});

describe('a MASE submission stored before this layout', () => {
  test('a version 1 form (before the options considered) still exports, in Appendix F’s layout, with nothing asked left out', async () => {
    const { optionsConsidered: _dropped, ...earlier } = completedAnswers(maseInformationForm, 'full');
    const document = stored(earlier, 1);
    const { tables } = await opened(document);
    expect(tables).toHaveLength(7);
    expect(texts(tables[6])).toEqual([
      ['Local authority area of the MASE', 'Fictional maseArea'],
      ['Options considered', 'Not answered'],
    ]);
    expect(toText(document, t)).toContain('Options considered: Not answered\r\n');
  });

  test('a secondary model type not asked (no primary chosen) reads "Not asked", and the grid keeps its shape', async () => {
    const { cseModelPrimary: _p, cseModelSecondary: _s, cseModelThird: _th, ...rest } = completedAnswers(maseInformationForm, 'full');
    const { tables } = await opened(stored({ ...rest, cseModelPrimary: 'notKnown' }));
    const themes = texts(tables.find((table) => table.rows[0]?.[0]?.text === 'Missing episodes'));
    expect(themes.slice(2, 5).map((row) => row.slice(0, 3))).toEqual([
      ['CSE model type', 'Primary', 'Not known'],
      ['', 'Secondary', 'Not asked'],
      ['', 'Third', 'Not asked'],
    ]);
  });
});
