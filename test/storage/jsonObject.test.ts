import { toJsonObject } from '../../bot/storage/jsonObject';

/** What a store is given is what a JSON round trip would have made, and plain data is not copied to get there. */
/** [1, <hole>, 3]. */
const holed = (): unknown[] => {
  const list: unknown[] = [1];
  list[2] = 3;
  return list;
};
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('toJsonObject', () => {
  test('plain data comes back as it is, not copied', () => {
    const state = { flow: { flowId: 'school.concern', snapshot: { value: 'askingConcern', context: { answers: { phone: 'No' }, notes: ['Quirkfield'], count: 2, done: false, left: null } } }, seen: ['a', 'b'] };
    expect(toJsonObject(state)).toBe(state);
    expect(toJsonObject(state)).toEqual(roundTrip(state));
  });

  test.each<[string, unknown]>([
    ['an undefined property', { a: 1, b: undefined, c: { d: undefined } }],
    ['a date', { at: new Date(Date.UTC(2026, 0, 2)) }],
    ['a class instance', { m: new Map([['k', 1]]) }],
    ['a non-finite number', { n: Number.NaN, i: Number.POSITIVE_INFINITY }],
    ['minus zero', { z: -0 }],
    ['a hole in an array', { list: holed() }],
    ['undefined in an array', { list: [1, undefined] }],
    ['a function', { f: () => 1, g: 2 }],
    ['an object with toJSON', { v: { toJSON: () => 'Fizzlewick' } }],
    ['an inherited property', Object.assign(Object.create({ inherited: 1 }) as object, { own: 2 })],
    ['very deep data', JSON.parse(`${'{"a":'.repeat(80)}1${'}'.repeat(80)}`) as unknown],
  ])('%s takes the JSON round trip, as before', (_what, value) => {
    const stored = toJsonObject(value);
    expect(stored).toEqual(roundTrip(value));
    expect(JSON.stringify(stored)).toBe(JSON.stringify(value));
  });

  test('an object without a prototype is plain data', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: [1, 'two', { three: true }] });
    expect(toJsonObject(bare)).toBe(bare);
  });

  test.each<[string, unknown]>([
    ['an array', [1, 2]],
    ['a string', 'Quirkfield'],
    ['null', null],
  ])('%s is not a JSON object and is refused', (_what, value) => {
    expect(() => toJsonObject(value)).toThrow(SyntaxError);
  });
});
