import type { FormExporter } from '../../dialogs/forms/export/submissionDocuments';
import type { FormAnswers } from '../../dialogs/forms/vocabulary';

/**
 * A fixture form for the export tests, standing in for a real definition and the form engine's
 * documentOf: two questions, one personal, and a repeated group. Names are obviously fictional.
 */

const text = (answers: FormAnswers, id: string): string => {
  const value = answers[id];
  return typeof value === 'string' && value !== '' ? value : 'Not answered';
};

export const fixtureForm: FormExporter = {
  definition: { id: 'form.fixtureConcern', schemaVersion: 1 },
  document: (answers, meta, t) => ({
    exportVersion: 1,
    formId: 'form.fixtureConcern',
    formVersion: 1,
    title: 'Fixture concern record',
    reference: meta.reference,
    submittedAt: meta.submittedAt.toISOString().slice(0, 16).replace('T', ' '),
    sections: [
      { heading: 'The child', columns: 1, rows: [{ label: 'Name', value: text(answers, 'childName') }, { label: 'What was said', value: text(answers, 'ownWords') }] },
      {
        heading: 'Places',
        columns: 2,
        rows: [],
        items: (Array.isArray(answers['places']) ? answers['places'] : []).map((item, i) => ({
          heading: `Place ${i + 1}`,
          rows: [{ label: 'Place', value: typeof item === 'object' && typeof item['name'] === 'string' ? item['name'] : 'Not answered' }],
        })),
      },
    ],
    notes: [t('exports:labels.notes')],
    source: 'Source: London CSE Operating Protocol (2017), Section 7',
  }),
};

/** A stored payload of the fixture form, as the form engine would store it. */
export const fixturePayload = (childName: string, ownWords = 'He said I owe him.\nThen she left.') => ({
  schemaVersion: 1,
  answers: { childName, ownWords, places: [{ name: 'Wobblebury Lane' }, { name: 'Quillfeather Park' }] },
});
