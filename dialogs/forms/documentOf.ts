import type { Translate } from '../../cards/view';
import { groupItems, holds, keepAsked } from './conditions';
import { formatDateTime, londonClock } from './dates';
import { deadlineLines } from './deadlines';
import { displayValue, plain } from './display';
import type { DocumentRow, DocumentSection, FormDocument } from './document';
import { documentLayout, shown } from './documentLayout';
import { labelOf } from './messages';
import type { AnswerValue, FormAnswers, FormDefinition, Question } from './vocabulary';

/** A submitted form as a FormDocument, in words: what check-your-answers and every export are drawn from. */

/** The layout version of a FormDocument; an exporter prints it, and raises its own when its layout changes. */
export const DOCUMENT_EXPORT_VERSION = 1;

export interface DocumentMeta {
  reference: string;
  submittedAt: Date;
  exportVersion?: number;
}

function rowsOf(definition: FormDefinition, questions: readonly Question[], answers: Readonly<Record<string, AnswerValue | undefined>>, t: Translate): DocumentRow[] {
  return questions
    .filter((q) => holds(q.condition, answers))
    .map((q) => {
      const value = answers[q.id];
      return { label: plain(t, labelOf(definition, q)), value: displayValue(q, shown(value), t) };
    });
}

export function documentSections(definition: FormDefinition, given: FormAnswers, t: Translate): DocumentSection[] {
  const answers = keepAsked(definition, given);
  return definition.pages
    .filter((page) => holds(page.condition, answers))
    .map((page) => {
      const section: DocumentSection = { heading: t(`${definition.ns}:pages.${page.id}.title`), columns: page.exportColumns ?? 1, rows: [] };
      if (!('group' in page)) return { ...section, rows: rowsOf(definition, page.questions, answers, t) };
      const items = groupItems(answers[page.group.id]).map((item, i) => ({
        heading: t(`${definition.ns}:groups.${page.group.id}.item`, { n: i + 1 }),
        rows: rowsOf(definition, page.group.questions, { ...answers, ...item }, t),
      }));
      return { ...section, items };
    });
}

export function documentOf(definition: FormDefinition, answers: FormAnswers, meta: DocumentMeta, t: Translate): FormDocument {
  const layout = definition.exportLayout === undefined ? {} : { layout: documentLayout(definition, definition.exportLayout, keepAsked(definition, answers), t) };
  return {
    exportVersion: meta.exportVersion ?? DOCUMENT_EXPORT_VERSION,
    formId: definition.id,
    formVersion: definition.version,
    title: t(`${definition.ns}:title`),
    reference: meta.reference,
    submittedAt: formatDateTime(londonClock(meta.submittedAt).nowLocal),
    sections: documentSections(definition, answers, t),
    notes: [...deadlineLines(definition, keepAsked(definition, answers)).map((line) => plain(t, line)), t(`${definition.ns}:confirmation.whatNext`)],
    source: t('forms:document.source', { source: definition.source }),
    ...layout,
  };
}
