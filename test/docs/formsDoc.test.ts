import { readFileSync } from 'node:fs';
import { resources } from '../../bot/i18n';
import { makesafeReportForm } from '../../dialogs/forms/makesafeReport.form';
import { outOfBoroughNotificationForm } from '../../dialogs/forms/outOfBoroughNotification.form';
import { returnHomeInterviewForm } from '../../dialogs/forms/returnHomeInterview.form';
import type { FormDefinition, Question } from '../../dialogs/forms/vocabulary';

/** docs/forms.md must list every field of these forms as the definition has it: a changed field fails here until the page is updated. */

const FORMS: FormDefinition[] = [makesafeReportForm, outOfBoroughNotificationForm, returnHomeInterviewForm];
const doc = readFileSync('docs/forms.md', 'utf8');

function sectionOf(form: FormDefinition): string {
  const start = doc.indexOf(`(\`${form.id}\`)\n`);
  if (start < 0) return '';
  const next = doc.indexOf('\n## ', start);
  return next < 0 ? doc.slice(start) : doc.slice(start, next);
}

const questionsOf = (form: FormDefinition): Question[] => form.pages.flatMap((page) => ('group' in page ? page.group.questions : page.questions));

/** A value in the en-GB resources by its path, without trusting their shape. */
function lookup(path: readonly string[]): unknown {
  let node: unknown = resources['en-GB'];
  for (const part of path) node = typeof node === 'object' && node !== null ? Object.entries(node).find(([key]) => key === part)?.[1] : undefined;
  return node;
}

const labelOf = (form: FormDefinition, id: string): unknown => lookup([form.ns, 'questions', id, 'label']);

describe.each(FORMS.map((form) => [form.id, form] as const))('docs/forms.md, %s', (_id, form) => {
  const section = sectionOf(form);

  it('has a section', () => {
    expect(section).not.toBe('');
  });

  it.each(questionsOf(form).map((q) => [q.id, q] as const))('lists %s with its label, kind and whether it is required', (id, question) => {
    const row = section.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
    const cells = row?.split(' | ') ?? [];
    expect({ label: cells[1], kind: cells[2], required: cells[3] }).toEqual({ label: labelOf(form, id), kind: question.kind, required: question.required ? 'yes' : 'no' });
  });

  it('lists every option list its questions use', () => {
    const lists = new Set(questionsOf(form).flatMap((q) => (q.kind === 'oneOf' || q.kind === 'severalOf' ? [q.options.id] : [])));
    expect([...lists].filter((id) => !section.includes(`\`${id}\``))).toEqual([]);
  });
});
