import { Document, Header, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Translate } from '../../../cards/view';
import { isEmptyGroup, type DocumentCell, type DocumentLayout, type DocumentRow, type DocumentSection, type FormDocument } from '../document';
import { linesOf, oneLine } from './cleanText';
import { exportLabels } from './exportLabels';

/**
 * The Word export, built with the `docx` package: the title, reference and version in the page
 * header; each section a table of label | value (or label | value | label | value where a page asks
 * for two pairs a row); each group item under its own heading; the notes and the source at the end.
 * A document with a layout (the MASE form's, Appendix F's) is drawn as its tables instead: rows of
 * label and value cells over one grid, spans as the layout gives them, labels bold and shaded. The
 * file's own properties carry the form's title and reference only: nothing a user typed, so a file
 * list or a search index never shows a child's name.
 */

/** Raised when this layout changes, independently of the document's own version. */
export const DOCX_EXPORT_VERSION = 3;

const CREATOR = 'CSE practitioners assistant';

/** A value as runs: each line after the first starts on a new line of the same cell. */
function runs(text: string, bold = false): TextRun[] {
  return linesOf(text).map((line, i) => new TextRun({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) }));
}

const cell = (text: string, bold: boolean, widthPct: number): TableCell =>
  new TableCell({ width: { size: widthPct, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: runs(text, bold) })] });

function table(rows: readonly DocumentRow[], columns: 1 | 2): Table {
  const tableRows: TableRow[] = [];
  for (let i = 0; i < rows.length; i += columns) {
    const pairs = rows.slice(i, i + columns);
    const cells = pairs.flatMap((row) => [cell(oneLine(row.label), true, columns === 1 ? 35 : 20), cell(row.value, false, columns === 1 ? 65 : 30)]);
    // A short last row of a two-pair grid still has four cells, so the grid stays square.
    while (cells.length < columns * 2) cells.push(cell('', false, 25));
    tableRows.push(new TableRow({ children: cells }));
  }
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: tableRows });
}

/** The text width of docx's default page (A4, margins of an inch), in twentieths of a point. */
const PAGE_TEXT_WIDTH = 9026;
const LABEL_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } as const;

function gridCell(content: DocumentCell, columnWidth: number): TableCell {
  const isLabel = content.kind === 'label';
  return new TableCell({
    columnSpan: content.columnSpan,
    rowSpan: content.rowSpan,
    width: { size: content.columnSpan * columnWidth, type: WidthType.DXA },
    ...(isLabel ? { shading: LABEL_SHADING } : {}),
    children: [new Paragraph({ children: runs(isLabel ? oneLine(content.text) : content.text, isLabel) })],
  });
}

/** docx fills the columns a cell spanning down holds in the rows below, so every row covers the grid. */
function grid(rows: readonly DocumentCell[][], columns: number): Table {
  const columnWidth = Math.floor(PAGE_TEXT_WIDTH / columns);
  return new Table({
    width: { size: columnWidth * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => columnWidth),
    rows: rows.map((row) => new TableRow({ children: row.map((content) => gridCell(content, columnWidth)) })),
  });
}

function laidOut(layout: DocumentLayout, none: string): Array<Paragraph | Table> {
  return layout.parts.flatMap((part) => {
    const children: Array<Paragraph | Table> = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(oneLine(part.heading)) })];
    if (part.tables.length === 0) children.push(new Paragraph({ children: runs(oneLine(none)) }));
    for (const table of part.tables) {
      if (table.heading !== undefined) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(oneLine(table.heading)) }));
      children.push(grid(table.rows, layout.columns));
    }
    return children;
  });
}

function section(part: DocumentSection, none: string): Array<Paragraph | Table> {
  const children: Array<Paragraph | Table> = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(oneLine(part.heading)) })];
  if (part.rows.length > 0) children.push(table(part.rows, part.columns));
  if (isEmptyGroup(part)) children.push(new Paragraph({ children: runs(oneLine(none)) }));
  for (const item of part.items ?? []) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(oneLine(item.heading)) }));
    if (item.rows.length > 0) children.push(table(item.rows, part.columns));
  }
  return children;
}

export async function toDocx(doc: FormDocument, t: Translate): Promise<Uint8Array> {
  const words = exportLabels(t, 'docx', DOCX_EXPORT_VERSION, doc.exportVersion);
  const title = oneLine(doc.title);
  const reference = oneLine(doc.reference);
  const header = new Header({
    children: [
      new Paragraph({ children: [new TextRun({ text: title, bold: true })] }),
      new Paragraph({ children: [new TextRun(`${words.reference}: ${reference}`)] }),
      new Paragraph({ children: [new TextRun(oneLine(words.version))] }),
    ],
  });
  const body: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(title) }),
    new Paragraph({ children: [new TextRun({ text: `${words.reference}: `, bold: true }), new TextRun(reference)] }),
    new Paragraph({ children: [new TextRun({ text: `${words.submitted}: `, bold: true }), ...runs(oneLine(doc.submittedAt))] }),
    ...(doc.layout === undefined ? doc.sections.flatMap((part) => section(part, words.none)) : laidOut(doc.layout, words.none)),
  ];
  if (doc.notes.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(oneLine(words.notes)) }));
    for (const note of doc.notes) body.push(new Paragraph({ bullet: { level: 0 }, children: runs(note) }));
  }
  // The document's source is a whole citation line ("Source: …"), labelled by the form engine.
  body.push(new Paragraph({ children: runs(oneLine(doc.source)) }));
  const file = new Document({
    title: `${title} ${reference}`,
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    description: oneLine(words.version),
    sections: [{ headers: { default: header }, children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
