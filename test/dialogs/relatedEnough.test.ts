import { allEntries } from '../../knowledge/entries/index';
import type { KnowledgeEntry } from '../../knowledge/entry.schema';
import type { KnowledgeIndex, SearchResult } from '../../knowledge/search';
import type { AnswerView } from '../../cards/view';
import { answerQuestion, entriesOffered } from '../../dialogs/question';
import { catalogue } from '../support/catalogue';

/**
 * Issue 8: a confident answer offers the search's next entries as links, and some were off the question's subject
 * (a health visitor's 16-year-old mother in a B&B with men visiting was offered Familial CSE). A next entry is offered only when the search
 * found it strongly enough beside the answer: at least RELATED_ENOUGH (0.3) of the answer's first-stage score; over the dev
 * questions, no right entry left the first reply.
 */

const byId = new Map(allEntries.map((e) => [e.id, e]));
const entry = (id: string): KnowledgeEntry => {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`no entry ${id}`);
  return found;
};
const facts = { contacts: {} };
const indexAnswering = (result: SearchResult): KnowledgeIndex => ({ search: () => result, byId: (id) => byId.get(id) });
const othersOf = (view: AnswerView | undefined): string[] =>
  (view?.others ?? []).flatMap((a) => (typeof a.data === 'object' && a.data !== null && 'entryId' in a.data ? [String(a.data.entryId)] : []));

// An answer whose own related entries are none of these.
const ANSWER = 'section.9.prevention-interview';
const NEAR = 'power.cawn';
const FAR = 'makesafe.taxis';
const FARTHER = 'glossary.cse';

describe('the next entries a confident answer offers', () => {
  it('are only those found at least 0.3 as strongly as the answer', () => {
    const result: SearchResult = {
      hits: [
        { entry: entry(ANSWER), score: 100 },
        { entry: entry(FAR), score: 20 },
        { entry: entry(NEAR), score: 80 },
        { entry: entry(FARTHER), score: 10 },
      ],
      confident: true,
      coverage: 1,
      unknown: [],
    };
    expect(entry(ANSWER).related).not.toContain(NEAR);
    const index = indexAnswering(result);
    const view = answerQuestion('anything', index, facts, catalogue).views[0];
    expect(othersOf(view?.kind === 'answer' ? view : undefined)).toEqual([NEAR]);
    expect(entriesOffered(result, index)).not.toContain(FAR);
    expect(entriesOffered(result, index)).toContain(NEAR);
  });

  it('are the search’s next ones as before when a rule, not a score, gave the answer (every score 0)', () => {
    const result: SearchResult = {
      hits: [
        { entry: entry(ANSWER), score: 0 },
        { entry: entry(FAR), score: 0 },
        { entry: entry(NEAR), score: 0 },
      ],
      confident: true,
      coverage: 1,
      unknown: [],
    };
    const view = answerQuestion('anything', indexAnswering(result), facts, catalogue).views[0];
    expect(othersOf(view?.kind === 'answer' ? view : undefined)).toEqual([FAR, NEAR]);
  });
});
