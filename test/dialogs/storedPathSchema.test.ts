import { z } from 'zod';
import { activeFlowSchema, MAX_KEPT_PAGES } from '../../dialogs/conversationState.schema';
import { inputValuesSchema } from '../../dialogs/events.schema';
import type { TextRef } from '../../cards/view';

/**
 * A journey's history and kept pages are checked by predicates first rather than zod's records on every
 * load (BENCHMARKS.md, eighth round): they accept and refuse exactly what the zod schemas did, and read
 * the same.
 */

const asZodDid = z.array(z.record(z.string(), z.unknown()));
const flowWith = (history: unknown) => ({ flowId: 'school.firstSteps', machineVersion: 1, instanceId: 'i-1', revision: 1, snapshot: { value: 'askingDanger', context: {} }, history });

const CASES: Array<[string, unknown]> = [
  ['none', []],
  ['one snapshot', [{ value: 'askingDanger', context: { note: 'Fizzlewick' } }]],
  ['an empty object', [{}]],
  ['a hundred snapshots', Array.from({ length: 100 }, (_, i) => ({ value: `step${i}`, context: { n: i } }))],
  ['an object without a prototype', [Object.create(null) as unknown]],
  ['null', [null]],
  ['an array', [[]]],
  ['a string', ['askingDanger']],
  ['a number', [3]],
  ['a date', [new Date(0)]],
  ['a map', [new Map()]],
  ['one good and one bad', [{ value: 'a', context: {} }, null]],
  ['not an array', { value: 'a' }],
  ['a string for the array', 'history'],
  ['missing', undefined],
];

it.each(CASES)('%s: accepted or refused as zod did', (_name, history) => {
  expect(activeFlowSchema.safeParse(flowWith(history)).success).toBe(asZodDid.safeParse(history).success);
});

it('keeps each snapshot as it was read', () => {
  const history = [{ value: 'askingDanger', context: { note: 'Quirkfield' } }];
  const parsed = activeFlowSchema.parse(flowWith(history));
  expect(parsed.history).toEqual(asZodDid.parse(history));
});

// A page sent back keeps its problems, messages a few levels deep (dialogs/keptPages.ts), as zod reads them.
const textRefAt = (depth: number): z.ZodType<TextRef> =>
  z.object({
    key: z.string().max(200),
    values: z.record(z.string().max(200), z.union([z.string().max(1000), z.number()])).refine((r) => Object.keys(r).length <= 10).optional(),
    refs: depth <= 0 ? z.undefined().optional() : z.record(z.string().max(200), textRefAt(depth - 1)).refine((r) => Object.keys(r).length <= 10).optional(),
  });
const problemsAsZodDid = z.record(z.string().max(100), textRefAt(4)).refine((r) => Object.keys(r).length <= 80);
const keptPagesAsZodDid = z
  .record(z.string().regex(/^\d{1,3}$/), z.object({ state: z.string().max(100), values: inputValuesSchema, problems: problemsAsZodDid.optional() }))
  .refine((pages) => Object.keys(pages).length <= MAX_KEPT_PAGES);
const flowKeeping = (pageInputs: unknown) => ({ ...flowWith([]), pageInputs });
const page = (values: Record<string, unknown>, state: unknown = 'editingPage') => ({ state, values });
const many = (n: number, make: (i: number) => [string, unknown]) => Object.fromEntries(Array.from({ length: n }, (_, i) => make(i)));

const KEPT: Array<[string, unknown]> = [
  ['none', {}],
  ['one page', { '0': page({ note: 'Fizzlewick' }) }],
  ['a page with no values', { '3': page({}) }],
  ['the most pages', many(101, (i) => [String(i), page({ note: 'x' })])],
  ['one page too many', many(102, (i) => [String(i), page({ note: 'x' })])],
  ['a depth of four digits', { '1000': page({}) }],
  ['a depth that is not a number', { first: page({}) }],
  ['a state at its longest', { '0': page({}, 's'.repeat(100)) }],
  ['a state too long', { '0': page({}, 's'.repeat(101)) }],
  ['a state that is not a string', { '0': page({}, 3) }],
  ['a value at its longest', { '0': page({ note: 'v'.repeat(4000) }) }],
  ['a value too long', { '0': page({ note: 'v'.repeat(4001) }) }],
  ['an input id too long', { '0': page({ ['i'.repeat(101)]: 'v' }) }],
  ['the most values', { '0': page(many(80, (i) => [`in${i}`, 'v'])) }],
  ['one value too many', { '0': page(many(81, (i) => [`in${i}`, 'v'])) }],
  ['a value that is not a string', { '0': page({ note: 3 }) }],
  ['values that are not an object', { '0': { state: 'editingPage', values: ['a'] } }],
  ['a page without values', { '0': { state: 'editingPage' } }],
  ['a page with a key zod strips', { '0': { state: 'editingPage', values: { note: 'a' }, extra: 'Quirkfield' } }],
  ['a page that is null', { '0': null }],
  ['a page sent back, with its problems', { '0': { ...page({ area: '' }), problems: { area: { key: 'forms:errors.required.enter', refs: { what: { key: 'makesafeReport:questions.area.what' } } } } } }],
  ['a problem with values', { '0': { ...page({ age: '19' }), problems: { age: { key: 'forms:errors.range', refs: { label: { key: 'x:label' } }, values: { min: 0, max: 17 } } } } }],
  ['a problem with a key zod strips', { '0': { ...page({}), problems: { area: { key: 'k', extra: 'Quirkfield' } } } }],
  ['a problem without a key', { '0': { ...page({}), problems: { area: { refs: {} } } } }],
  ['a problem too deep', { '0': { ...page({}), problems: { area: { key: 'a', refs: { b: { key: 'b', refs: { c: { key: 'c', refs: { d: { key: 'd', refs: { e: { key: 'e', refs: { f: { key: 'f' } } } } } } } } } } } } } }],
  ['a problem as deep as kept', { '0': { ...page({}), problems: { area: { key: 'a', refs: { b: { key: 'b', refs: { c: { key: 'c', refs: { d: { key: 'd', refs: { e: { key: 'e' } } } } } } } } } } } }],
  ['a problem value that is an object', { '0': { ...page({}), problems: { area: { key: 'a', values: { n: {} } } } } }],
  ['problems that are a list', { '0': { ...page({}), problems: [{ key: 'a' }] } }],
  ['the most problems', { '0': { ...page({}), problems: many(80, (i) => [`in${i}`, { key: 'k' }]) } }],
  ['one problem too many', { '0': { ...page({}), problems: many(81, (i) => [`in${i}`, { key: 'k' }]) } }],
  ['a problem for an input id too long', { '0': { ...page({}), problems: { ['i'.repeat(101)]: { key: 'k' } } } }],
  ['a problem key at its longest', { '0': { ...page({}), problems: { area: { key: 'k'.repeat(200) } } } }],
  ['a problem key too long', { '0': { ...page({}), problems: { area: { key: 'k'.repeat(201) } } } }],
  ['a problem with the most values', { '0': { ...page({}), problems: { area: { key: 'k', values: many(10, (i) => [`v${i}`, i]) } } } }],
  ['a problem with one value too many', { '0': { ...page({}), problems: { area: { key: 'k', values: many(11, (i) => [`v${i}`, i]) } } } }],
  ['a problem value at its longest', { '0': { ...page({}), problems: { area: { key: 'k', values: { v: 'x'.repeat(1000) } } } } }],
  ['a problem value too long', { '0': { ...page({}), problems: { area: { key: 'k', values: { v: 'x'.repeat(1001) } } } } }],
  ['a problem value name too long', { '0': { ...page({}), problems: { area: { key: 'k', values: { ['v'.repeat(201)]: 1 } } } } }],
  ['a problem with one ref too many', { '0': { ...page({}), problems: { area: { key: 'k', refs: many(11, (i) => [`r${i}`, { key: 'r' }]) } } } }],
  ['a problem ref name too long', { '0': { ...page({}), problems: { area: { key: 'k', refs: { ['r'.repeat(201)]: { key: 'r' } } } } } }],
  ['a problem whose values are a list', { '0': { ...page({}), problems: { area: { key: 'k', values: [1] } } } }],
  ['a problem whose refs are a string', { '0': { ...page({}), problems: { area: { key: 'k', refs: 'r' } } } }],
  ['problems left undefined', { '0': { ...page({}), problems: undefined } }],
  ['an array of pages', [page({})]],
  ['missing', undefined],
];

it.each(KEPT)('kept pages, %s: accepted or refused, and read, as zod did', (_name, pageInputs) => {
  const read = activeFlowSchema.safeParse(flowKeeping(pageInputs));
  const asBefore = pageInputs === undefined ? { success: true as const, data: undefined } : keptPagesAsZodDid.safeParse(pageInputs);
  expect(read.success).toBe(asBefore.success);
  if (read.success && asBefore.success) expect(read.data.pageInputs).toStrictEqual(asBefore.data);
});
