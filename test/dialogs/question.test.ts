import { allEntries } from '../../knowledge/entries/index';
import { createKnowledgeIndex } from '../../knowledge/search';
import type { AnswerView, View } from '../../cards/view';
import { answerQuestion, entriesOffered, openEntry, RELATED_ENOUGH } from '../../dialogs/question';
import { catalogue } from '../support/catalogue';

const index = createKnowledgeIndex(allEntries);
const facts = { contacts: {} };

/** The entry ids a view's choices open, in order. */
const opened = (actions: AnswerView['related'] = []): string[] =>
  actions.flatMap((a) => (typeof a.data === 'object' && a.data !== null && 'entryId' in a.data ? [String(a.data.entryId)] : []));

const answerOf = (views: View[]): AnswerView => {
  const view = views[0];
  if (view?.kind !== 'answer') throw new Error(`expected an answer, got ${view?.kind ?? 'nothing'}`);
  return view;
};

describe('a typed question answered', () => {
  const question = 'what is a cawn';

  it('offers the search’s next entries found strongly enough beside the answer beneath it, neither the answer itself nor one it lists as related', () => {
    const answered = answerQuestion(question, index, facts, catalogue);
    expect(answered.confident).toBe(true);
    const view = answerOf(answered.views);
    const others = opened(view.others);
    const result = index.search(question);
    const [bestHit, ...nextHits] = result.hits;
    const best = bestHit?.entry.id;
    const next = nextHits.filter((h) => h.score >= (bestHit?.score ?? 0) * RELATED_ENOUGH).map((h) => h.entry.id);
    expect(next.length).toBeLessThan(nextHits.length);
    expect(view.title).toBe(index.byId(best ?? '')?.title);
    expect(others.length).toBeGreaterThan(0);
    expect(others.length).toBeLessThanOrEqual(2);
    expect(others).not.toContain(best);
    expect(others.filter((id) => opened(view.related).includes(id))).toEqual([]);
    // In the search's order: the first of its next entries found strongly enough that the answer does not already list.
    expect(others).toEqual(next.filter((id) => !opened(view.related).includes(id)).slice(0, others.length));
  });

  it('counts as offered what the card offers: the answer, its related entries and the next ones', () => {
    const view = answerOf(answerQuestion(question, index, facts, catalogue).views);
    const result = index.search(question);
    expect(entriesOffered(result, index)).toEqual([result.hits[0]?.entry.id, ...opened(view.related), ...opened(view.others)]);
  });

  it('counts as offered, when not sure, the nearest entries the notice offers', () => {
    const text = 'what is the boiling point of water';
    const answered = answerQuestion(text, index, facts, catalogue);
    expect(answered.confident).toBe(false);
    const notice = answered.views[0];
    if (notice?.kind !== 'notice') throw new Error('expected a notice');
    const nearest = opened(notice.groups?.[0]?.actions);
    expect(nearest.length).toBeGreaterThan(0);
    expect(entriesOffered(index.search(text), index)).toEqual(nearest);
  });

  // The sixth exploratory test: a teacher who had chosen their role was told "Or choose your role".
  it('offers the role menu when not sure only while the role is not known', () => {
    const text = 'what is the boiling point of water';
    const groupsOf = (views: View[]): string[] => views.flatMap((v) => (v.kind === 'notice' ? (v.groups ?? []).map((g) => g.heading.key) : []));
    expect(groupsOf(answerQuestion(text, index, facts, catalogue).views)).toContain('notices:notSure.roles');
    expect(groupsOf(answerQuestion(text, index, facts, catalogue, { audience: 'school' }).views)).toEqual(['notices:notSure.nearest']);
  });
});

describe('a question comparing two things', () => {
  it('answers with both, each on its own card, and counts both as offered', () => {
    const question = 'whats the difference between an SRO and an SHPO';
    const answered = answerQuestion(question, index, facts, catalogue);
    expect(answered.confident).toBe(true);
    const titles = answered.views.map((v) => (v.kind === 'answer' ? v.title : v.kind));
    expect(titles).toEqual(expect.arrayContaining([index.byId('power.sro')?.title, index.byId('power.shpo')?.title]));
    expect(titles).toHaveLength(2);
    expect(entriesOffered(index.search(question), index)).toEqual(expect.arrayContaining(['power.sro', 'power.shpo']));
  });

  it('keeps one answer when an entry compares them itself', () => {
    const answered = answerQuestion('mash vs mase', index, facts, catalogue);
    expect(answered.views.map((v) => (v.kind === 'answer' ? v.title : v.kind))).toEqual([index.byId('route.mash-or-mase')?.title]);
  });
});

describe('an entry opened by its button', () => {
  it('offers its related entries only: there was no search to offer the next entries of', () => {
    const view = answerOf(openEntry('power.sro', index, facts));
    expect(view.others).toBeUndefined();
  });
});
