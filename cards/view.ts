import type { Audience } from '../knowledge/entry.schema';
import type { CardJson } from './adaptive';

/** What dialogs hand to cards: i18n keys, knowledge-derived citations and ready-made action data. */

export type Translate = (key: string, options?: Record<string, string | number>) => string;

/** A translated line: an i18n key and the values it interpolates (user or deployment text is escaped by the card). */
export interface TextRef {
  key: string;
  values?: Record<string, string | number>;
  /** Values that are translations themselves ("Enter {{what}}" with a question's `what`), translated first. */
  refs?: Record<string, TextRef>;
}

export interface ActionView {
  label: TextRef;
  data: { [key: string]: CardJson };
  style?: 'positive' | 'destructive';
  /** Sends none of the card's inputs, so a host's check of required inputs never blocks it (Back, Cancel, Remove). */
  ignoresInputs?: boolean;
}

export interface ChangeView {
  what: string;
  when: string;
  source: string;
  /** Whom the change concerns; dialogs leave it out of a card for other readers. Absent: everyone. */
  audiences?: readonly Audience[];
}

export interface CitationView {
  section: string;
  /** True when the step is general practice from the reconstructed pathways, not the protocol's words. */
  generalPractice: boolean;
  /** True when the step is general law the protocol leaves out (its section names the statute), not the protocol's words. */
  generalLaw?: boolean;
  changes: ChangeView[];
}

export interface ContactView {
  role: TextRef;
  label: string;
  phone?: string;
  email?: string;
  note?: string;
}

/** What a form question's input is drawn as: the Adaptive Cards 1.5 inputs. */
export type FieldControl =
  | { type: 'text'; multiline: boolean; maxLength: number; style?: 'email' | 'tel' }
  | { type: 'date' }
  | { type: 'time' }
  | { type: 'number'; min: number; max: number }
  | { type: 'choice'; style: 'compact' | 'expanded'; multiSelect: boolean; choices: Array<{ label: TextRef; value: string }> };

/** An input on a step card. A choice's label is reviewed knowledge text; a note's label is a translation; a field is a form question's. */
export type InputView =
  | { kind: 'choice'; id: string; label: string | TextRef; choices: Array<{ label: TextRef; value: string }>; value: string; errorKey: string; error?: TextRef }
  | { kind: 'text'; id: string; label: TextRef; value: string; maxLength: number; errorKey: string; error?: TextRef }
  | { kind: 'field'; id: string; label: TextRef; required: boolean; hint?: TextRef; control: FieldControl; value: string; errorMessage: TextRef; error?: TextRef };

/** One page (or group item) of check-your-answers; `A` is how its Change action is given. */
export interface CheckSectionView<A> {
  heading: TextRef;
  rows: Array<{ label: TextRef; value: TextRef[]; change: A }>;
}

/** What the user recorded on the way: the reasons, shown back in the summary exactly as given. */
export interface RecordView {
  heading: TextRef;
  items: Array<{ title: string; answer: TextRef }>;
  /** The user's own notes (escaped by the card), each under a translated heading. */
  notes: Array<{ heading: TextRef; text: string }>;
  empty: TextRef;
}

export interface StepView {
  kind: 'step';
  tone: 'question' | 'urgent' | 'summary';
  /** The answer pressed on the card before, when the button was the answer: "You answered: No", first, so a transcript shows it. */
  answered?: TextRef;
  /** Shown above everything else, in the danger colour: 999 on a summary after a "yes" or "not sure" to danger. */
  alert?: TextRef;
  title: TextRef;
  lines: TextRef[];
  /** Numbered actions for a summary: what to do now, in order. */
  steps?: TextRef[];
  inputs?: InputView[];
  /** Shown above the inputs when the server found a problem with what was sent. */
  errorSummary?: TextRef;
  /** A form's error summary at the top of the card: "There is a problem" and each message, in the page's order. */
  problems?: TextRef[];
  /** "Page 3 of 7", above a form page's title. */
  progress?: TextRef;
  /** A form's check-your-answers: each answer under its page, with its Change action. */
  check?: Array<CheckSectionView<ActionView>>;
  /** Record-quality prompts before submitting: they never block. */
  prompts?: TextRef[];
  record?: RecordView;
  choices: ActionView[];
  contacts?: ContactView[];
  /** Shown when a contact the step needs is not configured for this deployment. */
  contactsMissing?: TextRef;
  citations: CitationView[];
  navigation: ActionView[];
  /** A part of a result too long for one message, sent before its last card: drawn whole, with no actions. */
  lead?: true;
}

/** Who the 999 card is for: what they can do at the scene, and what comes after the call. */
export type UrgentAudience = 'business' | 'police' | 'professional' | 'anyone';

export interface WelcomeView {
  kind: 'welcome';
  /** "If a child is in danger now, call 999" at the top. */
  safetyLine: boolean;
  menu: ActionView[];
  /** Journeys that start from what has happened, offered after the role menu. */
  situations: ActionView[];
  resumable: ActionView[];
  citations: CitationView[];
}

export interface UrgentView {
  kind: 'urgent';
  audience: UrgentAudience;
  /** Present when a journey was interrupted: "carry on where I was". */
  resume?: ActionView;
  menu: ActionView;
  citations: CitationView[];
}

export interface NoticeView {
  kind: 'notice';
  tone: 'info' | 'warning';
  /** "If a child is in danger now, call 999" at the top: every notice is a reply that is not a confident answer. */
  safetyLine: boolean;
  title: TextRef;
  lines: TextRef[];
  /** Choices offered in the message itself, each set under its heading ("Did you mean…", "Choose your role"). */
  groups?: Array<{ heading: TextRef; lines?: TextRef[]; actions: ActionView[] }>;
  actions: ActionView[];
}

export type View =
  | StepView
  | WelcomeView
  | UrgentView
  | NoticeView
  | AnswerView
  | SubmissionListView
  | SubmissionView
  | TextExportView
  | FileOfferView
  | RecordReviewView
  | RecordUpdateView
  | RecordsForMeView
  | ProblemProfileView
  | ProfileChartView
  | ProfileCsvView;

/** A record as the person it was routed to works on it: where it stands, what was done, and what they can do next. */
export interface RecordReviewView {
  kind: 'recordReview';
  reference: string;
  /** The form's title in words; absent when this version does not know the form. */
  title?: string;
  status: TextRef;
  /** The lead's events, oldest first (what a lead typed is escaped by the card); `shared` when the reporter sees it too. */
  history: Array<{ at: number; line: TextRef; shared?: boolean }>;
  /** Said above the actions: "This record is closed". */
  note?: TextRef;
  /** The other records about the same child (same name and date of birth, in this setting), oldest first. */
  chronology?: Array<{ title?: string; reference: string; submitted: number; status: TextRef; open: ActionView }>;
  /** Acknowledge, add an action, record the decision, close: only those that apply now. */
  work: ActionView[];
  actions: ActionView[];
}

/** Adding an action or recording the decision: inputs with their problems next to them, the answers kept. */
export interface RecordUpdateView {
  kind: 'recordUpdate';
  reference: string;
  title: TextRef;
  intro: TextRef;
  problems?: TextRef[];
  inputs: InputView[];
  /** Where the choices come from. */
  source?: TextRef;
  submit: ActionView;
  actions: ActionView[];
}

/** Records for me: the records routed to the reader's roles, by status, overdue deadlines first. */
export interface RecordsForMeView {
  kind: 'recordsForMe';
  /** "Concern records only" when filtered by a form. */
  filter?: TextRef;
  groups: Array<{
    heading: TextRef;
    items: Array<{ title?: string; reference: string; submitted: number; deadlines: TextRef[]; overdue: boolean; open: ActionView }>;
  }>;
  /** Said when more records are routed to the reader than one page shows. */
  more?: TextRef;
  filters: ActionView[];
  actions: ActionView[];
}

/** A file offered as a link (the web chat's download): opened, never submitted. */
export interface DownloadView {
  label: TextRef;
  url: string;
}

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

/** A knowledge entry as an answer: the key facts first, then detail, the section, what changed since 2017. */
export interface AnswerView {
  kind: 'answer';
  /** Reviewed knowledge text (never user input). */
  title: string;
  summary: string;
  body: string;
  facts: Array<{ label: TextRef; value: string }>;
  citations: CitationView[];
  related: ActionView[];
  actions: ActionView[];
  contacts?: ContactView[];
  contactsMissing?: TextRef;
}

/** A count as the problem profile may show it: 0, or 5 and more, exactly; 1 to 4 as "fewer than 5". */
export type ShownCountView = number | 'fewerThan5';

/** One dimension of the problem profile: its counts in order, drawn as a bar chart when `chart` is set. */
export interface ProfileSectionView {
  heading: TextRef;
  chart: boolean;
  rows: Array<{ label: TextRef; count: ShownCountView }>;
}

/** What one problem profile chart shows: a charted dimension of the profile, and its period. */
export interface ProfileChartSubject {
  section: ProfileSectionView;
  from: TextRef;
  to: TextRef;
}

/**
 * A problem profile chart as a message of its own, after the profile's card (a chart with its words is
 * too large to travel inside that card): drawn at the edge, bot/profileCharts.ts.
 */
export interface ProfileChartView extends ProfileChartSubject {
  kind: 'profileChart';
  /** The chart as a PNG `data:` URI, and its size in pixels. */
  image: { url: string; width: number; height: number };
}

/** The MASE problem profile (Section 7): counts only, for the MASE coordinator and analyst. */
export interface ProblemProfileView {
  kind: 'problemProfile';
  months: number;
  from: TextRef;
  to: TextRef;
  forms: ShownCountView;
  /** Forms this version could not read, left out. */
  unreadable: number;
  /** The store gave the most forms one profile reads: the oldest of the period are left out. */
  truncated: boolean;
  sections: ProfileSectionView[];
  /** Last 3, 6 and 12 months. */
  periods: ActionView[];
  /** The profile as CSV text in the chat. */
  csv: ActionView;
  /** The CSV as a file: the web chat's download link. */
  download?: DownloadView;
  /** The CSV as a file: in a Teams one-to-one chat, asks for Teams' file card. */
  file?: ActionView;
  actions: ActionView[];
}

/** The problem profile as CSV, in a box to copy from, with the file's link where there is one. */
export interface ProfileCsvView {
  kind: 'profileCsv';
  filename: string;
  text: string;
  download?: DownloadView;
  /** Teams, one-to-one: asks for the CSV as a file card. */
  file?: ActionView;
  actions: ActionView[];
}
