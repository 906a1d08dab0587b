import type { TextRef } from '../../cards/view';
import { groupItems, holds, pagesAsked, questionsOf } from './conditions';
import { labelOf } from './messages';
import type { AnswerValue, FormAnswers, FormDefinition, Question } from './vocabulary';

/** Record-quality prompts on check-your-answers, from the form's QualityRules: they ask, and never block. */

// "A.B.", "AB", "J K", "J": initials alone may not identify the person later. Not a short name ("Dee", "Jo": issue 8): two
// or three letters run together are initials only in capitals.
const INITIALS_ONLY = /^\s*(?:[A-Z]{1,3}|[A-Za-z](?:[.\s]+[A-Za-z]){0,2}\.?)\s*$/;

const isBlank = (value: AnswerValue | undefined) => value === undefined || value.length === 0;

function initialsPrompts(definition: FormDefinition, answers: FormAnswers): TextRef[] {
  const flagged = new Set<Question>();
  for (const page of pagesAsked(definition, answers)) {
    const scopes = 'group' in page ? groupItems(answers[page.group.id]).map((item) => ({ ...answers, ...item })) : [answers];
    for (const scope of scopes) {
      for (const q of questionsOf(page)) {
        const value = scope[q.id];
        if ((q.kind === 'shortText' || q.kind === 'longText') && q.isName === true && typeof value === 'string' && INITIALS_ONLY.test(value)) flagged.add(q);
      }
    }
  }
  return [...flagged].map((q) => ({ key: 'forms:quality.initialsOnly', refs: { label: labelOf(definition, q) } }));
}

export function qualityPrompts(definition: FormDefinition, answers: FormAnswers): TextRef[] {
  return definition.quality.flatMap((rule): TextRef[] => {
    switch (rule.kind) {
      case 'initialsOnly':
        return initialsPrompts(definition, answers);
      case 'missingWhen':
        return holds(rule.when, answers) && isBlank(answers[rule.question]) ? [{ key: rule.messageKey }] : [];
      case 'reminder':
        return holds(rule.when, answers) ? [{ key: rule.messageKey }] : [];
    }
  });
}
