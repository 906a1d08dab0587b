import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { KnowledgeEntry } from '../knowledge/entry.schema';
import exemplars from '../knowledge/eval/exemplars.json';
import questions from '../knowledge/eval/questions.json';
import type { IndexOptions, SearchContext, TrainableIndex } from '../knowledge/search';

/**
 * Everything the knowledge search answers, written down so that a change meant to make it cheaper can
 * be shown to change nothing: for every distinct question of knowledge/eval/questions.json and
 * exemplars.json (never the held-out sets), and a few edge cases, asked with no context and as its
 * audience, the whole result (hit ids in order, every score, confidence, coverage, doubt, unknown
 * words, and the result's keys in their order), the re-ranker's candidates with every feature, and the
 * question's example vector; numbers written to full precision (-0 and NaN told apart). Done for the
 * index as it ships, without the re-ranker and without the example questions.
 *
 * Run in this tree, or against another tree's knowledge/ (a `git archive` of main with node_modules
 * linked), then compare the two files byte for byte:
 *   npx tsx tools/search-snapshot.ts /tmp/after.jsonl
 *   npx tsx tools/search-snapshot.ts /tmp/before.jsonl /tmp/main-tree
 *   cmp /tmp/before.jsonl /tmp/after.jsonl
 */

type Audience = NonNullable<SearchContext['audience']>;

/** Questions the evaluation files may not hold: typos, word beginnings, an introduction alone, a route question alone, nothing. */
const EDGE_CASES: string[] = [
  'exploitaton', 'grooomed online', 'consnet', 'investigat', 'multiagency sexual exploitaiton meting', 'chld sexul explotation',
  'SRO', 'a', '', '   ', "I'm a teacher", 'I work at a hotel', 'who do I call?', 'what do I do now', 'nurse here, who do I tell',
  'she is 14 and her boyfriend is 19', 'section 46', 's1 PACE', 'what is a CAWN', 'ppl keep asking abt cats 1-3',
];
const AUDIENCES: Audience[] = ['school', 'health', 'business', 'police', 'social-care', 'all'];

const number = (x: number): string | number => (Object.is(x, -0) ? '-0' : Number.isFinite(x) ? x : String(x));
const exact = (_key: string, value: unknown): unknown => (typeof value === 'number' ? number(value) : value);

interface SearchModule {
  createKnowledgeIndex(entries: KnowledgeEntry[], options?: IndexOptions): TrainableIndex;
}

async function main(): Promise<void> {
  const [out, root = resolve(__dirname, '..')] = process.argv.slice(2);
  if (out === undefined) throw new Error('usage: tsx tools/search-snapshot.ts <out.jsonl> [<tree whose knowledge/ to use>]');
  const search = (await import(pathToFileURL(resolve(root, 'knowledge/search.ts')).href)) as SearchModule;
  const { allEntries } = (await import(pathToFileURL(resolve(root, 'knowledge/entries/index.ts')).href)) as { allEntries: KnowledgeEntry[] };
  const asked = new Map<string, Audience>([...questions, ...exemplars].map((q) => [q.q, q.audience as Audience]));
  const asks: [string, SearchContext][] = [
    ...[...asked].flatMap(([q, audience]): [string, SearchContext][] => [[q, {}], [q, { audience }]]),
    ...EDGE_CASES.flatMap((q) => [[q, {}] as [string, SearchContext], ...AUDIENCES.map((audience): [string, SearchContext] => [q, { audience }])]),
  ];
  const lines: string[] = [];
  const variants: [string, IndexOptions][] = [['shipped', {}], ['no ranker', { ranker: null }], ['no examples', { examples: null }]];
  for (const [name, options] of variants) {
    const index = search.createKnowledgeIndex(allEntries, options);
    for (const [q, context] of asks) {
      const result = index.search(q, context);
      const hits = result.hits.map((h) => ({ ...h, entry: h.entry.id, same: index.byId(h.entry.id) === h.entry }));
      const candidates = index.candidates(q, context);
      const vector = [...index.exampleVector(q)];
      lines.push(JSON.stringify({ index: name, q, context, result: { ...result, hits }, keys: Object.keys(result), candidates, vector }, exact));
    }
  }
  const text = `${lines.join('\n')}\n`;
  writeFileSync(out, text);
  process.stdout.write(`${lines.length} searches, sha256 ${createHash('sha256').update(text).digest('hex')}\n`);
}

void main();
