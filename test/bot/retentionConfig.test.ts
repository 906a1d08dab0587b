import { ConfigError, DEFAULT_RETENTION_DAYS, loadConfig } from '../../bot/config';
import { checkRetentionForms, retentionDaysOf } from '../../bot/retention/purge';

describe('retention settings, checked at start', () => {
  it('keeps records 25 years by default and purges every hour', () => {
    expect(loadConfig({}).retention).toEqual({ defaultDays: 9_132, byForm: {}, purgeEveryMs: 3_600_000 });
    expect(DEFAULT_RETENTION_DAYS / 365.25).toBeGreaterThanOrEqual(25);
  });

  it('takes a default and a period per form', () => {
    const config = loadConfig({ RECORD_RETENTION_DAYS: '3653', RECORD_RETENTION_DAYS_BY_FORM: '{"form.makesafeReport": 2557}', PURGE_EVERY_MINUTES: '15' });
    expect(config.retention).toEqual({ defaultDays: 3653, byForm: { 'form.makesafeReport': 2557 }, purgeEveryMs: 900_000 });
    expect(retentionDaysOf('form.makesafeReport', config.retention)).toBe(2557);
    expect(retentionDaysOf('form.concernRecord', config.retention)).toBe(3653);
  });

  it.each([
    [{ RECORD_RETENTION_DAYS: '0' }, 'RECORD_RETENTION_DAYS'],
    [{ RECORD_RETENTION_DAYS: 'forever' }, 'RECORD_RETENTION_DAYS'],
    [{ RECORD_RETENTION_DAYS: '40000' }, 'RECORD_RETENTION_DAYS'],
    [{ RECORD_RETENTION_DAYS_BY_FORM: '{"form.makesafeReport": ' }, 'RECORD_RETENTION_DAYS_BY_FORM: not valid JSON'],
    [{ RECORD_RETENTION_DAYS_BY_FORM: '{"makesafe": 30}' }, 'RECORD_RETENTION_DAYS_BY_FORM.makesafe: not a form id (a form id is such as form.concernRecord)'],
    [{ RECORD_RETENTION_DAYS_BY_FORM: '{"form.makesafeReport": 0}' }, 'RECORD_RETENTION_DAYS_BY_FORM.form.makesafeReport'],
    [{ RECORD_RETENTION_DAYS_BY_FORM: '[30]' }, 'RECORD_RETENTION_DAYS_BY_FORM'],
    [{ PURGE_EVERY_MINUTES: '0' }, 'PURGE_EVERY_MINUTES'],
  ])('stops the start naming the setting that is wrong: %j', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(expected);
  });

  it('stops the start on a period for a form that does not exist, naming the forms that do', () => {
    const retention = loadConfig({ RECORD_RETENTION_DAYS_BY_FORM: '{"form.makesafeReprot": 30}' }).retention;
    expect(() => checkRetentionForms(retention, ['form.concernRecord', 'form.makesafeReport'])).toThrow(
      'RECORD_RETENTION_DAYS_BY_FORM.form.makesafeReprot: no such form (the forms are form.concernRecord, form.makesafeReport)',
    );
    expect(() => checkRetentionForms({ byForm: { 'form.makesafeReport': 30 } }, ['form.makesafeReport'])).not.toThrow();
  });
});
