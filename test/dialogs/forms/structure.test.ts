import { createI18n } from '../../../bot/i18n';
import { FORM_DEFINITIONS } from '../../../dialogs/forms';
import { structuralProblems } from '../../../dialogs/forms/structure';
import type { FormDefinition, Page } from '../../../dialogs/forms/vocabulary';
import { sampleForm, sampleT } from '../../support/sampleForm';

/** The structural check, run over every form the assistant offers, and shown to catch each kind of mistake. */

describe('every form definition in FORM_DEFINITIONS', () => {
  it('is sound: unique ids, conditions on earlier questions, every en-GB text, labelled options, dated deadlines, an impersonal description', async () => {
    const i18n = await createI18n();
    for (const definition of FORM_DEFINITIONS) {
      expect({ form: definition.id, problems: structuralProblems(definition, (key) => i18n.exists(key)) }).toEqual({ form: definition.id, problems: [] });
    }
  });

  it('has distinct form ids, each named form.<name>', () => {
    const ids = FORM_DEFINITIONS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^form\.[a-z][A-Za-z]*$/);
  });
});

describe('the structural check', () => {
  let hasKey: (key: string) => boolean;
  beforeAll(async () => {
    ({ hasKey } = await sampleT());
  });

  const withPages = (pages: Page[], extra: Partial<FormDefinition> = {}): FormDefinition => ({ ...sampleForm, pages, ...extra });
  const [child, event] = sampleForm.pages as [Page, Page, ...Page[]];

  it('finds nothing wrong with a sound form', () => {
    expect(structuralProblems(sampleForm, hasKey)).toEqual([]);
  });

  it.each<[string, FormDefinition, string]>([
    ['a question id used twice', withPages([child, { id: 'again', questions: [{ id: 'name', kind: 'shortText', required: false, source: 'x' }] }]), 'question name: the id is used twice'],
    ['a page id used twice', withPages([child, { ...event, id: 'child' }]), 'page child: the id is used twice'],
    ['a condition on a later question', withPages([{ id: 'early', questions: [{ id: 'first', kind: 'shortText', required: false, source: 'x', condition: { question: 'later', answered: true } }] }, { id: 'late', questions: [{ id: 'later', kind: 'yesNo', required: false, source: 'x' }] }]), 'question first: its condition names "later", which is not a question asked before it'],
    ['a missing string', withPages([{ id: 'child', questions: [{ id: 'unworded', kind: 'shortText', required: false, source: 'x' }] }], { deadlines: [], quality: [], describedBy: undefined }), 'missing en-GB text: sampleForm:questions.unworded.label'],
    ['an option without a label', withPages([{ id: 'child', questions: [{ id: 'setting', kind: 'oneOf', required: true, source: 'x', options: { id: 'sampleSetting', values: ['school', 'moon'], source: 'x' } }] }], { deadlines: [], quality: [] }), 'missing en-GB text: forms:options.sampleSetting.moon'],
    ['a deadline from a question that is not a date', { ...sampleForm, deadlines: [{ id: 'notify', from: 'name', hours: 24, source: 'x' }] }, 'deadline notify: "name" is not a date question of the form'],
    ['a draft described by a personal answer', { ...sampleForm, describedBy: ['setting', 'name'] }, 'describedBy: "name" is personal and must never describe a draft'],
    ['a draft described by nothing', { ...sampleForm, describedBy: [] }, 'describedBy: must list at least one question id'],
    ['a draft described by an age from what is not the child\'s date of birth', { ...sampleForm, describedBy: ['setting', { ageFrom: 'name' }] }, 'describedBy: "name" is not the child\'s date of birth, outside a repeated group, to give an age from'],
    ['a question without a source', withPages([{ id: 'child', questions: [{ id: 'name', kind: 'shortText', required: true, source: ' ' }] }], { deadlines: [], quality: [], describedBy: undefined }), 'question name: no source'],
    ['ticks kept apart from a question that is not there', withPages([{ id: 'seen', questions: [{ id: 'signsNotSure', kind: 'severalOf', options: { id: 'fictionalSigns', values: ['a'], source: 'x' }, notAlsoIn: 'signsSeen', required: false, source: 'x' }] }], { deadlines: [], quality: [], describedBy: undefined }), 'question signsNotSure: notAlsoIn names "signsSeen", not a several-of question with the same list on its page'],
    ['a date kept after nothing asked before', withPages([{ id: 'episode', questions: [{ id: 'locatedAt', kind: 'dateTime', notBefore: 'missingFrom', required: false, source: 'x' }] }], { deadlines: [], quality: [], describedBy: undefined }), 'question locatedAt: notBefore names "missingFrom", not a date asked before it'],
    ['an age checked against nothing asked before', withPages([{ id: 'child', questions: [{ id: 'age', kind: 'number', min: 0, max: 17, ageOf: 'dateOfBirth', required: false, source: 'x' }] }], { deadlines: [], quality: [], describedBy: undefined }), 'question age: ageOf names "dateOfBirth", not a date of birth asked before it'],
    ['a quality rule about a question the form lacks', { ...sampleForm, quality: [{ kind: 'missingWhen', question: 'words', when: { question: 'known', equals: 'yes' }, messageKey: 'sampleForm:quality.account' }] }, 'quality rule sampleForm:quality.account: "words" is not a question of the form'],
    ['an option refused that the question does not have', withPages([{ id: 'known', questions: [{ id: 'told', kind: 'yesNo', required: false, source: 'x' }] }, { id: 'flags', questions: [{ id: 'codes', kind: 'severalOf', options: { id: 'fictionalCodes', values: ['a', 'b'], source: 'x' }, refusedBeside: [{ question: 'told', answer: 'no', options: ['c'] }], required: false, source: 'x' }] }], { deadlines: [], quality: [], describedBy: undefined }), 'question codes: refusedBeside names "c", not one of its options'],
    ['an option refused beside a question not asked before it', withPages([{ id: 'known', questions: [{ id: 'told', kind: 'yesNo', required: false, source: 'x' }] }, { id: 'flags', questions: [{ id: 'codes', kind: 'severalOf', options: { id: 'fictionalCodes', values: ['a', 'b'], source: 'x' }, refusedBeside: [{ question: 'later', answer: 'no', options: ['a'] }], required: false, source: 'x' }] }], { deadlines: [], quality: [], describedBy: undefined }), 'question codes: refusedBeside names "later", not a question asked before it'],
    ['an option refused beside an answer its question cannot be given', withPages([{ id: 'known', questions: [{ id: 'told', kind: 'yesNo', required: false, source: 'x' }] }, { id: 'flags', questions: [{ id: 'codes', kind: 'severalOf', options: { id: 'fictionalCodes', values: ['a', 'b'], source: 'x' }, refusedBeside: [{ question: 'told', answer: 'notSure', options: ['a'] }], required: false, source: 'x' }] }], { deadlines: [], quality: [], describedBy: undefined }), 'question codes: refusedBeside names "notSure", not an answer "told" can be given'],
  ])('finds %s', (_name, definition, problem) => {
    expect(structuralProblems(definition, hasKey)).toContain(problem);
  });
});
