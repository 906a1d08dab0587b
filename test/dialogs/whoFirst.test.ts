import type { View } from '../../cards/view';
import { handleTurn } from '../../dialogs/conversation';
import type { ConversationState } from '../../dialogs/conversationState.schema';
import type { RoleId } from '../../dialogs/router';
import { testTurnDeps, titles } from '../support/turnDeps';

/**
 * Issue 8: the follow-up to the 999 card said "do not ring the parent or carer first" whatever was asked. It now fits the
 * question: the family or the placement first (as before); who to tell, or what to do (999 first, then the role's next
 * step, the 999 card's own "afterwards"); whether to report, or whether it is too late (it is not: 999 now).
 */

const DANGER = 'a man is dragging a girl into his car outside right now';
const stateOf = (role: RoleId | undefined): ConversationState | undefined => (role === undefined ? undefined : { schemaVersion: 1, seenActivityIds: [], role });

async function followUpLines(question: string, role?: RoleId): Promise<string[]> {
  const outcome = await handleTurn(stateOf(role), { event: 'message.received', text: `${DANGER}, ${question}` }, `who-first-${question}-${role ?? 'none'}`, testTurnDeps());
  expect(titles(outcome.views).slice(0, 2)).toEqual(['urgent', role === 'police' ? 'notices:callFirst.policeTitle' : 'notices:callFirst.title']);
  const notice: View | undefined = outcome.views[1];
  return notice?.kind === 'notice' ? notice.lines.map((line) => line.key) : [];
}

describe('the follow-up to the 999 card when danger comes with a question', () => {
  it.each(['shld i call her mum first or police', 'call police or her placement??', 'do i ring her dad or the police'])('asked "%s", says not to ring the family first', async (question) => {
    expect(await followUpLines(question, 'school')).toEqual(['notices:callFirst.line1', 'notices:callFirst.whoFirst']);
    expect(await followUpLines(question, 'socialCare')).toEqual(['notices:callFirst.line1', 'notices:callFirst.whoFirstSocialCare']);
  });

  it.each(['who should i tell?', 'who do i report to', 'what do i do', 'do i go to the DSL or straight to MASH'])('asked "%s", says 999 first, then the role\'s next step after the call', async (question) => {
    expect(await followUpLines(question, 'school')).toEqual(['notices:callFirst.line1', 'urgent:afterwards']);
    expect(await followUpLines(question, 'health')).toEqual(['notices:callFirst.line1', 'urgent:health.afterwards']);
    // The car in DANGER reads as the vehicle business staff may be driving: the card's afterwards for a driver, the same here.
    expect(await followUpLines(question, 'business')).toEqual(['notices:callFirst.line1', 'urgent:business.afterwardsVehicle']);
    expect(await followUpLines(question, 'socialCare')).toEqual(['notices:callFirst.line1', 'urgent:socialCare.afterwards']);
    expect(await followUpLines(question)).toEqual(['notices:callFirst.line1', 'urgent:anyone.afterwards']);
  });

  it('asked by an officer, says what it said before: get help to the child first, and police protection', async () => {
    expect(await followUpLines('who should i tell?', 'police')).toEqual(['notices:callFirst.policeLine1', 'notices:callFirst.whoFirstPolice']);
    expect(await followUpLines('shld i call her mum first', 'police')).toEqual(['notices:callFirst.policeLine1', 'notices:callFirst.whoFirstPolice']);
  });

  it.each(['shld i report it or is it too late', 'is it too late to report'])('asked "%s", says it is not too late: 999 now, then the next step', async (question) => {
    expect(await followUpLines(question, 'school')).toEqual(['notices:callFirst.notTooLate', 'urgent:afterwards']);
    expect(await followUpLines(question, 'police')).toEqual(['notices:callFirst.notTooLatePolice', 'urgent:police.afterwards']);
  });
});
