import type { Translate } from '../../../cards/view';
import { documentOf } from '../../../dialogs/forms/documentOf';
import { displayValue } from '../../../dialogs/forms/display';
import { sampleForm, sampleT } from '../../support/sampleForm';

/** Answers in words, as check-your-answers and the exports show them. */

let t: Translate;
beforeAll(async () => {
  ({ t } = await sampleT());
});

const question = (id: string) => {
  for (const page of sampleForm.pages) for (const q of 'group' in page ? page.group.questions : page.questions) if (q.id === id) return q;
  throw new Error(id);
};

describe('display values', () => {
  it.each<[string, string | string[] | undefined, string]>([
    ['dateOfBirth', '2012-03-07', '7 March 2012'],
    ['foundAt', '2026-12-03T23:00', '3 December 2026, 23:00'],
    ['known', 'yes', 'Yes'],
    ['setting', 'other', 'Somewhere else'],
    ['colours', ['red', 'teal'], 'Red, Teal'],
    ['colours', [], 'Not answered'],
    ['name', undefined, 'Not answered'],
    ['age', '14', '14'],
  ])('%s %j reads "%s"', (id, value, shown) => {
    expect(displayValue(question(id), value, t)).toBe(shown);
  });
});

describe('documentOf', () => {
  it('lays out the asked pages in order, groups as items, deadlines computed, "Not answered" written in', () => {
    const answers = { name: 'Fictional Child A', setting: 'other', known: 'no', worker: 'left over from a changed answer', foundAt: '2026-12-03T23:00', places: [{ place: 'A fictional park' }, { place: 'A fictional station' }] };
    const document = documentOf(sampleForm, answers, { reference: 'CSE-7K2M-9QXD', submittedAt: new Date('2026-07-04T13:05:00Z') }, t);
    expect(document).toEqual({
      exportVersion: 1,
      formId: 'form.sample',
      formVersion: 1,
      title: 'Sample form',
      reference: 'CSE-7K2M-9QXD',
      submittedAt: '4 July 2026, 14:05',
      sections: [
        {
          heading: 'The child',
          columns: 1,
          rows: [
            { label: 'Name', value: 'Fictional Child A' },
            { label: 'Date of birth', value: 'Not answered' },
            { label: 'Age', value: 'Not answered' },
            { label: 'Setting', value: 'Somewhere else' },
          ],
        },
        {
          heading: 'What happened',
          columns: 1,
          rows: [
            { label: 'Known to children’s social care', value: 'No' },
            { label: 'Date seen', value: 'Not answered' },
            { label: 'Time seen', value: 'Not answered' },
            { label: 'Found', value: '3 December 2026, 23:00' },
            { label: 'Colours', value: 'Not answered' },
            { label: 'What was said', value: 'Not answered' },
          ],
        },
        {
          heading: 'Places',
          columns: 2,
          rows: [],
          items: [
            { heading: 'Place 1', rows: [{ label: 'Place', value: 'A fictional park' }] },
            { heading: 'Place 2', rows: [{ label: 'Place', value: 'A fictional station' }] },
          ],
        },
      ],
      notes: ['Notify the host borough: by 23:00 on 4 December 2026', 'Nothing happens next: this is a test form.'],
      source: 'Source: London Child Sexual Exploitation Operating Protocol (2017), Section 5',
    });
  });

  it('says when a deadline cannot be worked out', () => {
    const document = documentOf(sampleForm, { setting: 'other' }, { reference: 'CSE-0000-0000', submittedAt: new Date('2026-01-04T13:05:00Z') }, t);
    expect(document.submittedAt).toBe('4 January 2026, 13:05');
    expect(document.notes[0]).toBe('Notify the host borough: cannot be worked out, because the date it runs from was not given');
  });
});
