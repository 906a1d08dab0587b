import { Writable } from 'node:stream';
import { TestAdapter, type Activity } from 'botbuilder';
import { AssistantBot } from '../../bot/assistantBot';
import { MESSAGE_TEXT_MAX, overlongLength } from '../../bot/edge/messageLength';
import { createI18n } from '../../bot/i18n';
import { createLogger } from '../../bot/logger';
import type { TurnRequest } from '../../bot/turnRunner';
import { domainEventSchema } from '../../dialogs/events.schema';
import { noticeView } from '../../dialogs/views';
import { FICTIONAL_NOTES, findLeaks } from '../support/personalTestValues';
import { identify, type IdentityPolicy } from '../../bot/identity';
import { loadSettings } from '../../bot/settings/loadSettings';

/** A local start (no app id): every activity is a local user holding no role; nothing is refused. */
const LOCAL_POLICY: IdentityPolicy = { production: false, allowedTenantIds: [], directory: loadSettings('docs/settings.example.json'), devObjectId: undefined };
const LOCAL_ACCESS = {
  identify: (activity: Partial<Activity>) => identify(activity, LOCAL_POLICY),
  refused: () => Promise.reject(new Error('a local user is never refused')),
};

/** A typed message over the limit is answered before any turn runs: the turn runner (and so storage) never sees it. */

const over = (note: string) => `${note} `.repeat(Math.ceil((MESSAGE_TEXT_MAX + 1) / (note.length + 1)));

it('is the limit of the conversation’s own message event', () => {
  expect(domainEventSchema.safeParse({ event: 'message.received', text: 'x'.repeat(MESSAGE_TEXT_MAX) }).success).toBe(true);
  expect(domainEventSchema.safeParse({ event: 'message.received', text: 'x'.repeat(MESSAGE_TEXT_MAX + 1) }).success).toBe(false);
});

it.each<[string, Partial<Activity>, number | undefined]>([
  ['typed text over the limit', { type: 'message', text: 'x'.repeat(MESSAGE_TEXT_MAX + 1) }, MESSAGE_TEXT_MAX + 1],
  ['typed text at the limit, with spaces round it', { type: 'message', text: ` ${'x'.repeat(MESSAGE_TEXT_MAX)}  ` }, undefined],
  ['a card’s answer, whatever its text', { type: 'message', text: 'x'.repeat(MESSAGE_TEXT_MAX + 1), value: { event: 'flow.cancelled' } }, undefined],
  ['not a message', { type: 'typing', text: 'x'.repeat(MESSAGE_TEXT_MAX + 1) }, undefined],
])('measures %s', (_name, activity, expected) => {
  expect(overlongLength(activity)).toBe(expected);
});

it('answers an over-long message with the limit and 999 first, runs no turn, and logs nothing of it', async () => {
  let logged = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logged += chunk.toString();
      done();
    },
  });
  const turns: TurnRequest[] = [];
  const runTurn = async (request: TurnRequest) => {
    turns.push(request);
    return [noticeView('askQuestion', 'info', [])];
  };
  const bot = new AssistantBot(runTurn, await createI18n(), createLogger('info', sink), LOCAL_ACCESS);
  const adapter = new TestAdapter((context) => bot.run(context));

  const text = over(FICTIONAL_NOTES.police);
  let reply: Partial<Activity> | undefined;
  await adapter.send(text).assertReply((activity) => {
    reply = activity;
  });
  expect(turns).toEqual([]);
  const card = JSON.stringify(reply?.attachments?.[0]?.content);
  expect(card.indexOf('If a child is in danger now, call 999.')).toBeLessThan(card.indexOf('Your message is too long for me to take'));
  expect(card).toContain(`It is ${text.trim().length.toLocaleString('en-GB')} characters long, and I can take up to 4,000 at a time,`);
  expect(findLeaks(`${logged}${card}`)).toEqual([]);
  expect(logged).toContain('"event":"message.tooLong"');

  await adapter.send(FICTIONAL_NOTES.concern).assertReply(() => undefined);
  expect(turns.map((t) => t.event)).toEqual([{ event: 'message.received', text: FICTIONAL_NOTES.concern }]);
});

it('puts the 999 card first when the over-long message says a child is in danger now, still running no turn', async () => {
  const turns: TurnRequest[] = [];
  const runTurn = async (request: TurnRequest) => {
    turns.push(request);
    return [];
  };
  const bot = new AssistantBot(runTurn, await createI18n(), createLogger('silent'), LOCAL_ACCESS);
  const adapter = new TestAdapter((context) => bot.run(context));
  const replies: Array<Partial<Activity>> = [];
  await adapter
    .send(`I'm a cab driver. ${over(FICTIONAL_NOTES.police)} She is in my cab with him right now and he will not let her out.`)
    .assertReply((activity) => {
      replies.push(activity);
    })
    .assertReply((activity) => {
      replies.push(activity);
    });
  expect(turns).toEqual([]);
  const [urgent, notice] = replies.map((r) => JSON.stringify(r.attachments?.[0]?.content));
  expect(urgent).toContain('Call 999 now');
  expect(urgent).toContain('Stay on the line');
  expect(notice).toContain('Your message is too long for me to take');
});

