import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chat, headings } from '../support/assistant';
import { FICTIONAL_CHILD, FICTIONAL_NOTES, findLeaks } from '../support/personalTestValues';
import { startProcess } from '../support/process';

/** Nothing is lost: kill the process mid-journey, start it again, carry on with the same answers. */

jest.setTimeout(60_000);

const env = (): Record<string, string> => {
  const settings: Record<string, string> = { DATA_FILE: join(mkdtempSync(join(tmpdir(), 'cse-restart-')), 'assistant.db') };
  if (process.env.MONGODB_URI !== undefined) {
    settings.MONGODB_URI = process.env.MONGODB_URI;
    settings.MONGODB_DB = `restart_${Date.now()}`;
  }
  return settings;
};

describe('durability across restarts', () => {
  it('a journey interrupted by killing the server resumes after a restart with the same answers', async () => {
    const settings = env();
    const first = await startProcess(settings);
    const c1 = chat(first.url, 'conv-restart-1');
    const danger = await c1.say('school');
    const role = await c1.press(await c1.press(await c1.press(danger, 'No'), 'Skip to the images question'), 'No');
    const socialWorker = await c1.press(role, 'Yes, I am the DSL or a deputy');
    expect(headings(socialWorker)).toEqual(['Does the child have an allocated social worker?']);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await startProcess(settings);
    try {
      const c2 = chat(second.url, 'conv-restart-1');
      // The card drawn before the crash is still current: the answers it builds on were kept.
      const summary = await c2.press(socialWorker, "I don't know");
      expect(headings(summary)).toEqual(['Refer to your local MASH now']);
      const back = await c2.press(summary, 'Start again');
      expect(headings(back)).toEqual(['Is the child in immediate danger?']);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
    expect(second.output()).toContain('"msg":"stopped"');
  });

  it('never writes message text or card values to its logs', async () => {
    const assistant = await startProcess(env());
    const c = chat(assistant.url, 'conv-logs-1');
    await c.say(FICTIONAL_NOTES.concern);
    await c.say(`${FICTIONAL_CHILD.firstName} ${FICTIONAL_CHILD.lastName}, born ${FICTIONAL_CHILD.dateOfBirth}`);
    const danger = await c.say('police');
    await c.press(danger, 'Yes');
    assistant.child.kill('SIGTERM');
    await assistant.exited;
    expect(findLeaks(assistant.output())).toEqual([]);
    expect(assistant.output()).not.toContain('answer.immediateRisk');
  });
});
