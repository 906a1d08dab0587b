import type { ActionView, DownloadView, TextRef } from './viewParts';

/** What a person submitted: their list, one submission in words, its text export and its file offer. */

/** The user's own submissions, newest first: what each is, never who it is about. */
export interface SubmissionListView {
  kind: 'submissionList';
  items: Array<{
    /** The form's title in words; absent when this version does not know the form. */
    title?: string;
    reference: string;
    /** Milliseconds since the epoch. */
    submitted: number;
    open: ActionView;
    text: ActionView;
    download?: DownloadView;
    /** Teams, one-to-one: asks for the Word document as a file card. */
    file?: ActionView;
    /** Where the record stands with the person it went to ("Acknowledged by your safeguarding lead"); never their notes. */
    status?: TextRef;
  }>;
  /** Why no Word document is offered here (a Teams group chat or channel: files go in one-to-one chats only). */
  note?: TextRef;
  actions: ActionView[];
}

/** A submitted form in words (a FormDocument's shape: cards cannot import dialogs). User text is escaped by the card. */
export interface DocumentView {
  title: string;
  reference: string;
  submittedAt: string;
  sections: Array<{ heading: string; rows: Array<{ label: string; value: string }>; items?: Array<{ heading: string; rows: Array<{ label: string; value: string }> }> }>;
  notes: string[];
  source: string;
}

export interface SubmissionView {
  kind: 'submission';
  document: DocumentView;
  /** Absent for a reader who may read the record but not export it. */
  text?: ActionView;
  download?: DownloadView;
  /** Teams, one-to-one: asks for the Word document as a file card. */
  file?: ActionView;
  /** Why no Word document is offered here (a Teams group chat or channel). */
  note?: TextRef;
  /** Where the record stands with the person it went to; never their notes. */
  status?: TextRef;
  /** For the reporter, under the status: the notes the lead shared with them, oldest first (and nothing else of the lead's work). */
  shared?: { heading: TextRef; notes: Array<{ at: number; line: TextRef }> };
  actions: ActionView[];
}

/**
 * A file offered in a Teams one-to-one chat: a submission's Word document, or the problem profile's
 * CSV. Teams' own file card asks the user to allow it into their OneDrive (the bot renders that), and
 * beside it a card that keeps the text at hand. What the file is and the offer id come back with the
 * user's answer, so the file is drawn again then, and one answer is acted on once.
 */
export interface FileOfferView {
  kind: 'fileOffer';
  about: FileOfferSubject;
  offerId: string;
  /** The file's name: the form's id and the reference, or the profile's months; nothing personal. */
  filename: string;
  sizeInBytes: number;
  /** The file card's description: the form's title and the reference, or the profile's title. */
  description: string;
  /** The same as text: "Copy as text", or "Show as CSV". */
  text: ActionView;
  actions: ActionView[];
}

/** What an offered file is: a submission by its reference, or the problem profile of a period. */
export type FileOfferSubject = { kind: 'submission'; reference: string } | { kind: 'problemProfile'; months: number };

/** The plain-text export in a box to copy from; a long one comes in parts, each within a card's size budget. */
export interface TextExportView {
  kind: 'textExport';
  reference: string;
  text: string;
  part: number;
  parts: number;
  /** True on the last part when the text was cut short: the rest is in the download, or on opening the submission. */
  truncated: boolean;
  download?: DownloadView;
}
