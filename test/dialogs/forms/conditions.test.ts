import { holds, keepAsked, pagesAsked } from '../../../dialogs/forms/conditions';
import type { FormDefinition } from '../../../dialogs/forms/vocabulary';

/** The journey through a form is derived from its answers: what is no longer asked is dropped, and so is what depended on it. */

const chain: FormDefinition = {
  id: 'form.chain',
  version: 1,
  schemaVersion: 1,
  ns: 'chain',
  source: 'test',
  quality: [],
  deadlines: [],
  pages: [
    { id: 'a', questions: [{ id: 'first', kind: 'yesNo', required: true, source: 'test' }] },
    { id: 'b', condition: { question: 'first', equals: 'yes' }, questions: [{ id: 'second', kind: 'shortText', required: false, source: 'test' }] },
    { id: 'c', questions: [{ id: 'third', kind: 'shortText', required: false, source: 'test', condition: { question: 'second', answered: true } }] },
  ],
};

describe('conditions', () => {
  it.each<[string, Parameters<typeof holds>[0], boolean]>([
    ['equals', { question: 'x', equals: 'yes' }, true],
    ['oneOf', { question: 'x', oneOf: ['no', 'yes'] }, true],
    ['includes', { question: 'list', includes: 'b' }, true],
    ['includes, absent', { question: 'list', includes: 'z' }, false],
    ['answered, empty list', { question: 'empty', answered: true }, false],
    ['all', { all: [{ question: 'x', equals: 'yes' }, { question: 'list', includes: 'a' }] }, true],
    ['any', { any: [{ question: 'x', equals: 'no' }, { question: 'missing', answered: true }] }, false],
  ])('%s', (_name, condition, expected) => {
    expect(holds(condition, { x: 'yes', list: ['a', 'b'], empty: [] })).toBe(expected);
  });

  it('drops an answer whose page is no longer asked, and any answer that depended on it', () => {
    const answers = { first: 'no', second: 'left from before', third: 'depends on second' };
    expect(pagesAsked(chain, answers).map((p) => p.id)).toEqual(['a', 'c']);
    expect(keepAsked(chain, answers)).toEqual({ first: 'no' });
    expect(keepAsked(chain, { ...answers, first: 'yes' })).toEqual({ first: 'yes', second: 'left from before', third: 'depends on second' });
  });
});
