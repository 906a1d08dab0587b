import { z } from 'zod';
import { activeFlowSchema } from '../../dialogs/conversationState.schema';

/**
 * A journey's history is checked by a predicate rather than zod's array of records (BENCHMARKS.md,
 * eighth round): it accepts and refuses exactly what `z.array(z.record(z.string(), z.unknown()))` did.
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
