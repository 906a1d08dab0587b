/** Every object in a card, depth first: elements, actions, their data. */
export type CardNode = Record<string, unknown>;

export function* nodesOf(node: unknown): Generator<CardNode> {
  if (Array.isArray(node)) for (const item of node) yield* nodesOf(item);
  else if (typeof node === 'object' && node !== null) {
    const record = node as CardNode;
    yield record;
    for (const value of Object.values(record)) yield* nodesOf(value);
  }
}
