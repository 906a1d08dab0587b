import { z } from 'zod';
import type { Answer, FlowDialog, PersistedJourney } from '../../dialogs/flow';

/**
 * Every answer a flow's cards could send, read from its zod answer schema (a discriminated
 * union of `{ type, value? }` where value is an enum), so the walk cannot miss one.
 */
export function allAnswers(schema: z.ZodType): Answer[] {
  const union = z.object({ options: z.array(z.object({ shape: z.record(z.string(), z.unknown()) })) }).parse(schema);
  return union.options.flatMap((option) => {
    const type = z.object({ value: z.string() }).parse(option.shape.type).value;
    // A card with inputs: the walk sends it as left untouched (every default kept).
    if (option.shape.inputs !== undefined) return [{ type, inputs: {} }];
    const valueSchema = option.shape.value;
    if (valueSchema === undefined) return [{ type }];
    const values = z.object({ options: z.array(z.string()) }).parse(valueSchema).options;
    return values.map((value) => ({ type, value }));
  });
}

export interface Edge {
  from: string;
  answer: Answer;
  to: string;
}

/** Breadth-first over every answer from every reachable state: the states reached and each transition taken. */
export async function explore(flow: FlowDialog, answers: Answer[]): Promise<{ states: Map<string, PersistedJourney>; edges: Edge[] }> {
  const start = flow.start();
  const states = new Map<string, PersistedJourney>([[start.value, start]]);
  const edges: Edge[] = [];
  const queue: PersistedJourney[] = [start];
  const seen = new Set<string>([JSON.stringify(start)]);
  while (queue.length > 0) {
    const journey = queue.shift();
    if (journey === undefined) break;
    for (const answer of answers) {
      const result = await flow.step(journey, answer);
      if (!result.ok) continue;
      edges.push({ from: journey.value, answer, to: result.journey.value });
      if (!states.has(result.journey.value)) states.set(result.journey.value, result.journey);
      const key = JSON.stringify(result.journey);
      if (!seen.has(key)) {
        seen.add(key);
        queue.push(result.journey);
      }
    }
  }
  return { states, edges };
}
