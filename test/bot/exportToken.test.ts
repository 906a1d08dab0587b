import { exportTokens } from '../../bot/exports/exportToken';
import { exportFilename } from '../../bot/routes/exports';

const SECRET = 'test-export-link-secret-not-real-0123456789';
const NOW = new Date('2026-12-04T12:00:00.000Z');

describe('export link tokens', () => {
  const tokens = exportTokens(SECRET, 10 * 60_000);

  test('a token names its reference and expiry, verifies for its owner only, and carries no owner key', () => {
    const token = tokens.sign('CSE-7K2M-9QXD', 'owner-key-a', NOW);
    expect(token).toMatch(/^CSE-7K2M-9QXD\.\d+\.[A-Za-z0-9_-]{43}$/);
    expect(token).not.toContain('owner-key-a');
    const read = tokens.read(token);
    expect(read?.reference).toBe('CSE-7K2M-9QXD');
    expect(read?.expiresAt).toEqual(new Date(NOW.getTime() + 10 * 60_000));
    expect(read !== undefined && tokens.verifies(read, 'owner-key-a')).toBe(true);
    expect(read !== undefined && tokens.verifies(read, 'owner-key-b')).toBe(false);
  });

  test('a changed reference, expiry or secret does not verify', () => {
    const token = tokens.sign('CSE-7K2M-9QXD', 'owner-key-a', NOW);
    const [, expiry, mac] = token.split('.');
    for (const altered of [`CSE-7K2M-9QXE.${expiry}.${mac}`, `CSE-7K2M-9QXD.${Number(expiry) + 600}.${mac}`]) {
      const read = tokens.read(altered);
      expect(read !== undefined && tokens.verifies(read, 'owner-key-a')).toBe(false);
    }
    const other = exportTokens('another-secret-that-is-long-enough-0123456789', 600_000).read(token);
    expect(other !== undefined && exportTokens('another-secret-that-is-long-enough-0123456789', 600_000).verifies(other, 'owner-key-a')).toBe(false);
  });

  test.each(['', 'CSE-7K2M-9QXD', 'CSE-7K2M-9QXD.1.short', '../etc/passwd.1.' + 'a'.repeat(43), 'cse-7k2m-9qxd.1.' + 'a'.repeat(43)])('%j is not a token', (text) => {
    expect(tokens.read(text)).toBeUndefined();
  });

  test('the file name has the form and the reference only', () => {
    expect(exportFilename({ formId: 'form.concernRecord', reference: 'CSE-7K2M-9QXD' })).toBe('form-concernRecord-CSE-7K2M-9QXD.docx');
    expect(exportFilename({ formId: '"; evil=1', reference: 'CSE-7K2M-9QXD' })).toBe('evil-1-CSE-7K2M-9QXD.docx');
  });
});
