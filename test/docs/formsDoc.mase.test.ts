import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { questionsOf } from '../../dialogs/forms/conditions';
import { maseInformationForm } from '../../dialogs/forms/maseInformation.form';
import { policeClosingReportForm } from '../../dialogs/forms/policeClosingReport.form';
import type { FormDefinition } from '../../dialogs/forms/vocabulary';

/** docs/forms.md documents each of these forms: every field with its kind, required and source, and every option list's values. */

const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'forms.md'), 'utf8');

/** The form's own section: from its heading to the next form's. */
function sectionOf(definition: FormDefinition): string {
  const start = doc.indexOf(`(\`${definition.id}\`)`);
  if (start < 0) throw new Error(`docs/forms.md has no section for ${definition.id}`);
  const next = doc.indexOf('\n## ', start);
  return doc.slice(start, next < 0 ? undefined : next);
}

describe.each([maseInformationForm, policeClosingReportForm].map((d) => [d.id, d] as const))('docs/forms.md on %s', (_id, definition) => {
  const section = sectionOf(definition);
  const questions = definition.pages.flatMap(questionsOf);

  it.each(questions.map((q) => [q.id, q] as const))('lists %s with whether it is required and its source', (id, question) => {
    // Victims and offenders share question ids: the row with this question's source is the one.
    const row = section.split('\n').find((line) => line.startsWith(`| \`${id}\` |`) && line.includes(`| ${question.source} |`));
    expect(row).toBeDefined();
    expect(row).toContain(`| ${question.required ? 'yes' : 'no'} |`);
  });

  it('documents every option list with each of its values', () => {
    const lists = section.slice(section.indexOf('### Option lists'));
    expect(lists.startsWith('### Option lists')).toBe(true);
    for (const question of questions) {
      if (question.kind !== 'oneOf' && question.kind !== 'severalOf') continue;
      const row = lists.split('\n').find((line) => line.startsWith(`| \`${question.options.id}\` |`));
      expect({ list: question.options.id, documented: row !== undefined }).toEqual({ list: question.options.id, documented: true });
      if (question.options.id === 'ethnicity') continue; // documented by the Census group names, not by value
      for (const value of question.options.values) expect(row).toContain(`\`${value}\``);
    }
  });
});
