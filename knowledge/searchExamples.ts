import { z } from 'zod';
import { packFloat64, packInt32, unpackFloat64, unpackInt32 } from './packedNumbers';
import shipped from './searchExamples.en-GB.json';

/**
 * Example questions as evidence for the question search's re-ranker: how people have asked for each
 * entry (the labelled development questions and the example questions written for every entry,
 * knowledge/eval/). Each example is kept as the unit vector of the terms the search reads in it
 * (its own words, their synonyms and expansions, typos mended, weighed by rarity in the entries), so
 * a question's nearest examples are found by cosine over postings. Compiled by `npm run train:qa`
 * (tools/qa-examples.ts) into searchExamples.en-GB.json; test/knowledge/searchRanker.test.ts
 * compiles again and compares.
 */

/** How many nearest examples vote. */
export const VOTERS = 10;
/** How many nearest examples are read for each entry's best likeness. */
export const NEAREST = 40;

export const EXAMPLE_FEATURES = ['example.best', 'example.relative', 'example.nearest', 'example.votes', 'example.rank-inverse'] as const;

/** "abus:0.412 groom:0.331": an example's terms and weights, written compactly (weights to three places). */
const termsText = z.string().regex(/^(?:[a-z0-9]+:\d(?:\.\d+)?(?: |$))*$/);

export const exampleModelSchema = z.object({
  /** Changes when the way an example is read changes, so an old file is never read with new code. */
  version: z.literal(2),
  locale: z.string().min(2),
  kind: z.literal('example questions'),
  /** The files the examples come from, each with the SHA-256 of its questions as used. */
  sources: z.array(z.object({ file: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/), examples: z.number().int().positive() })).min(1),
  /** Each example: the entries it asks for, its source (a place in `sources`), its terms, and its meaning (knowledge/searchMeaning.ts meaningText: its word vector, int8, base64). */
  examples: z.array(z.object({ ids: z.array(z.string().min(1)).min(1), source: z.number().int().nonnegative(), terms: termsText, meaning: z.string() })),
});
export type ExampleModel = z.infer<typeof exampleModelSchema>;

export const EXAMPLE_MODEL_EN_GB: ExampleModel = exampleModelSchema.parse(shipped);

/** The examples without one source's: how a question of that source is measured honestly, never its own neighbour. */
export function withoutSource(model: ExampleModel, file: string): ExampleModel {
  const at = model.sources.findIndex((s) => s.file === file);
  return { ...model, examples: model.examples.filter((e) => e.source !== at) };
}

export type TermVector = ReadonlyMap<string, number>;

export const vectorText = (vector: TermVector): string =>
  [...vector]
    .map(([t, w]): [string, number] => [t, Math.round(w * 1e3) / 1e3])
    .filter(([, w]) => w > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([t, w]) => `${t}:${w}`)
    .join(' ');

export const vectorOf = (text: string): TermVector =>
  new Map(
    text
      .split(' ')
      .filter((p) => p.length > 0)
      .map((p): [string, number] => {
        const [t = '', w = '0'] = p.split(':');
        return [t, Number(w)];
      }),
  );

/** Scales a vector to unit length (empty stays empty). */
export function unit(vector: TermVector): TermVector {
  const norm = Math.sqrt([...vector.values()].reduce((s, w) => s + w * w, 0));
  return norm === 0 ? new Map() : new Map([...vector].map(([t, w]) => [t, w / norm]));
}

export interface Neighbour {
  /** The example's place in the list. */
  at: number;
  similarity: number;
}

export interface ExampleIndex {
  /** The examples most like a question's (unit) vector, most alike first (ties in list order); `keep` leaves some out. */
  nearest(vector: TermVector, keep?: (at: number) => boolean, limit?: number): Neighbour[];
  idsOf(at: number): readonly string[];
  size: number;
}

/** Most alike first, then earlier in the list. */
const ahead = (a: Neighbour, b: Neighbour): boolean => a.similarity > b.similarity || (a.similarity === b.similarity && a.at < b.at);

/**
 * The examples' postings as plain JSON (what `npm run build` saves, knowledge/searchIndexCache.ts):
 * each example's entries, and each term's examples with their weights, term t's from starts[t] to
 * starts[t + 1] (knowledge/packedNumbers.ts).
 */
export interface PlainExampleIndex {
  ids: string[][];
  terms: string[];
  starts: string;
  at: string;
  weight: string;
}

export function plainExampleIndexOf(examples: readonly { ids: readonly string[]; vector: TermVector }[]): PlainExampleIndex {
  const postings = new Map<string, { at: number[]; weight: number[] }>();
  examples.forEach(({ vector }, at) => {
    for (const [t, w] of vector) {
      const list = postings.get(t) ?? { at: [], weight: [] };
      list.at.push(at);
      list.weight.push(w);
      postings.set(t, list);
    }
  });
  const lists = [...postings.values()];
  const starts = [0];
  for (const list of lists) starts.push((starts[starts.length - 1] ?? 0) + list.at.length);
  return {
    ids: examples.map((e) => [...e.ids]),
    terms: [...postings.keys()],
    starts: packInt32(starts),
    at: packInt32(lists.flatMap((l) => l.at)),
    weight: packFloat64(lists.flatMap((l) => l.weight)),
  };
}

export const createExampleIndex = (examples: readonly { ids: readonly string[]; vector: TermVector }[]): ExampleIndex => exampleIndexFrom(plainExampleIndexOf(examples));

export function exampleIndexFrom(plain: PlainExampleIndex): ExampleIndex {
  const [starts, at, weight] = [unpackInt32(plain.starts), unpackInt32(plain.at), unpackFloat64(plain.weight)];
  const postings = new Map(plain.terms.map((t, i) => [t, { at: at.subarray(starts[i], starts[i + 1]), weight: weight.subarray(starts[i], starts[i + 1]) }]));
  const examples = plain.ids;
  // Each example's running likeness and the examples met, in the order met (at most one a posting): shared by every search, which is safe since a search never yields.
  const scores = new Float64Array(examples.length);
  const touched = new Int32Array(at.length);
  return {
    size: examples.length,
    idsOf: (at) => examples[at] ?? [],
    nearest(vector, keep = () => true, limit = NEAREST) {
      let met = 0;
      for (const [t, w] of vector) {
        const list = postings.get(t);
        if (list === undefined) continue;
        for (let k = 0; k < list.at.length; k += 1) {
          const at = list.at[k] ?? 0;
          if (scores[at] === 0) {
            touched[met] = at;
            met += 1;
          }
          scores[at] = (scores[at] ?? 0) + w * (list.weight[k] ?? 0);
        }
      }
      // The best `limit`, kept in order as they are met: most examples met are never near enough to keep.
      const best: Neighbour[] = [];
      for (let m = 0; m < met; m += 1) {
        const at = touched[m] ?? 0;
        const similarity = scores[at] ?? 0;
        scores[at] = 0;
        if (similarity <= 0 || !keep(at)) continue;
        const last = best[best.length - 1];
        if (best.length >= limit && (last === undefined || !(similarity > last.similarity || (similarity === last.similarity && at < last.at)))) continue;
        const found = { at, similarity };
        if (best.length >= limit) best.pop();
        let i = best.length;
        while (i > 0 && ahead(found, best[i - 1] ?? found)) i -= 1;
        best.splice(i, 0, found);
      }
      return best;
    },
  };
}

/**
 * What the nearest examples say of each entry, in EXAMPLE_FEATURES order: its best likeness, that
 * likeness beside the nearest example's, whether the nearest example is one of its, its share of
 * the VOTERS nearest examples' likeness, and 1 / (1 + its place among the entries by best likeness).
 */
export function evidenceOf(neighbours: readonly Neighbour[], idsOf: (at: number) => readonly string[]): (id: string) => number[] {
  const top = neighbours[0]?.similarity ?? 0;
  const voters = neighbours.slice(0, VOTERS);
  const total = voters.reduce((s, n) => s + n.similarity, 0);
  const best = new Map<string, number>();
  const votes = new Map<string, number>();
  for (const n of neighbours) for (const id of idsOf(n.at)) if (!best.has(id)) best.set(id, n.similarity);
  for (const n of voters) for (const id of idsOf(n.at)) votes.set(id, (votes.get(id) ?? 0) + n.similarity);
  const place = new Map([...best.keys()].map((id, i) => [id, i]));
  const nearest = new Set(neighbours[0] === undefined ? [] : idsOf(neighbours[0].at));
  return (id) => {
    const b = best.get(id);
    if (b === undefined) return EXAMPLE_FEATURES.map(() => 0);
    return [b, top > 0 ? b / top : 0, nearest.has(id) ? 1 : 0, total > 0 ? (votes.get(id) ?? 0) / total : 0, 1 / (1 + (place.get(id) ?? 0))];
  };
}
