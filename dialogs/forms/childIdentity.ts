import type { FormAnswers, FormDefinition } from './vocabulary';

/**
 * Who a record is about, as far as putting records about the same child together goes: the answers
 * to the form's child date of birth question (`childDateOfBirth`, outside any group) and the name
 * question (`isName`) on the same page. Both must be given: a name alone never matches (two children can share one).
 * The name is compared without case or extra spaces; it is never logged or shown by this.
 */
export interface ChildIdentity {
  name: string;
  dateOfBirth: string;
}

export function childIdentityOf(definition: Pick<FormDefinition, 'pages'>, answers: FormAnswers): ChildIdentity | undefined {
  // The child's name is the name asked on the page of the child's date of birth (a reporter's name is a name too).
  const page = definition.pages.find((p) => !('group' in p) && p.questions.some((q) => 'childDateOfBirth' in q && q.childDateOfBirth === true));
  const questions = page === undefined || 'group' in page ? [] : page.questions;
  const nameQuestion = questions.find((q) => 'isName' in q && q.isName === true);
  const birthQuestion = questions.find((q) => 'childDateOfBirth' in q && q.childDateOfBirth === true);
  const name = nameQuestion === undefined ? undefined : answers[nameQuestion.id];
  const dateOfBirth = birthQuestion === undefined ? undefined : answers[birthQuestion.id];
  if (typeof name !== 'string' || typeof dateOfBirth !== 'string' || name.trim() === '' || dateOfBirth === '') return undefined;
  return { name: name.trim().toLowerCase().replace(/\s+/g, ' '), dateOfBirth };
}

export const sameChild = (a: ChildIdentity, b: ChildIdentity): boolean => a.name === b.name && a.dateOfBirth === b.dateOfBirth;
