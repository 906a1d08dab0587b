import { renderView } from '../../../cards/render';
import type { View } from '../../../cards/view';
import type { DomainEvent } from '../../../dialogs/events.schema';
import { domainEventSchema } from '../../../dialogs/events.schema';
import type { FormDocument } from '../../../dialogs/forms/document';
import { toDocx } from '../../../dialogs/forms/export/docx.export';
import { fileOfferViews, mySubmissionsView, openedSubmissionView, submissionsNeeded, textExportViews, type StoredSubmission, type SubmissionDeps } from '../../../dialogs/forms/export/mySubmissions';
import { submissionDocuments } from '../../../dialogs/forms/export/submissionDocuments';
import { toText } from '../../../dialogs/forms/export/text.export';
import { MAX_TEXT_PARTS, textParts } from '../../../dialogs/forms/export/textParts';
import { route } from '../../../dialogs/router';
import { cardProblems } from '../../support/adaptiveCards';
import { fixtureForm, fixturePayload } from '../../support/fixtureForm';
import { concernRecordDocument } from '../../support/formDocuments';
import { strictT } from '../../support/i18n';

const TEAMS_CARD_BYTES = 28 * 1024;
const stored = (reference: string, name: string, minutes = 0): StoredSubmission => ({
  reference,
  kind: 'form.fixtureConcern',
  payload: fixturePayload(name),
  createdAt: new Date(Date.UTC(2026, 11, 1, 9, minutes)),
});

async function depsWith(submissions: SubmissionDeps['submissions'], download = true): Promise<SubmissionDeps> {
  const t = await strictT();
  const of = submissionDocuments([fixtureForm]);
  return {
    ...(submissions === undefined ? {} : { submissions }),
    documents: { of: (s) => of(s, t), text: (d) => toText(d, t) },
    fileHandOff: download ? { kind: 'download', linkFor: (reference) => `/exports/${reference}.token` } : { kind: 'textOnly' },
  };
}

async function render(views: View[]): Promise<Array<{ card: ReturnType<typeof renderView>; json: string }>> {
  const t = await strictT();
  return views.map((view) => {
    const card = renderView(view, t);
    return { card, json: JSON.stringify(card) };
  });
}

describe('what an event needs of the submissions', () => {
  test.each<[DomainEvent, ReturnType<typeof submissionsNeeded>]>([
    [{ event: 'submissions.listRequested' }, { kind: 'list' }],
    [{ event: 'message.received', text: 'My submissions' }, { kind: 'list' }],
    [{ event: 'message.received', text: 'what is a submission' }, undefined],
    [{ event: 'submission.opened', reference: 'CSE-7K2M-9QXD' }, { kind: 'one', reference: 'CSE-7K2M-9QXD' }],
    [{ event: 'submission.textRequested', reference: 'CSE-7K2M-9QXD' }, { kind: 'one', reference: 'CSE-7K2M-9QXD' }],
    [{ event: 'menu.requested' }, undefined],
  ])('%j', (event, need) => {
    expect(submissionsNeeded(event)).toEqual(need);
  });

  test('typing "my submissions" is a command, urgent words still win', () => {
    expect(route('my submissions')).toEqual({ kind: 'command', command: 'submissions' });
    expect(route('my submissions, he is hurting her right now').kind).toBe('urgent');
  });

  test('a card cannot ask for anything but a reference-shaped key', () => {
    for (const reference of ['', 'x', '{"$ne":""}', 'CSE-7K2M-9QXD; drop', 'a'.repeat(200)]) {
      expect(domainEventSchema.safeParse({ event: 'submission.opened', reference }).success).toBe(false);
    }
  });
});

describe('my submissions views', () => {
  test('the list: newest first as loaded, form title and reference, no personal answer, every card valid', async () => {
    const deps = await depsWith({ listed: [stored('CSE-BBBB-2222', 'Ottoline Brambleworth', 5), stored('CSE-AAAA-1111', 'Zelda Quirkfield')] });
    const [list] = await render(mySubmissionsView(deps, []));
    expect(cardProblems(list?.card)).toEqual([]);
    expect(list?.json.indexOf('CSE-BBBB-2222')).toBeLessThan(list?.json.indexOf('CSE-AAAA-1111') ?? -1);
    expect(list?.json).toContain('Fixture concern record');
    expect(list?.json).toContain('/exports/CSE-AAAA-1111.token');
    expect(list?.json).not.toMatch(/Ottoline|Zelda/);
  });

  test('no submissions, an unknown form, and one not found each get a kind notice', async () => {
    const t = await strictT();
    const titles = async (views: View[]) => (await render(views)).map((r) => JSON.stringify(r.card).match(/"style":"heading"[^}]*|"text":"([^"]*)","wrap":true,"size":"Large"/)?.[1]);
    expect(await titles(mySubmissionsView(await depsWith({ listed: [] }), []))).toEqual([t('exports:notices.none.title')]);
    expect(await titles(openedSubmissionView(await depsWith({ listed: [] }), []))).toEqual([t('exports:notices.notFound.title')]);
    const unknown = { ...stored('CSE-CCCC-3333', 'Zelda Quirkfield'), kind: 'form.retired' };
    expect(await titles(openedSubmissionView(await depsWith({ listed: [], opened: unknown }), []))).toEqual([t('exports:notices.unknownForm.title')]);
  });

  test('an opened submission: its sections, with typed Markdown escaped', async () => {
    const deps = await depsWith({ listed: [], opened: { ...stored('CSE-AAAA-1111', 'Zelda *Quirkfield* [x](http://evil.example)') } });
    const [opened] = await render(openedSubmissionView(deps, []));
    expect(cardProblems(opened?.card)).toEqual([]);
    expect(opened?.json).toContain('Zelda \\\\*Quirkfield\\\\* \\\\[x\\\\](http://evil.example)');
    expect(opened?.json).toContain('Quillfeather Park');
  });

  test('a reader who may read a record but not export it (an analyst) is offered no copy, file or link', async () => {
    const readable = await depsWith({ listed: [], opened: { ...stored('CSE-AAAA-1111', 'Zelda Quirkfield'), own: false, mayExport: false } });
    const [view] = openedSubmissionView(readable, []);
    expect(view?.kind === 'submission' && [view.text, view.file, view.download]).toEqual([undefined, undefined, undefined]);
    const [card] = await render(openedSubmissionView(readable, []));
    expect(cardProblems(card?.card)).toEqual([]);
    expect(card?.json).not.toContain('"submission.textRequested"');
    const exportable = await depsWith({ listed: [], opened: { ...stored('CSE-AAAA-1111', 'Zelda Quirkfield'), own: false } });
    const [lead] = await render(openedSubmissionView(exportable, []));
    expect(lead?.json).toContain('"submission.textRequested"');
    // A lead it was routed to gets a link too: signed for them, and checked again when it is fetched.
    expect(lead?.json).toContain('"url":"/exports/CSE-AAAA-1111.token"');
  });

  test('the text export: the exact text in a box, no submit button on its card, within a Teams card', async () => {
    const deps = await depsWith({ listed: [], opened: stored('CSE-AAAA-1111', 'Zelda Quirkfield') }, false);
    const views = textExportViews(deps, []);
    const rendered = await render(views);
    expect(views.map((v) => v.kind)).toEqual(['textExport', 'notice']);
    const first = rendered[0]?.card;
    expect(cardProblems(first)).toEqual([]);
    expect(JSON.stringify(first)).not.toContain('Action.Submit');
    const document = deps.documents?.of(stored('CSE-AAAA-1111', 'Zelda Quirkfield'));
    expect(document).toBeDefined();
    expect(first?.body.find((e) => e.type === 'Input.Text')?.['value']).toBe(document === undefined ? '' : deps.documents?.text(document));
  });

  test('a very long document comes in parts, each card within 28 KB, the last one offering the download', async () => {
    const huge: FormDocument = {
      ...concernRecordDocument,
      sections: Array.from({ length: 30 }, (_, i) => ({ heading: `Section ${i + 1}`, columns: 1 as const, rows: [{ label: 'Notes', value: `🙂 "quoted" <b>&\n`.repeat(250) }] })),
    };
    const t = await strictT();
    const deps: SubmissionDeps = {
      submissions: { listed: [], opened: stored('CSE-AAAA-1111', 'Zelda Quirkfield') },
      documents: { of: () => huge, text: (d) => toText(d, t) },
      fileHandOff: { kind: 'download', linkFor: (reference) => `/exports/${reference}.token` },
    };
    const views = textExportViews(deps, []);
    const parts = views.filter((v) => v.kind === 'textExport');
    expect(parts.length).toBe(MAX_TEXT_PARTS);
    const rendered = await render(views);
    for (const { card, json } of rendered) {
      expect(cardProblems(card)).toEqual([]);
      expect(Buffer.byteLength(json)).toBeLessThanOrEqual(TEAMS_CARD_BYTES);
    }
    const last = rendered[MAX_TEXT_PARTS - 1]?.json ?? '';
    expect(last).toContain(t('exports:text.truncatedDownload'));
    expect(last).toContain(`/exports/${huge.reference}.token`);
    expect(rendered[0]?.json).toContain(`part 1 of ${MAX_TEXT_PARTS}`);
  });
});

describe('text parts', () => {
  test('short text is one part; parts rejoin to the text; lines are not split unless longer than a part', () => {
    expect(textParts('a\r\nb\r\n')).toEqual({ parts: ['a\r\nb\r\n'], truncated: false });
    const text = Array.from({ length: 400 }, (_, i) => `line ${i} ${'x'.repeat(i % 90)}\r\n`).join('');
    const { parts, truncated } = textParts(text, 2000, 100);
    expect(truncated).toBe(false);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(part.endsWith('\r\n')).toBe(true);
    const long = 'é'.repeat(5000);
    expect(textParts(long, 2000, 100).parts.join('')).toBe(long);
  });
});

describe('stored submissions as documents', () => {
  test('an unknown form, a newer schemaVersion or an unreadable payload give undefined; a known one its document', async () => {
    const t = await strictT();
    const of = submissionDocuments([fixtureForm]);
    const base = stored('CSE-AAAA-1111', 'Zelda Quirkfield');
    expect(of(base, t)?.reference).toBe('CSE-AAAA-1111');
    expect(of({ ...base, kind: 'form.other' }, t)).toBeUndefined();
    expect(of({ ...base, payload: { ...fixturePayload('Zelda Quirkfield'), schemaVersion: 2 } }, t)).toBeUndefined();
    expect(of({ ...base, payload: { answers: 'nope' } }, t)).toBeUndefined();
  });
});

describe('a Word document asked for with a button (Teams)', () => {
  const opened = { listed: [], opened: stored('CSE-AAAA-1111', 'Zelda Quirkfield') };
  async function withHandOff(fileHandOff: SubmissionDeps['fileHandOff']): Promise<SubmissionDeps> {
    const t = await strictT();
    const of = submissionDocuments([fixtureForm]);
    return {
      submissions: opened,
      documents: { of: (s) => of(s, t), text: (d) => toText(d, t), docx: (d) => toDocx(d, t) },
      ...(fileHandOff === undefined ? {} : { fileHandOff }),
      newId: () => 'fictional-offer-0001',
    };
  }

  test('in a one-to-one chat: the file offered with its name (nothing personal), size, title and the text beside it; the list and the opened card carry the button', async () => {
    const deps = await withHandOff({ kind: 'teamsFile' });
    const [offer] = await fileOfferViews(deps, []);
    expect(offer).toEqual(expect.objectContaining({ kind: 'fileOffer', about: { kind: 'submission', reference: 'CSE-AAAA-1111' }, offerId: 'fictional-offer-0001', filename: 'form-fixtureConcern-CSE-AAAA-1111.docx', description: 'Fixture concern record' }));
    expect(offer?.kind === 'fileOffer' ? offer.sizeInBytes : 0).toBeGreaterThan(1000);
    const rendered = await render([offer as View, ...openedSubmissionView(deps, []), ...mySubmissionsView({ ...deps, submissions: { listed: [stored('CSE-AAAA-1111', 'Zelda Quirkfield')] } }, [])]);
    for (const { card } of rendered) expect(cardProblems(card)).toEqual([]);
    expect(rendered[0]?.json).toContain('Copy as text');
    for (const { json } of rendered.slice(1)) expect(json).toContain('"title":"Download as a Word document"');
    // The offer and the list never show who a submission is about (the opened card does: that is what it is for).
    for (const shown of [rendered[0], rendered[2]]) expect(shown?.json ?? '').not.toContain('Zelda');
    expect(JSON.stringify(offer)).not.toContain('Zelda');
  });

  test.each<[string, SubmissionDeps['fileHandOff'], string]>([
    ['a Teams group chat or channel', { kind: 'textOnly', reason: 'filesInPersonalChatOnly' }, 'exports:notices.filePersonalOnly.title'],
    ['a channel with no files at all', { kind: 'textOnly' }, 'exports:notices.fileUnavailable.title'],
  ])('in %s: why not, with the text', async (_where, fileHandOff, title) => {
    const t = await strictT();
    const views = await fileOfferViews(await withHandOff(fileHandOff), []);
    expect(views.map((v) => v.kind)).toEqual(['notice']);
    const [rendered] = await render(views);
    expect(rendered?.json).toContain(t(title));
    expect(rendered?.json).toContain('Copy as text');
  });

  test('in the web chat: the submission with its download link', async () => {
    const views = await fileOfferViews(await withHandOff({ kind: 'download', linkFor: (reference) => `/exports/${reference}.token` }), []);
    expect(views.map((v) => v.kind)).toEqual(['submission']);
    expect(JSON.stringify(views)).toContain('/exports/CSE-AAAA-1111.token');
  });
});
