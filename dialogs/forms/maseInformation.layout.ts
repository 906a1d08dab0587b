import type { ExportLayout, LayoutCell } from './exportLayout';

/**
 * The MASE information form's Word document in Appendix F's layout: its tables and rows as the
 * example form prints them, over its grid of ten columns, the spans read from the example (a label a
 * column wide unless the example's is wider). A victim's and an offender's tables are Appendix F's
 * copied per person; the locations are one table; the CSE model types are three rows headed once.
 * The MASE area and the options considered, which Appendix F has no place for, come after.
 */

const L = 'maseInformation:layout';

/** Appendix F's first four rows of a victim, and of an offender alike. */
const personRows: ReadonlyArray<readonly LayoutCell[]> = [
  [
    { question: 'name', span: 3 },
    { question: 'dateOfBirth', span: 2 },
    { question: 'age', span: 2 },
  ],
  [
    { question: 'ethnicity', span: 2 },
    { question: 'disability', span: 6 },
  ],
  [
    { question: 'allocatedService', span: 1 },
    { question: 'caseStatus', span: 2 },
    { question: 'educationStatus', span: 2 },
    { question: 'schoolOrCollege', span: 1 },
  ],
  [
    { question: 'gangAffiliation', span: 4 },
    { question: 'offendingHistory', labelSpan: 2, span: 3 },
  ],
];

export const maseInformationLayout: ExportLayout = {
  source: 'Appendix F: Multi-agency sexual exploitation meeting – Example of a MASE information form',
  columns: 10,
  tables: [
    {
      heading: 'maseInformation:pages.victims.title',
      group: 'victims',
      rows: [
        ...personRows,
        [
          { question: 'strategyMeetingDate', span: 2 },
          { question: 'policeRiskCategory', labelSpan: 2, span: 5 },
        ],
      ],
    },
    { heading: 'maseInformation:pages.offenders.title', group: 'offenders', rows: personRows },
    {
      heading: `${L}.locations`,
      rows: [
        [{ question: 'victimAddresses', span: 9 }],
        [{ question: 'offenderAddresses', span: 9 }],
        [{ group: 'additionalLocations', label: `${L}.additionalLocations`, span: 9 }],
      ],
    },
    {
      heading: 'maseInformation:pages.themes.title',
      rows: [
        [
          { question: 'missingEpisodes', span: 4 },
          { question: 'emergencyAttendance', span: 4 },
        ],
        [
          { question: 'crossBorderIssues', span: 4 },
          { question: 'substanceUse', span: 4 },
        ],
        [
          { heading: `${L}.cseModelType`, rowSpan: 3 },
          { question: 'cseModelPrimary', label: `${L}.cseModelPrimary`, span: 3 },
          { question: 'riskyInternetUse', span: 4, rowSpan: 3 },
        ],
        [{ question: 'cseModelSecondary', label: `${L}.cseModelSecondary`, span: 3 }],
        [{ question: 'cseModelThird', label: `${L}.cseModelThird`, span: 3 }],
        [
          { question: 'trafficking', span: 4, with: ['nrmStatus'] },
          { question: 'sexualHealth', span: 4 },
        ],
        [
          { question: 'countyLines', span: 4 },
          { question: 'familialLink', span: 4 },
        ],
        [{ question: 'radicalisation', span: 9 }],
      ],
    },
  ],
  further: { heading: `${L}.further`, questions: ['maseArea', 'optionsConsidered'] },
};
