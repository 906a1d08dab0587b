import type { Translate } from '../../../cards/view';
import { isEmptyGroup, type DocumentRow, type DocumentSection, type FormDocument } from '../document';
import { linesOf, oneLine } from './cleanText';
import { exportLabels } from './exportLabels';

/**
 * The plain-text export, to paste into CPOMS, MyConcern or a MASH referral form: no markdown,
 * CRLF line ends (what Windows clipboards and web forms expect). Headings and "Label: value" lines
 * start at the line's start; every further line of an answer is indented, so nothing a user typed
 * can read as a heading or a field of its own.
 */

/** Raised when this layout changes, independently of the document's own version. */
export const TEXT_EXPORT_VERSION = 2;

const EOL = '\r\n';
const CONTINUATION = '    ';

function field(label: string, value: string): string[] {
  const [first = '', ...rest] = linesOf(value);
  return [`${oneLine(label)}: ${first}`.trimEnd(), ...rest.map((line) => (line === '' ? '' : `${CONTINUATION}${line}`))];
}

const rows = (list: readonly DocumentRow[]): string[] => list.flatMap((row) => field(row.label, row.value));

function section(part: DocumentSection, none: string): string[] {
  const lines = [`== ${oneLine(part.heading)} ==`, ...rows(part.rows)];
  if (isEmptyGroup(part)) lines.push(oneLine(none));
  for (const item of part.items ?? []) lines.push('', `-- ${oneLine(item.heading)} --`, ...rows(item.rows));
  return lines;
}

function bullet(note: string): string[] {
  const [first = '', ...rest] = linesOf(note);
  return [`* ${first}`.trimEnd(), ...rest.map((line) => (line === '' ? '' : `${CONTINUATION}${line}`))];
}

export function toText(doc: FormDocument, t: Translate): string {
  const words = exportLabels(t, 'text', TEXT_EXPORT_VERSION, doc.exportVersion);
  const lines = [
    oneLine(doc.title),
    ...field(words.reference, doc.reference),
    ...field(words.submitted, doc.submittedAt),
    oneLine(words.version),
  ];
  for (const part of doc.sections) lines.push('', ...section(part, words.none));
  if (doc.notes.length > 0) lines.push('', `== ${oneLine(words.notes)} ==`, ...doc.notes.flatMap(bullet));
  // The document's source is a whole citation line ("Source: …"), labelled by the form engine.
  lines.push('', oneLine(doc.source));
  return lines.join(EOL) + EOL;
}
