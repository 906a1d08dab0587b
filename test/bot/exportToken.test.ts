import { exportTokens } from '../../bot/exports/exportToken';
import { exportFilename } from '../../bot/routes/exports';

const SECRET = 'test-export-link-secret-not-real-0123456789';
const NOW = new Date('2026-12-04T12:00:00.000Z');

describe('export link tokens', () => {
  const tokens = exportTokens(SECRET, 10 * 60_000);

  const READER = { ownerKey: 'owner-key-a', objectId: '00000000-0000-4000-8000-00000000000a' };

  test('a token names its reference and expiry, gives back the reader it was signed for, and carries no key or id in the clear', () => {
    const token = tokens.sign('CSE-7K2M-9QXD', READER, NOW);
    expect(token).toMatch(/^CSE-7K2M-9QXD\.\d+\.[A-Za-z0-9_-]{40,200}$/);
    expect(token).not.toContain('owner-key-a');
    expect(token).not.toContain(Buffer.from('owner-key-a').toString('base64url').slice(0, 12));
    expect(token).not.toContain('00000000-0000-4000');
    expect(tokens.read(token)).toEqual({ reference: 'CSE-7K2M-9QXD', expiresAt: new Date(NOW.getTime() + 10 * 60_000), reader: READER });
    expect(tokens.read(tokens.sign('CSE-7K2M-9QXD', { ownerKey: 'owner-key-b' }, NOW))?.reader).toEqual({ ownerKey: 'owner-key-b' });
    // Two links for the same reader and record differ: nothing in one tells whose the other is.
    expect(tokens.sign('CSE-7K2M-9QXD', READER, NOW)).not.toBe(token);
  });

  test('a changed reference, expiry, sealed reader or secret gives no reader', () => {
    const token = tokens.sign('CSE-7K2M-9QXD', READER, NOW);
    const [, expiry, sealed = ''] = token.split('.');
    const flipped = Buffer.from(sealed, 'base64url');
    flipped[20] = (flipped[20] ?? 0) ^ 1;
    const otherRecords = tokens.sign('CSE-AAAA-BBBB', { ownerKey: 'owner-key-b' }, NOW).split('.')[2] ?? '';
    for (const altered of [`CSE-7K2M-9QXE.${expiry}.${sealed}`, `CSE-7K2M-9QXD.${Number(expiry) + 600}.${sealed}`, `CSE-7K2M-9QXD.${expiry}.${flipped.toString('base64url')}`, `CSE-7K2M-9QXD.${expiry}.${otherRecords}`]) {
      const read = tokens.read(altered);
      expect(read).toBeDefined();
      expect(read?.reader).toBeUndefined();
    }
    expect(exportTokens('another-secret-that-is-long-enough-0123456789', 600_000).read(token)?.reader).toBeUndefined();
  });

  test.each(['', 'CSE-7K2M-9QXD', 'CSE-7K2M-9QXD.1.short', '../etc/passwd.1.' + 'a'.repeat(43), 'cse-7k2m-9qxd.1.' + 'a'.repeat(43)])('%j is not a token', (text) => {
    expect(tokens.read(text)).toBeUndefined();
  });

  test('the file name has the form and the reference only', () => {
    expect(exportFilename({ formId: 'form.concernRecord', reference: 'CSE-7K2M-9QXD' })).toBe('form-concernRecord-CSE-7K2M-9QXD.docx');
    expect(exportFilename({ formId: '"; evil=1', reference: 'CSE-7K2M-9QXD' })).toBe('evil-1-CSE-7K2M-9QXD.docx');
  });
});
