import type { View } from '../../cards/view';
import { handleTurn } from '../../dialogs/conversation';
import type { TurnDeps } from '../../dialogs/turn';
import { protocolIndex, turnKnowledge } from '../../bot/turnKnowledge';
import { testTurnDeps } from '../support/turnDeps';

/**
 * Issue 8: a social worker (MASH) told of a young person back from missing who says she was sexually assaulted, and
 * asked what next: the reply was the general missing-children card, given before any search as the situation's own
 * section. A sexual assault told is more than a return from missing: the search answers it (the Haven, then the social
 * worker's route: the police and a strategy discussion), and the missing journey is still offered after it.
 */

let ids = 0;
const protocolDeps = (): TurnDeps => {
  const d = testTurnDeps([], { now: new Date('2026-01-01T10:00:00Z'), newId: () => `instance-${(ids += 1)}` });
  return { ...d, knowledge: turnKnowledge(protocolIndex(), d.facts, d.catalogue) };
};
const headings = (views: View[]): string[] => views.map((v) => (v.kind === 'answer' ? v.title : v.kind === 'notice' || v.kind === 'step' ? v.title.key : v.kind));

describe('a social worker told of a sexual assault after missing', () => {
  it.each([
    '15yo in resi went missing over the weekend, returned last night and told staff she was raped at a party. she is back in the unit and safe. what do we do',
    'our LAC returned from a missing episode on friday and has now told her carer she was raped. she is settled at the placement. next steps',
    'child on our caseload came back from missing last week and has since told me she was sexually assaulted by a man while away. she is settled at home, what next',
  ])('"%s" is answered with the Haven and the route, then the missing journey is offered', async (text) => {
    const d = protocolDeps();
    const role = await handleTurn(undefined, { event: 'message.received', text: 'MASH' }, 'r', d);
    const told = await handleTurn(role.state, { event: 'message.received', text }, 't', d);
    const seen = headings(told.views);
    expect(seen[0]).toBe('Haven attendance in forensic sexual offence cases');
    expect(seen[1]).toMatch(/^What to do as a social worker/);
    expect(seen).not.toContain('Missing children and CSE');
    expect(seen.at(-1)).toBe('notices:journeyOffered.title');
  });

  it('a child back from missing with no assault told still gets the missing section first', async () => {
    const d = protocolDeps();
    const role = await handleTurn(undefined, { event: 'message.received', text: 'MASH' }, 'r', d);
    const told = await handleTurn(role.state, { event: 'message.received', text: 'my 15yo LAC came back this morning after 3 days missing, wont say where she was. what do i need to do' }, 't', d);
    expect(headings(told.views)[0]).not.toBe('Haven attendance in forensic sexual offence cases');
  });
});
