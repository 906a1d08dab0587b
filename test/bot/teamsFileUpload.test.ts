import { ConfigError, loadConfig } from '../../bot/config';
import { uploadUrlAllowed } from '../../bot/teamsFileConsent';
import { fileConsentAttachment, fileInfoAttachment } from '../../cards/fileOffer.card';
import type { FileOfferView } from '../../cards/view';

/** Where a Teams file card's upload may go, and the file cards' shapes. */

describe('the upload URL Teams hands back', () => {
  const policy = { hosts: ['sharepoint.com'] };

  it.each([
    ['https://contoso-my.sharepoint.com/personal/fictional_user/_api/v2.0/drive/items/1/uploadSession?guid=1', true],
    ['https://sharepoint.com/upload', true],
    ['HTTPS://Contoso-My.SharePoint.com/upload', true],
    ['http://contoso-my.sharepoint.com/upload', false],
    ['https://contoso-my.sharepoint.com:8443/upload', false],
    ['https://user:secret@contoso-my.sharepoint.com/upload', false],
    ['https://contoso.sharepoint.com.example.net/upload', false],
    ['https://evilsharepoint.com/upload', false],
    ['https://127.0.0.1/upload', false],
    ['http://127.0.0.1:8080/upload', false],
    ['ftp://contoso-my.sharepoint.com/upload', false],
    ['/upload', false],
    ['', false],
  ])('%s → %s', (url, allowed) => {
    expect(uploadUrlAllowed(url, policy)).toBe(allowed);
  });

  it('allows plain http on loopback only when the wiring says so (tests), and never another host over http', () => {
    const testPolicy = { hosts: ['sharepoint.com'], allowLoopbackHttp: true };
    expect(uploadUrlAllowed('http://127.0.0.1:8080/upload', testPolicy)).toBe(true);
    expect(uploadUrlAllowed('http://[::1]:8080/upload', testPolicy)).toBe(true);
    expect(uploadUrlAllowed('http://localhost:8080/upload', testPolicy)).toBe(true);
    expect(uploadUrlAllowed('http://10.0.0.1/upload', testPolicy)).toBe(false);
    expect(uploadUrlAllowed('http://contoso-my.sharepoint.com/upload', testPolicy)).toBe(false);
  });

  it('is configured by TEAMS_FILE_UPLOAD_HOSTS (default sharepoint.com); a scheme or port there stops the start', () => {
    expect(loadConfig({}).teamsFiles).toEqual({ uploadHosts: ['sharepoint.com'] });
    expect(loadConfig({ TEAMS_FILE_UPLOAD_HOSTS: 'sharepoint.com, SharePoint.US' }).teamsFiles).toEqual({ uploadHosts: ['sharepoint.com', 'sharepoint.us'] });
    for (const bad of ['https://sharepoint.com', 'sharepoint.com:443', 'localhost', ',']) {
      expect(() => loadConfig({ TEAMS_FILE_UPLOAD_HOSTS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ TEAMS_FILE_UPLOAD_HOSTS: bad })).toThrow('TEAMS_FILE_UPLOAD_HOSTS');
    }
  });
});

describe('Teams file cards', () => {
  const view: FileOfferView = {
    kind: 'fileOffer',
    about: { kind: 'submission', reference: 'CSE-7K2M-9QXD' },
    offerId: '0f8b1d52-6c1e-4b53-9a3e-5d6f7a8b9c0d',
    filename: 'form-concernRecord-CSE-7K2M-9QXD.docx',
    sizeInBytes: 9876,
    description: 'Concern record',
    text: { label: { key: 'exports:actions.text' }, data: { event: 'submission.textRequested', reference: 'CSE-7K2M-9QXD' } },
    actions: [],
  };

  it('the consent card: the file name, its size and description, and the offer to come back with either answer', () => {
    const context = { reference: 'CSE-7K2M-9QXD', offerId: view.offerId };
    expect(fileConsentAttachment(view)).toEqual({
      contentType: 'application/vnd.microsoft.teams.card.file.consent',
      name: 'form-concernRecord-CSE-7K2M-9QXD.docx',
      content: { description: 'Concern record', sizeInBytes: 9876, acceptContext: context, declineContext: context },
    });
  });

  it('the problem profile’s consent card comes back naming its months, never a reference', () => {
    const profile: FileOfferView = { ...view, about: { kind: 'problemProfile', months: 6 }, filename: 'mase-problem-profile-2026-07-to-2026-12.csv', description: 'MASE problem profile' };
    const context = { profileMonths: 6, offerId: view.offerId };
    expect(fileConsentAttachment(profile)).toEqual({
      contentType: 'application/vnd.microsoft.teams.card.file.consent',
      name: 'mase-problem-profile-2026-07-to-2026-12.csv',
      content: { description: 'MASE problem profile', sizeInBytes: 9876, acceptContext: context, declineContext: context },
    });
  });

  it('the file info card: the file as Teams described it on upload', () => {
    expect(fileInfoAttachment({ name: 'a.docx', contentUrl: 'https://contoso-my.sharepoint.com/a.docx', uniqueId: 'u-1', fileType: 'docx' })).toEqual({
      contentType: 'application/vnd.microsoft.teams.card.file.info',
      name: 'a.docx',
      contentUrl: 'https://contoso-my.sharepoint.com/a.docx',
      content: { uniqueId: 'u-1', fileType: 'docx' },
    });
  });
});
