import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../bot/config';
import { startTestAssistant } from '../support/assistant';

jest.setTimeout(30_000);

describe('retention settings at start', () => {
  test('a period for a form that does not exist stops the start before the store is opened', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'cse-retention-')), 'assistant.db');
    await expect(startTestAssistant('embedded', { DATA_FILE: dataFile, RECORD_RETENTION_DAYS_BY_FORM: '{"form.concernRecrod": 365}' })).rejects.toThrow(ConfigError);
    expect(existsSync(dataFile)).toBe(false);
  });

  test('every form may have its own period: the assistant starts, and stops with its purge job', async () => {
    const assistant = await startTestAssistant('embedded', {
      RECORD_RETENTION_DAYS_BY_FORM: JSON.stringify({ 'form.concernRecord': 9132, 'form.makesafeReport': 2557, 'form.maseInformation': 9132, 'form.outOfBoroughNotification': 9132, 'form.returnHomeInterview': 9132, 'form.policeClosingReport': 9132 }),
      PURGE_EVERY_MINUTES: '1',
    });
    const health = await fetch(`${assistant.url}/healthz`);
    expect(health.status).toBe(200);
    await assistant.stop();
  });
});
