import type { ExportLayout, LayoutCell } from '../../../dialogs/forms/exportLayout';
import { FORM_DEFINITIONS } from '../../../dialogs/forms/index';
import { layoutProblems, spanProblems } from '../../../dialogs/forms/layoutProblems';
import { maseInformationForm } from '../../../dialogs/forms/maseInformation.form';
import { maseInformationLayout } from '../../../dialogs/forms/maseInformation.layout';

/**
 * The MASE form's export layout against its definition: every id it names is a question where it is
 * named, every question of the form is placed exactly once (in Appendix F's tables or after them),
 * and every row covers the grid. The check itself is shown to catch each kind of mistake.
 */

const layout = maseInformationLayout;

test('the MASE form names its layout, and the layout is sound against the definition', () => {
  expect(maseInformationForm.exportLayout).toBe(layout);
  expect(layoutProblems(maseInformationForm, layout)).toEqual([]);
});

test.each(FORM_DEFINITIONS.filter((d) => d.exportLayout !== undefined).map((d) => [d.id, d] as const))('%s: its layout is sound', (_id, definition) => {
  if (definition.exportLayout === undefined) throw new Error('no layout');
  expect(layoutProblems(definition, definition.exportLayout)).toEqual([]);
});

test('the questions Appendix F has no place for come after its tables: the MASE area and the options considered', () => {
  expect(layout.further.questions).toEqual(['maseArea', 'optionsConsidered']);
  const appendixF = layout.tables.flatMap((table) => table.rows.flat()).flatMap((cell) => ('question' in cell ? [cell.question, ...(cell.with ?? [])] : []));
  for (const id of layout.further.questions) expect(appendixF).not.toContain(id);
});

test('Appendix F’s rows, in its order: a victim’s five, an offender’s four, one locations table, the themes two a row', () => {
  const ids = (rows: ReadonlyArray<readonly LayoutCell[]>) =>
    rows.map((row) => row.map((cell) => ('question' in cell ? cell.question : 'group' in cell ? `group:${cell.group}` : `heading:${cell.heading}`)));
  expect(layout.tables.map((table) => [table.heading, table.group ?? null, ids(table.rows)])).toEqual([
    [
      'maseInformation:pages.victims.title',
      'victims',
      [
        ['name', 'dateOfBirth', 'age'],
        ['ethnicity', 'disability'],
        ['allocatedService', 'caseStatus', 'educationStatus', 'schoolOrCollege'],
        ['gangAffiliation', 'offendingHistory'],
        ['strategyMeetingDate', 'policeRiskCategory'],
      ],
    ],
    [
      'maseInformation:pages.offenders.title',
      'offenders',
      [
        ['name', 'dateOfBirth', 'age'],
        ['ethnicity', 'disability'],
        ['allocatedService', 'caseStatus', 'educationStatus', 'schoolOrCollege'],
        ['gangAffiliation', 'offendingHistory'],
      ],
    ],
    ['maseInformation:layout.locations', null, [['victimAddresses'], ['offenderAddresses'], ['group:additionalLocations']]],
    [
      'maseInformation:pages.themes.title',
      null,
      [
        ['missingEpisodes', 'emergencyAttendance'],
        ['crossBorderIssues', 'substanceUse'],
        ['heading:maseInformation:layout.cseModelType', 'cseModelPrimary', 'riskyInternetUse'],
        ['cseModelSecondary'],
        ['cseModelThird'],
        ['trafficking', 'sexualHealth'],
        ['countyLines', 'familialLink'],
        ['radicalisation'],
      ],
    ],
  ]);
});

describe('the check catches', () => {
  const victims = layout.tables[0];
  const themes = layout.tables[3];
  if (victims === undefined || themes === undefined) throw new Error('the MASE layout has lost a table');
  const withTables = (...tables: ExportLayout['tables']): ExportLayout => ({ ...layout, tables });
  const others = layout.tables.slice(1);

  it.each<[string, ExportLayout, string]>([
    [
      'a question that does not exist',
      withTables({ ...victims, rows: [...victims.rows.slice(0, -1), [{ question: 'shoeSize', span: 2 }, { question: 'policeRiskCategory', labelSpan: 2, span: 5 }]] }, ...others),
      'table maseInformation:pages.victims.title: "shoeSize" is not a question of group victims',
    ],
    [
      'a question left out',
      { ...layout, further: { ...layout.further, questions: ['maseArea'] } },
      '"optionsConsidered" is placed 0 times: place it once, in a table or in the further part',
    ],
    [
      'a question placed twice',
      { ...layout, further: { ...layout.further, questions: ['maseArea', 'optionsConsidered', 'radicalisation'] } },
      '"radicalisation" is placed 2 times: place it once, in a table or in the further part',
    ],
    [
      'a group’s question outside its group’s table',
      { ...layout, further: { ...layout.further, questions: ['maseArea', 'optionsConsidered', 'policeRiskCategory'] } },
      'the further part: "policeRiskCategory" is not a question of the form outside its groups',
    ],
    ['a group that does not exist', withTables({ ...victims, group: 'witnesses' }, ...others), 'table maseInformation:pages.victims.title: "witnesses" is not a group of the form'],
  ])('%s', (_name, broken, problem) => {
    expect(layoutProblems(maseInformationForm, broken)).toContain(problem);
  });

  it.each<[string, ReadonlyArray<readonly LayoutCell[]>, string[]]>([
    ['a row too narrow', [[{ question: 'a', span: 3 }]], ['row 1 covers 4 of the grid\'s 10 columns']],
    ['a row too wide', [[{ question: 'a', labelSpan: 2, span: 9 }]], ['row 1 covers 11 of the grid\'s 10 columns']],
    ['a span of nothing', [[{ question: 'a', labelSpan: 0, span: 10 }]], ['row 1: a span is not a whole number of at least 1']],
    ['a cell spanning down past the last row', [[{ heading: 'h', rowSpan: 2 }, { question: 'a', span: 8 }]], ['a cell spans down past the last row']],
    [
      'a row that forgets the columns a cell above holds',
      [
        [{ heading: 'h', rowSpan: 2 }, { question: 'a', span: 8 }],
        [{ heading: 'h2' }, { question: 'b', span: 8 }],
      ],
      ['row 2 covers 11 of the grid\'s 10 columns'],
    ],
  ])('%s', (_name, rows, problems) => {
    expect(spanProblems(rows, 10)).toEqual(problems);
  });

  it('and finds Appendix F’s themes sound: the model types’ rows leave out the columns held from above', () => {
    expect(spanProblems(themes.rows, 10)).toEqual([]);
  });
});
