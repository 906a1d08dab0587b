import exemplars from '../knowledge/eval/exemplars.json';
import questions from '../knowledge/eval/questions.json';
import { QUESTIONS } from './benchQuestions';

type Asked = { q: string; audience: 'school' | 'health' | 'business' | 'police' | 'social-care' };
const asked: Asked[] = [...new Map([...questions, ...exemplars].map((q) => [q.q, q as Asked])).values()];

/**
 * The searches the search-alone bench and profile ask: every distinct question of
 * knowledge/eval/questions.json and exemplars.json (never the held-out sets), as a stranger and as its
 * audience; or, with `bench`, `npm run bench`'s five questions as it asks them (no role), as many searches.
 */
export function searchesToAsk(which: string | undefined): Array<{ q: string; context: { audience?: Asked['audience'] } }> {
  return which === 'bench'
    ? asked.map((_, i) => ({ q: QUESTIONS[i % QUESTIONS.length] ?? '', context: {} })).flatMap((s) => [s, s])
    : asked.flatMap((q) => [{ q: q.q, context: {} }, { q: q.q, context: { audience: q.audience } }]);
}
