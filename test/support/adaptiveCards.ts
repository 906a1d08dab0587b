import { join } from 'node:path';
import { z } from 'zod';

/**
 * Validates a card with the adaptivecards package's own parser, targeting version 1.5 (what
 * Teams renders). Its main entry needs a DOM; its dist bundle parses and validates without one.
 */

const AC = z
  .object({
    AdaptiveCard: z.custom<new () => { parse(json: unknown, ctx: unknown): void; validateProperties(): { validationEvents: Array<{ message: string }> } }>(),
    SerializationContext: z.custom<new () => { targetVersion: unknown; eventCount: number; getEventAt(i: number): { message: string } }>(),
    Versions: z.custom<{ v1_5: unknown }>((v) => typeof v === 'function' || typeof v === 'object'),
  })
  // The UMD bundle is loaded by path: the package's main entry needs a browser.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  .parse(require(join(__dirname, '../../node_modules/adaptivecards/dist/adaptivecards.js')));

function* walk(node: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(node)) {
    for (const item of node) yield* walk(item);
  } else if (typeof node === 'object' && node !== null) {
    const record = z.record(z.string(), z.unknown()).parse(node);
    yield record;
    for (const value of Object.values(record)) yield* walk(value);
  }
}

/** Every problem the parser reports, plus house rules: version 1.5, every input labelled, no empty text. */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const parsed = z.object({ type: z.literal('AdaptiveCard'), version: z.literal('1.5') }).passthrough().safeParse(card);
  if (!parsed.success) problems.push('not an Adaptive Card at version 1.5');
  const instance = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  context.targetVersion = AC.Versions.v1_5;
  instance.parse(card, context);
  for (let i = 0; i < context.eventCount; i += 1) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of instance.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  for (const element of walk(card)) {
    const type = typeof element.type === 'string' ? element.type : '';
    if (type.startsWith('Input.') && (typeof element.label !== 'string' || element.label.trim() === '')) problems.push(`input ${String(element.id)} has no label`);
    if (type === 'TextBlock' && (typeof element.text !== 'string' || element.text.trim() === '')) problems.push('empty TextBlock');
    if (type.startsWith('Action.') && (typeof element.title !== 'string' || element.title.trim() === '')) problems.push(`${type} without a title`);
  }
  return problems;
}
