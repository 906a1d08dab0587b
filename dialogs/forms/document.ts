/**
 * A submitted form as a document, already in words: what every export (plain text, DOCX) is drawn
 * from, so the exporters know nothing of questions or i18n. Built from a definition and its answers.
 */

export interface DocumentRow {
  label: string;
  /** The answer as shown to a person; "Not answered" is written in, never left blank. */
  value: string;
}

export interface DocumentSection {
  heading: string;
  /** Pairs a row in a grid layout (Appendix F's): 1 is one label/value pair per row, 2 is two. */
  columns: 1 | 2;
  rows: DocumentRow[];
  /** For a repeated group: one block per item ("Victim 1", "Victim 2"). */
  items?: Array<{ heading: string; rows: DocumentRow[] }>;
}

/** A cell of a laid-out table: a label (drawn bold on a shaded ground) or a value, in words. */
export interface DocumentCell {
  kind: 'label' | 'value';
  text: string;
  /** Grid columns it covers. */
  columnSpan: number;
  /** Rows it covers from its own down: the rows below leave its columns out. */
  rowSpan: number;
}

export interface DocumentTable {
  /** A group item's heading ("Victim 1"); none for a table drawn once. */
  heading?: string;
  /** Every row covers the layout's `columns`, counting the cells spanning down from the rows above. */
  rows: DocumentCell[][];
}

export interface DocumentPart {
  heading: string;
  /** No tables: a repeated group with no items (no offenders given), which exports say. */
  tables: DocumentTable[];
}

/** The document laid out as a printed form's tables (Appendix F's), for the Word export. */
export interface DocumentLayout {
  columns: number;
  parts: DocumentPart[];
}

export interface FormDocument {
  /** The export format's version, printed in every output; raised when the layout changes. */
  exportVersion: number;
  formId: string;
  formVersion: number;
  title: string;
  reference: string;
  /** Already formatted for the reader ("4 December 2026, 14:05"). */
  submittedAt: string;
  sections: DocumentSection[];
  /** The same answers in a printed form's tables, when the form has an export layout; the plain text keeps to `sections`. */
  layout?: DocumentLayout;
  /** Deadlines and what happens next, in words. */
  notes: string[];
  /** The protocol section the form comes from, as a whole citation line ("Source: …"), printed as it is. */
  source: string;
}

/** A repeated group with no items (no offenders given): exports say so under its heading. */
export const isEmptyGroup = (section: DocumentSection): boolean => section.items !== undefined && section.items.length === 0 && section.rows.length === 0;
