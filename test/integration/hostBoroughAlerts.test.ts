import { z } from 'zod';
import type { Storage } from '../../bot/storage/types';
import { outOfBoroughNotificationForm as form } from '../../dialogs/forms/outOfBoroughNotification.form';
import { allText, announceSkippedStores, findAction, headings, STORES, type Card, type Chat, type StoreKind, type TestAssistant } from '../support/assistant';
import { questionsOf } from '../../dialogs/forms/conditions';
import { pageShown, problemsOn, validPagePost } from '../support/formConversation';
import { withoutNotAsked } from '../support/formWalk';
import { CHECK, referenceIn } from '../support/formTranscript';
import type { LoopbackConnector } from '../support/loopbackConnector';
import { alertIn, deploymentWithPersonalChats, postedTo } from '../support/personalChats';

/**
 * The out-of-borough notification reaches the host borough (issue 11), over HTTP on each store: a
 * Fizzlewick social worker (DEV_IDENTITY=fizzlewick-social-worker) chooses the host borough from the
 * boroughs the example settings name; the record is routed at submit to that borough's MASE, whose
 * coordinator (another instance on the same store) is alerted in their personal chat on a loopback
 * connector and opens it. Another local authority goes to the route's fallback, Fizzlewick's MASE,
 * and the social worker is told to send the notification themselves.
 */

jest.setTimeout(180_000);
announceSkippedStores();

const WOBBLEBURY_COORDINATOR = '00000000-0000-4000-8000-000000000101';
const FIZZLEWICK_COORDINATOR = '00000000-0000-4000-8000-0000000000d1';
const NOT_REACHED = 'The host authority is not one this assistant sends notifications to, so this notification has not reached it.';

/** The notification filled with valid answers, the host borough as given, and submitted: its reference and the confirmation. */
async function submitWithHost(c: Chat, host: Record<string, string>): Promise<{ reference: string; done: Card[]; choices: string[] }> {
  let cards = await c.send({ value: { event: 'flow.startRequested', flowId: form.id } });
  const posted: Record<string, string> = {};
  let choices: string[] = [];
  for (let n = 0; n < 20 && !headings(cards).includes(CHECK); n += 1) {
    const page = pageShown(form, cards);
    if (page.id === 'authorities') choices = choicesOf(cards, 'hostBorough');
    // The host as given, and the box its answer does not ask left empty, as a person would (the page refuses one filled in).
    const post = withoutNotAsked(questionsOf(page), { ...validPagePost(page, posted), ...(page.id === 'authorities' ? host : {}) }, posted);
    const next = await c.press(cards, 'Continue', post);
    if (problemsOn(next).length > 0) throw new Error(`page ${page.id} refused: ${JSON.stringify(problemsOn(next))}`);
    Object.assign(posted, post);
    cards = next;
  }
  const done = await c.press(cards, 'Submit');
  const reference = referenceIn(done);
  if (reference === undefined) throw new Error(`no reference: ${headings(done).join(' | ')}`);
  return { reference, done, choices };
}

function choicesOf(cards: Card[], inputId: string): string[] {
  const inputSchema = z.object({ id: z.literal(`in.${inputId}`), choices: z.array(z.object({ title: z.string() })) });
  const found: string[][] = [];
  const walk = (node: unknown): void => {
    const input = inputSchema.safeParse(node);
    if (input.success) found.push(input.data.choices.map((c) => c.title));
    else if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) Object.values(node).forEach(walk);
  };
  walk(cards);
  return found[0] ?? [];
}

describe.each(STORES)('the out-of-borough notification reaches the host borough (%s store)', (store: StoreKind) => {
  const deployment = deploymentWithPersonalChats(store, 'host');
  const { personalChat, tickAll } = deployment;
  let connector: LoopbackConnector;
  let socialWorker: TestAssistant;
  let hostCoordinator: TestAssistant;
  let ownCoordinator: TestAssistant;
  let side: Storage;

  beforeAll(async () => {
    socialWorker = await deployment.start('fizzlewick-social-worker');
    hostCoordinator = await deployment.start('wobblebury-mase-coordinator');
    ownCoordinator = await deployment.start('fizzlewick-mase-coordinator');
    side = deployment.side();
    connector = deployment.connector();
  });

  it('a borough chosen from the list: its MASE coordinator alone is alerted, with the reference only, and opens the record', async () => {
    const hostChat = personalChat(hostCoordinator, 'wobblebury');
    await hostChat.open();
    const ownChat = personalChat(ownCoordinator, 'fizzlewick');
    await ownChat.open();
    const before = connector.received.length;

    const { reference, done, choices } = await submitWithHost(personalChat(socialWorker, 'social-worker'), { hostBorough: 'Wobblebury' });
    expect(choices).toEqual(['Fizzlewick', 'Wobblebury', 'Another local authority']);
    expect(allText(done)).not.toContain(NOT_REACHED);
    expect((await side.submissions.get(reference))?.routedTo).toEqual([{ settingId: 'wobblebury-mase', role: 'maseCoordinator' }]);

    await tickAll();
    const posts = connector.received.slice(before);
    expect(posts).toHaveLength(1);
    expect(postedTo(posts, hostChat.conversationId)).toHaveLength(1);
    const { text, card } = alertIn(posts[0]);
    expect(text).toBe(`A new out-of-borough notification is waiting for you (reference ${reference})`);
    expect(JSON.stringify(posts[0]?.body)).not.toMatch(/Fictional|Wobblebury/);

    const opened = await hostChat.send({ value: findAction([card], 'Open')?.data ?? {} });
    expect(allText(opened)).toContain(reference);
    expect(allText(opened)).toContain('Host borough');
    expect((await side.audit.listBySubject(reference)).map((e) => e.action)).toContain('submission.viewed');
    // Fizzlewick's coordinator was not sent it, and cannot open it.
    const refused = await ownChat.send({ value: { event: 'submission.opened', reference } });
    expect(allText(refused)).toContain('That submission cannot be found');
  });

  it('another local authority: the fallback (the deployment’s own MASE) receives it, and the social worker is told to send it themselves', async () => {
    const ownChat = personalChat(ownCoordinator, 'fizzlewick-again');
    await ownChat.open();
    const before = connector.received.length;

    const { reference, done } = await submitWithHost(personalChat(socialWorker, 'social-worker-again'), { hostBorough: 'another', hostAuthority: 'Imaginary County Council' });
    expect(allText(done)).toContain(NOT_REACHED);
    expect((await side.submissions.get(reference))?.routedTo).toEqual([{ settingId: 'fizzlewick-mase', role: 'maseCoordinator' }]);

    await tickAll();
    const posts = connector.received.slice(before);
    expect(posts).toHaveLength(1);
    expect(postedTo(posts, ownChat.conversationId)).toHaveLength(1);
    expect(await side.references.get(WOBBLEBURY_COORDINATOR)).toBeDefined();
    expect(await side.references.get(FIZZLEWICK_COORDINATOR)).toBeDefined();
  });
});
