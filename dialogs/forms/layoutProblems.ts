import { cellRowSpan, cellWidth, isAnswerCell, isGroupCell, type ExportLayout, type LayoutCell } from './exportLayout';
import type { FormDefinition } from './vocabulary';

/**
 * The check of an export layout against its form's definition, in words (an empty list when sound):
 * every question id it names exists where it is named (a group's questions only in that group's
 * tables), every question of the form is placed exactly once (a group cell places all of its group's),
 * and every row of every table covers the grid's width, counting cells that span down from above.
 */

/** Where each question may be named: top-level questions under "", a group's under its id. */
function scopesOf(definition: FormDefinition): Map<string, string[]> {
  const scopes = new Map<string, string[]>([['', []]]);
  for (const page of definition.pages) {
    if ('group' in page) scopes.set(page.group.id, page.group.questions.map((q) => q.id));
    else scopes.get('')?.push(...page.questions.map((q) => q.id));
  }
  return scopes;
}

/** What is wrong with a table's spans: a span that is not a whole number of at least 1, a row narrower or wider than the grid, a cell spanning past the last row. */
export function spanProblems(rows: ReadonlyArray<readonly LayoutCell[]>, columns: number): string[] {
  const problems: string[] = [];
  let held: Array<{ columns: number; rowsLeft: number }> = [];
  rows.forEach((row, i) => {
    const spans = row.flatMap((cell) => ('heading' in cell ? [cell.span ?? 1, cellRowSpan(cell)] : [cell.labelSpan ?? 1, cell.span, cellRowSpan(cell)]));
    if (spans.some((span) => !Number.isInteger(span) || span < 1)) problems.push(`row ${i + 1}: a span is not a whole number of at least 1`);
    const width = held.reduce((sum, h) => sum + h.columns, 0) + row.reduce((sum, cell) => sum + cellWidth(cell), 0);
    if (width !== columns) problems.push(`row ${i + 1} covers ${width} of the grid's ${columns} columns`);
    held = [...held.map((h) => ({ ...h, rowsLeft: h.rowsLeft - 1 })), ...row.map((cell) => ({ columns: cellWidth(cell), rowsLeft: cellRowSpan(cell) - 1 }))].filter((h) => h.rowsLeft > 0);
  });
  if (held.length > 0) problems.push('a cell spans down past the last row');
  return problems;
}

export function layoutProblems(definition: FormDefinition, layout: ExportLayout): string[] {
  const problems: string[] = [];
  const scopes = scopesOf(definition);
  const placed = new Map<string, number>();
  const place = (scope: string, id: string, where: string): void => {
    if (!(scopes.get(scope) ?? []).includes(id)) problems.push(`${where}: "${id}" is not a question ${scope === '' ? 'of the form outside its groups' : `of group ${scope}`}`);
    const key = `${scope}/${id}`;
    placed.set(key, (placed.get(key) ?? 0) + 1);
  };
  if (!Number.isInteger(layout.columns) || layout.columns < 2) problems.push(`the grid is ${layout.columns} columns wide: it needs at least 2`);
  for (const table of layout.tables) {
    const scope = table.group ?? '';
    const where = `table ${table.heading}`;
    if (table.group !== undefined && !scopes.has(table.group)) problems.push(`${where}: "${table.group}" is not a group of the form`);
    for (const cell of table.rows.flat()) {
      if (isAnswerCell(cell)) for (const id of [cell.question, ...(cell.with ?? [])]) place(scope, id, where);
      else if (isGroupCell(cell)) {
        if (table.group !== undefined || !scopes.has(cell.group) || cell.group === '') problems.push(`${where}: "${cell.group}" is not a group that can be shown in one cell here`);
        else for (const id of scopes.get(cell.group) ?? []) place(cell.group, id, where);
      }
    }
    spanProblems(table.rows, layout.columns).forEach((problem) => problems.push(`${where}: ${problem}`));
  }
  for (const id of layout.further.questions) place('', id, 'the further part');
  for (const [scope, ids] of scopes) {
    for (const id of ids) {
      const times = placed.get(`${scope}/${id}`) ?? 0;
      if (times !== 1) problems.push(`"${id}"${scope === '' ? '' : ` of group ${scope}`} is placed ${times} times: place it once, in a table or in the further part`);
    }
  }
  return problems;
}
