import { Writable } from 'node:stream';
import { TestAdapter, type Activity } from 'botbuilder';
import { onTurnError } from '../../bot/adapter';
import { createI18n } from '../../bot/i18n';
import { createLogger } from '../../bot/logger';
import { FICTIONAL_NOTES, findLeaks } from '../support/personalTestValues';

/** A failed turn: a correlation id in the log and nothing personal; the user told their answers are kept. */

it('logs a correlation id without message text, and tells the user their answers are saved', async () => {
  let logged = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logged += chunk.toString();
      done();
    },
  });
  const logger = createLogger('info', sink);
  const i18n = await createI18n();
  const adapter = new TestAdapter(async () => {
    throw new TypeError(`failure mentioning ${FICTIONAL_NOTES.concern}`);
  });
  adapter.onTurnError = (context, error) => onTurnError(context, error, i18n, logger);

  let reply: Partial<Activity> | undefined;
  await adapter.send(FICTIONAL_NOTES.police).assertReply((activity) => {
    reply = activity;
  });
  const text = JSON.stringify(reply);
  expect(text).toContain('Your answers so far are saved.');
  const reference = /quote reference ([0-9a-f]{8})/.exec(text)?.[1];
  expect(reference).toBeDefined();
  expect(logged).toContain(`"correlationId":"${String(reference)}"`);
  expect(findLeaks(logged)).toEqual([]);
});
