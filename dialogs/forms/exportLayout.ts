/**
 * An export layout: how a form's Word document copies a printed form's tables (Appendix F's MASE
 * information form), declared once beside the form's definition (`<name>.layout.ts`) and named by
 * its `exportLayout`. Tables of rows of cells over a grid of `columns` columns; every question of
 * the form is placed once, in a table or in the `further` part after them. Strings are i18n keys.
 * `layoutProblems` checks a layout against its definition; `documentLayout` draws it in words.
 */

/** A question's label and its answer side by side: `labelSpan` then `span` grid columns. */
export interface AnswerCell {
  question: string;
  /** The label's i18n key, where the printed form words it otherwise ("Primary" beside "CSE model type"). */
  label?: string;
  /** Grid columns of the label; 1 when not given. */
  labelSpan?: number;
  /** Grid columns of the answer. */
  span: number;
  /** Rows both cells cover, from this one down; the rows below leave their columns out. */
  rowSpan?: number;
  /** Further questions answered in the same cell, each on a line "Label: answer" when asked (Trafficking's NRM status). */
  with?: readonly string[];
}

/** A repeated group in one answer cell, an item a line (Appendix F's additional locations). */
export interface GroupCell {
  group: string;
  /** The label's i18n key. */
  label: string;
  labelSpan?: number;
  span: number;
}

/** A label with no answer of its own, beside the rows it heads ("CSE model type"). */
export interface HeadingCell {
  /** Its i18n key. */
  heading: string;
  span?: number;
  rowSpan?: number;
}

export type LayoutCell = AnswerCell | GroupCell | HeadingCell;

export interface LayoutTable {
  /** The i18n key of the heading above it. */
  heading: string;
  /** A repeated group: the rows are drawn once per item, each item a table under its own heading ("Victim 1"). */
  group?: string;
  rows: ReadonlyArray<readonly LayoutCell[]>;
}

export interface ExportLayout {
  /** The printed form this layout copies. */
  source: string;
  /** The width of every table's grid. */
  columns: number;
  tables: readonly LayoutTable[];
  /** What the form asks that the printed form has not: after its tables, under this heading (an i18n key), a row each. */
  further: { heading: string; questions: readonly string[] };
}

export const isAnswerCell = (cell: LayoutCell): cell is AnswerCell => 'question' in cell;
export const isGroupCell = (cell: LayoutCell): cell is GroupCell => 'group' in cell;

/** The grid columns a cell covers, label and answer together. */
export function cellWidth(cell: LayoutCell): number {
  if ('heading' in cell) return cell.span ?? 1;
  return (cell.labelSpan ?? 1) + cell.span;
}

export const cellRowSpan = (cell: LayoutCell): number => ('group' in cell ? 1 : (cell.rowSpan ?? 1));

/** The further part's rows: a label a third of the grid wide, the answer the rest. */
export const furtherLabelSpan = (columns: number): number => Math.max(1, Math.round(columns * 0.3));
