import type { FormDocument } from '../../dialogs/forms/document';

/** Fixture documents for the exports: obviously fictional people, places and references. */

export const concernRecordDocument: FormDocument = {
  exportVersion: 1,
  formId: 'form.concernRecord',
  formVersion: 1,
  title: 'Concern record',
  reference: 'CSE-TEST-7K3M',
  submittedAt: '4 December 2026, 14:05',
  sections: [
    {
      heading: 'The child',
      columns: 1,
      rows: [
        { label: 'Name', value: 'Zelda Quirkfield' },
        { label: 'Date of birth', value: '1 February 2012' },
        { label: 'Known to children’s social care', value: 'Not sure' },
      ],
    },
    {
      heading: 'What was seen or said',
      columns: 1,
      rows: [
        { label: 'The child’s own words', value: '"He said I owe him."\nThen she left with him.' },
        { label: 'When', value: 'Not answered' },
      ],
    },
  ],
  notes: ['Tell your designated safeguarding lead today.', 'A MASH referral is expected within 24 hours.'],
  source: 'Source: London CSE Operating Protocol (2017), Section 7: Referral pathway',
};

export const maseDocument: FormDocument = {
  exportVersion: 1,
  formId: 'form.mase',
  formVersion: 1,
  title: 'MASE information form',
  reference: 'CSE-TEST-9PQR',
  submittedAt: '5 December 2026, 09:30',
  sections: [
    {
      heading: 'Victims',
      columns: 2,
      rows: [],
      items: [
        {
          heading: 'Victim 1',
          rows: [
            { label: 'Name or alias', value: 'Zelda Quirkfield' },
            { label: 'Age', value: '14' },
            { label: 'Allocated service', value: 'Children’s social care' },
          ],
        },
        {
          heading: 'Victim 2',
          rows: [
            { label: 'Name or alias', value: 'Barnaby Fizzlewick' },
            { label: 'Age', value: '15' },
          ],
        },
      ],
    },
    {
      heading: 'Themes',
      columns: 2,
      rows: [
        { label: 'Missing episodes', value: 'Yes' },
        { label: 'County lines', value: 'No' },
      ],
    },
  ],
  notes: [],
  source: 'Source: London CSE Operating Protocol (2017), Appendix F',
};

/** Every value a document holds that a user typed about a person: none may reach the file's properties. */
export const personalValuesOf = (doc: FormDocument): string[] =>
  doc.sections.flatMap((s) => [...s.rows, ...(s.items ?? []).flatMap((i) => i.rows)]).map((r) => r.value).filter((v) => /[A-Z][a-z]+ [A-Z][a-z]+/.test(v));
