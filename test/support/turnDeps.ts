import type { View } from '../../cards/view';
import type { ParkedJourney, TurnDeps } from '../../dialogs/turn';
import { catalogue } from './catalogue';

/** Knowledge that is never sure, for tests of what a turn does rather than what it answers. */
export const unsureKnowledge: TurnDeps['knowledge'] = { answer: () => ({ confident: false, views: [] }), open: () => [] };

/**
 * What the runner gives a turn, for tests that call the engine directly: a fixed time, numbered ids,
 * no contacts, knowledge that is never sure, the catalogue as the wiring builds it; anything else given.
 */
let ids = 0;
export function testTurnDeps(drafts: ParkedJourney[] = [], given: Partial<TurnDeps> = {}): TurnDeps {
  return {
    now: new Date('2026-12-04T10:00:00Z'),
    newId: () => `instance-${(ids += 1)}`,
    facts: { contacts: {} },
    drafts,
    knowledge: unsureKnowledge,
    draftTtlDays: 28,
    catalogue,
    ...given,
  };
}

/** Each view by its title's key (a step or a notice), or by its kind. */
export const titles = (views: View[]): string[] => views.map((v) => (v.kind === 'step' || v.kind === 'notice' ? v.title.key : v.kind));
