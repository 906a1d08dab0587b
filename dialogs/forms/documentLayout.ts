import type { Translate } from '../../cards/view';
import { groupItems, holds } from './conditions';
import { displayValue, plain } from './display';
import type { DocumentCell, DocumentLayout, DocumentPart, DocumentTable } from './document';
import { furtherLabelSpan, isAnswerCell, isGroupCell, type AnswerCell, type ExportLayout, type GroupCell, type LayoutCell } from './exportLayout';
import { labelOf } from './messages';
import type { AnswerValue, Condition, FormDefinition, Question } from './vocabulary';

/**
 * A form's answers drawn in its export layout, in words: each table's rows of label and value cells
 * with their spans, a group's table once per item. A question not asked (a secondary model type when
 * no primary was chosen) reads "Not asked", so the grid keeps its shape; one never answered, "Not answered".
 */

type Answers = Readonly<Record<string, AnswerValue | undefined>>;

/** A single answer (a group's items are shown as items, never as one value). */
export function shown(value: AnswerValue | undefined): string | string[] | undefined {
  if (value === undefined || typeof value === 'string') return value;
  const strings: string[] = [];
  for (const v of value) if (typeof v === 'string') strings.push(v);
  return strings;
}

interface Placed {
  question: Question;
  /** The condition of the page it is on. */
  page?: Condition;
}

interface Drawing {
  definition: FormDefinition;
  t: Translate;
  /** Top-level questions under "", a group's under its id. */
  questions: Map<string, Map<string, Placed>>;
  answers: Answers;
}

function questionsByScope(definition: FormDefinition): Map<string, Map<string, Placed>> {
  const scopes = new Map<string, Map<string, Placed>>([['', new Map()]]);
  for (const page of definition.pages) {
    const [scope, questions] = 'group' in page ? [page.group.id, page.group.questions] : ['', page.questions];
    const placed = scopes.get(scope) ?? new Map<string, Placed>();
    for (const question of questions) placed.set(question.id, { question, page: page.condition });
    scopes.set(scope, placed);
  }
  return scopes;
}

const labelCell = (text: string, columnSpan: number, rowSpan = 1): DocumentCell => ({ kind: 'label', text, columnSpan, rowSpan });
const valueCell = (text: string, columnSpan: number, rowSpan = 1): DocumentCell => ({ kind: 'value', text, columnSpan, rowSpan });

function find(drawing: Drawing, scope: string, id: string): Placed {
  const placed = drawing.questions.get(scope)?.get(id);
  if (placed === undefined) throw new Error(`export layout of ${drawing.definition.id}: "${id}" is not a question of ${scope === '' ? 'the form' : `group ${scope}`}`);
  return placed;
}

const isAsked = (placed: Placed, answers: Answers, outer: Answers): boolean => holds(placed.page, outer) && holds(placed.question.condition, answers);
const labelText = (drawing: Drawing, question: Question): string => plain(drawing.t, labelOf(drawing.definition, question));

function answerText(drawing: Drawing, placed: Placed, answers: Answers): string {
  if (!isAsked(placed, answers, drawing.answers)) return drawing.t('forms:answers.notAsked');
  return displayValue(placed.question, shown(answers[placed.question.id]), drawing.t);
}

function answerCells(drawing: Drawing, cell: AnswerCell, scope: string, answers: Answers): DocumentCell[] {
  const placed = find(drawing, scope, cell.question);
  const further = (cell.with ?? []).map((id) => find(drawing, scope, id)).filter((p) => isAsked(p, answers, drawing.answers));
  const lines = [answerText(drawing, placed, answers), ...further.map((p) => `${labelText(drawing, p.question)}: ${answerText(drawing, p, answers)}`)];
  const label = cell.label === undefined ? labelText(drawing, placed.question) : drawing.t(cell.label);
  const rows = cell.rowSpan ?? 1;
  return [labelCell(label, cell.labelSpan ?? 1, rows), valueCell(lines.join('\n'), cell.span, rows)];
}

const isGiven = (value: AnswerValue | undefined): boolean => value !== undefined && value.length > 0;

/** Every item of a group on a line of its own, its answers given joined by commas. */
function groupCells(drawing: Drawing, cell: GroupCell): DocumentCell[] {
  const items = groupItems(drawing.answers[cell.group]).map((item) => {
    const scope = { ...drawing.answers, ...item };
    return [...(drawing.questions.get(cell.group)?.values() ?? [])]
      .filter((placed) => holds(placed.question.condition, scope) && isGiven(scope[placed.question.id]))
      .map((placed) => displayValue(placed.question, shown(scope[placed.question.id]), drawing.t).replace(/\s*\n\s*/g, ' '))
      .join(', ');
  });
  const text = items.length === 0 ? drawing.t('exports:labels.none') : items.join('\n');
  return [labelCell(drawing.t(cell.label), cell.labelSpan ?? 1), valueCell(text, cell.span)];
}

function cellsOf(drawing: Drawing, cell: LayoutCell, scope: string, answers: Answers): DocumentCell[] {
  if (isAnswerCell(cell)) return answerCells(drawing, cell, scope, answers);
  if (isGroupCell(cell)) return groupCells(drawing, cell);
  return [labelCell(drawing.t(cell.heading), cell.span ?? 1, cell.rowSpan ?? 1)];
}

function tablesOf(drawing: Drawing, rows: ReadonlyArray<readonly LayoutCell[]>, group: string | undefined): DocumentTable[] {
  const draw = (scope: string, answers: Answers): DocumentCell[][] => rows.map((row) => row.flatMap((cell) => cellsOf(drawing, cell, scope, answers)));
  if (group === undefined) return [{ rows: draw('', drawing.answers) }];
  return groupItems(drawing.answers[group]).map((item, i) => ({
    heading: drawing.t(`${drawing.definition.ns}:groups.${group}.item`, { n: i + 1 }),
    rows: draw(group, { ...drawing.answers, ...item }),
  }));
}

/** `answers` are those still asked (`keepAsked`): nothing a changed answer left behind is drawn. */
export function documentLayout(definition: FormDefinition, layout: ExportLayout, answers: Answers, t: Translate): DocumentLayout {
  const drawing: Drawing = { definition, t, questions: questionsByScope(definition), answers };
  const parts: DocumentPart[] = layout.tables.map((table) => ({ heading: t(table.heading), tables: tablesOf(drawing, table.rows, table.group) }));
  const labelSpan = furtherLabelSpan(layout.columns);
  const further = layout.further.questions.map((id) => {
    const placed = find(drawing, '', id);
    return [labelCell(labelText(drawing, placed.question), labelSpan), valueCell(answerText(drawing, placed, answers), layout.columns - labelSpan)];
  });
  if (further.length > 0) parts.push({ heading: t(layout.further.heading), tables: [{ rows: further }] });
  return { columns: layout.columns, parts };
}
