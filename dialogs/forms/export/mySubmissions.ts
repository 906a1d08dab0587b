import type { ActionView, DownloadView, FileOfferView, NoticeView, SubmissionListView, SubmissionView, TextExportView, TextRef, View } from '../../../cards/view';
import type { DomainEvent } from '../../events.schema';
import { route, type Router } from '../../router';
import type { FormDocument } from '../document';
import type { LeadEvent, RecordStatus, SharedNote } from '../../records/leadEvents';
import { historyLine } from '../../records/historyLine';
import type { DueFilter } from '../../records/dueFilter';
import { exportFilename } from './exportFilename';
import { textParts } from './textParts';

/**
 * "My submissions": the user's own submitted forms, newest first, each openable and exportable.
 * The turn stays pure: the runner asks `submissionsNeeded` what an event needs, loads only that
 * (the owner's own records, every read audited), and passes it in TurnDeps.
 */

/** How many of the newest submissions the list shows. */
export const LISTED_SUBMISSIONS = 20;

/** A stored submission as the turn sees it: no owner, the payload as stored (decrypted). */
export interface StoredSubmission {
  reference: string;
  kind: string;
  payload: { readonly [key: string]: unknown };
  createdAt: Date;
  /**
   * Where it stands with the people it was routed to, and whether those include a safeguarding lead
   * (the words of the reporter's status); absent for a record routed to nobody.
   */
  status?: { status: RecordStatus; toLead: boolean };
  /** The lead's events, only for a reader who may see them (decide's seeLeadNotes): never the reporter. */
  leadEvents?: LeadEvent[];
  /** For the reporter (decide's seeSharedNotes): only the notes the lead shared with them. */
  sharedNotes?: SharedNote[];
  /** False when the reader is not its owner (a lead reading what was routed to them): no reporter's status line. */
  own?: boolean;
  /** False when the reader may read it but not export it (a MASE analyst): neither "Copy as text" nor a Word file is offered. */
  mayExport?: boolean;
  /** For a lead: the other records about the same child (same name and date of birth) routed to them in this setting, oldest first. */
  chronology?: StoredSubmission[];
}

/** Records for me as the runner loaded them: a page of the records routed to the reader's roles, each read allowed and audited. */
export interface RecordsForMe {
  items: StoredSubmission[];
  /** The form they were filtered by, if any. */
  form?: string;
  /** The deadline they were filtered by, if any: overdue, or due in the next 24 hours. */
  due?: DueFilter;
  /** True when there were more than one page holds (filtered by deadline: when the records looked through reached their bound). */
  more: boolean;
}

/** What the runner loaded for this turn: the owner's newest submissions, or the one asked for (undefined when not theirs or not there). */
export interface SubmissionsLoaded {
  listed: StoredSubmission[];
  opened?: StoredSubmission;
  forMe?: RecordsForMe;
}

/** How a file reaches the user here. */
export type FileHandOff =
  /** The web chat: a short-lived download link, bound to the reference and the owner. */
  | { kind: 'download'; linkFor: (reference: string) => string }
  /** A Teams one-to-one chat: Teams' file card, the file put in the user's OneDrive once they allow it. */
  | { kind: 'teamsFile' }
  /** Text only: where no file can be handed over (a Teams group chat or channel says why). */
  | { kind: 'textOnly'; reason?: 'filesInPersonalChatOnly' };

export type SubmissionNeed = { kind: 'list' } | { kind: 'one'; reference: string };

export function submissionsNeeded(event: DomainEvent, routeText: Router = route): SubmissionNeed | undefined {
  switch (event.event) {
    case 'submissions.listRequested':
      return { kind: 'list' };
    case 'submission.opened':
    case 'submission.textRequested':
    case 'submission.fileRequested':
      return { kind: 'one', reference: event.reference };
    case 'message.received': {
      const routed = routeText(event.text);
      return routed.kind === 'command' && routed.command === 'submissions' ? { kind: 'list' } : undefined;
    }
    default:
      return undefined;
  }
}

export interface SubmissionDeps {
  submissions?: SubmissionsLoaded;
  documents?: {
    of: (submission: StoredSubmission) => FormDocument | undefined;
    text: (document: FormDocument) => string;
    /** The Word document's bytes (for a Teams file card, which states its size). */
    docx?: (document: FormDocument) => Promise<Uint8Array>;
    /** The submission's deadlines (the form's own, computed from its answers): each in words, and when it falls due. */
    deadlines?: (submission: StoredSubmission) => Array<{ line: TextRef; due?: Date }>;
  };
  fileHandOff?: FileHandOff;
  /** A new id (the runner's randomUUID): one per file offered. */
  newId?: () => string;
}

const action = (key: string, data: ActionView['data'], style?: ActionView['style']): ActionView => (style === undefined ? { label: { key }, data } : { label: { key }, data, style });
export const listAction = (): ActionView => action('exports:actions.list', { event: 'submissions.listRequested' });
const openAction = (reference: string): ActionView => action('exports:actions.open', { event: 'submission.opened', reference });
const textAction = (reference: string): ActionView => action('exports:actions.text', { event: 'submission.textRequested', reference }, 'positive');

const fileAction = (reference: string): ActionView => action('exports:actions.file', { event: 'submission.fileRequested', reference });

/** Teams one-to-one: the Word document is asked for with a button, and comes as a file card. */
function file(deps: SubmissionDeps, reference: string): ActionView | undefined {
  return deps.fileHandOff?.kind === 'teamsFile' ? fileAction(reference) : undefined;
}

function noFileNote(deps: SubmissionDeps): TextRef | undefined {
  return deps.fileHandOff?.kind === 'textOnly' && deps.fileHandOff.reason === 'filesInPersonalChatOnly' ? { key: 'exports:file.personalOnly' } : undefined;
}

function download(deps: SubmissionDeps, reference: string): DownloadView | undefined {
  return deps.fileHandOff?.kind === 'download' ? { label: { key: 'exports:actions.download' }, url: deps.fileHandOff.linkFor(reference) } : undefined;
}

const notice = (name: string, tone: NoticeView['tone'], actions: ActionView[]): NoticeView => ({
  kind: 'notice',
  tone,
  safetyLine: true,
  title: { key: `exports:notices.${name}.title` },
  lines: [{ key: `exports:notices.${name}.line1` }],
  actions,
});

/** "That submission cannot be found": the one answer for a record that is not there and for one the reader may not see. */
export const notFoundView = (around: ActionView[]): NoticeView => notice('notFound', 'info', [listAction(), ...around]);

/** The reporter's status line: where the record stands, never what the lead wrote. */
function reporterStatus(submission: StoredSubmission): TextRef | undefined {
  if (submission.status === undefined) return undefined;
  return { key: `records:reporterStatus.${submission.status.toLead ? 'lead' : 'other'}.${submission.status.status}` };
}

/** The notes the lead shared with the reporter, under the status; nothing when none was shared. */
function sharedWithReporter(submission: StoredSubmission): SubmissionView['shared'] {
  const notes = submission.sharedNotes ?? [];
  if (notes.length === 0 || submission.status === undefined) return undefined;
  return {
    heading: { key: `records:sharedWithReporter.${submission.status.toLead ? 'lead' : 'other'}` },
    notes: notes.map((note) => ({ at: note.at.getTime(), line: historyLine(note) })),
  };
}

/** `around` are the actions every reply here ends with: carry on with a journey, the menu. */
export function mySubmissionsView(deps: SubmissionDeps, around: ActionView[]): View[] {
  const listed = deps.submissions?.listed ?? [];
  if (deps.submissions === undefined) return [notice('unavailable', 'warning', around)];
  if (listed.length === 0) return [notice('none', 'info', around)];
  const items: SubmissionListView['items'] = listed.map((submission) => {
    const title = deps.documents?.of(submission)?.title;
    const link = download(deps, submission.reference);
    const fileButton = file(deps, submission.reference);
    const status = reporterStatus(submission);
    return {
      ...(title === undefined ? {} : { title }),
      ...(status === undefined ? {} : { status }),
      reference: submission.reference,
      submitted: submission.createdAt.getTime(),
      open: openAction(submission.reference),
      text: textAction(submission.reference),
      ...(link === undefined ? {} : { download: link }),
      ...(fileButton === undefined ? {} : { file: fileButton }),
    };
  });
  const note = noFileNote(deps);
  return [{ kind: 'submissionList', items, ...(note === undefined ? {} : { note }), actions: around }];
}

/** The submission asked for in words, or a kind notice when it is not the user's, not there, or of a form this version cannot read. */
function documentAsked(deps: SubmissionDeps, around: ActionView[]): { document: FormDocument } | { views: View[] } {
  const opened = deps.submissions?.opened;
  if (opened === undefined) return { views: [notFoundView(around)] };
  const document = deps.documents?.of(opened);
  return document === undefined ? { views: [notice('unknownForm', 'warning', [listAction(), ...around])] } : { document };
}

export function openedSubmissionView(deps: SubmissionDeps, around: ActionView[]): View[] {
  const asked = documentAsked(deps, around);
  if ('views' in asked) return asked.views;
  const { document } = asked;
  const opened = deps.submissions?.opened;
  const exportable = opened?.mayExport !== false;
  // A link is signed for whoever reads it here (its owner, or a lead it was routed to), and checked again when fetched.
  const link = exportable ? download(deps, document.reference) : undefined;
  const fileButton = exportable ? file(deps, document.reference) : undefined;
  const note = noFileNote(deps);
  const status = opened?.own === false || opened === undefined ? undefined : reporterStatus(opened);
  const shared = status === undefined || opened === undefined ? undefined : sharedWithReporter(opened);
  const view: SubmissionView = {
    kind: 'submission',
    document,
    ...(status === undefined ? {} : { status }),
    ...(shared === undefined ? {} : { shared }),
    ...(exportable ? { text: textAction(document.reference) } : {}),
    ...(link === undefined ? {} : { download: link }),
    ...(fileButton === undefined ? {} : { file: fileButton }),
    ...(note === undefined ? {} : { note }),
    actions: [listAction(), ...around],
  };
  return [view];
}

export function textExportViews(deps: SubmissionDeps, around: ActionView[]): View[] {
  const asked = documentAsked(deps, around);
  if ('views' in asked || deps.documents === undefined) return 'views' in asked ? asked.views : [notice('unavailable', 'warning', around)];
  const { document } = asked;
  const { parts, truncated } = textParts(deps.documents.text(document));
  const link = download(deps, document.reference);
  const views: View[] = parts.map((text, i): TextExportView => ({
    kind: 'textExport',
    reference: document.reference,
    text,
    part: i + 1,
    parts: parts.length,
    truncated: truncated && i === parts.length - 1,
    ...(link !== undefined && i === parts.length - 1 ? { download: link } : {}),
  }));
  // The buttons come on a card of their own: a card's inputs travel with its buttons, and the text need not.
  views.push(notice('textReady', 'info', [openAction(document.reference), listAction(), ...around]));
  return views;
}

/**
 * "Download as a Word document" in Teams: in a one-to-one chat, the file offered on Teams' file card
 * (the upload itself waits for the user's "Allow": bot/teamsFileConsent.ts); in a group chat or
 * channel, why not, with the text export. Where files come by link (the web chat), the submission
 * with its link. The document is drawn now only to state its size on the card.
 */
export async function fileOfferViews(deps: SubmissionDeps, around: ActionView[]): Promise<View[]> {
  const asked = documentAsked(deps, around);
  if ('views' in asked) return asked.views;
  const { document } = asked;
  const docx = deps.documents?.docx;
  if (deps.fileHandOff?.kind === 'download') return openedSubmissionView(deps, around);
  if (deps.fileHandOff?.kind !== 'teamsFile' || docx === undefined || deps.newId === undefined) {
    const why = deps.fileHandOff?.kind === 'textOnly' && deps.fileHandOff.reason === 'filesInPersonalChatOnly' ? 'filePersonalOnly' : 'fileUnavailable';
    return [notice(why, 'info', [textAction(document.reference), listAction(), ...around])];
  }
  const bytes = await docx(document);
  const offer: FileOfferView = {
    kind: 'fileOffer',
    about: { kind: 'submission', reference: document.reference },
    offerId: deps.newId(),
    filename: exportFilename(document),
    sizeInBytes: bytes.length,
    description: document.title,
    text: textAction(document.reference),
    actions: [listAction(), ...around],
  };
  return [offer];
}
