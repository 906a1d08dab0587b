import { keepAsked, questionsNamed, questionsOf } from '../../dialogs/forms/conditions';
import { ageOn } from '../../dialogs/forms/dates';
import { maxLengthOf } from '../../dialogs/forms/kinds';
import { storedPayloadSchema, type StoredPayload } from '../../dialogs/forms/storedSchema';
import type { FormAnswers, FormDefinition, Question } from '../../dialogs/forms/vocabulary';

/**
 * Submissions of a form built from its definition alone, for the export tests: every question on the
 * path answered ("full", each repeated group with two items) or only the required ones ("minimal").
 * Every value is obviously fictional and names its question, so a value in the wrong row shows.
 * A choice a condition depends on takes the value that asks the most further questions.
 */

/** The day the ages are counted on, so the answers never change with the calendar. */
const AGE_DAY = '2026-12-04';
const CHILD_BORN = '2012-03-27';
const ADULT_BORN = '1991-07-14';
const NAMES = ['Zelda Quirkfield', 'Barnaby Fizzlewick', 'Ottoline Brambleworth', 'Peregrine Mopsley', 'Wilhelmina Snorkett', 'Cuthbert Dandelyon', 'Hortensia Wobblegate', 'Fenwick Tumbleprune'];

type Mode = 'full' | 'minimal';

interface Counter {
  next: number;
  /** How many questions of each option list have been answered: the next takes the next option. */
  byList: Map<string, number>;
}

function textValue(question: Question & { kind: 'shortText' | 'longText' }, item: number | undefined, names: Counter): string {
  const max = maxLengthOf(question);
  const where = item === undefined ? '' : ` (item ${item})`;
  if (question.isName === true) {
    const name = NAMES[names.next % NAMES.length] ?? 'Zelda Quirkfield';
    names.next += 1;
    return name.slice(0, max);
  }
  if (question.kind === 'shortText') return (max < 30 ? `FICT ${question.id.length}${item ?? ''}` : `Fictional ${question.id}${where}`).slice(0, max);
  return `Fictional ${question.id}${where}: what was written.\nA second line, as typed.`.slice(0, max);
}

/** A valid stored value of a question; `choice` overrides the first option of a choice. */
function valueOf(question: Question, answersSoFar: Readonly<Record<string, unknown>>, item: number | undefined, names: Counter, choice?: string): string | string[] {
  switch (question.kind) {
    case 'shortText':
    case 'longText':
      return textValue(question, item, names);
    case 'date':
      if (question.childDateOfBirth === true) return CHILD_BORN;
      return question.id.toLowerCase().includes('birth') ? ADULT_BORN : '2026-11-30';
    case 'dateTime':
      return '2026-11-30T10:00';
    case 'time':
      return '10:00';
    case 'number': {
      const born = question.ageOf === undefined ? undefined : answersSoFar[question.ageOf];
      if (typeof born === 'string') return String(ageOn(born, AGE_DAY));
      // A child's age where the range is a child's, or the question is an age (a guess up to 20); else a small count (months, weeks) within the range.
      return String(question.max === 17 || /age$/i.test(question.id) ? 14 : Math.min(question.max, Math.max(question.min, 3)));
    }
    case 'yesNo':
      return choice ?? 'yes';
    case 'oneOf': {
      const used = names.byList.get(question.options.id) ?? 0;
      names.byList.set(question.options.id, used + 1);
      return choice ?? question.options.values[used % Math.max(1, question.options.values.length - 1)] ?? '';
    }
    case 'severalOf':
      return question.options.values.slice(0, 2);
    case 'postcode':
      return 'ZZ1A 1ZZ';
    case 'phone':
      return '01632960001';
    case 'email':
      return 'name@example.com';
  }
}

const choicesOf = (q: Question): readonly string[] => (q.kind === 'yesNo' ? ['yes', 'no'] : q.kind === 'oneOf' ? q.options.values : []);

function decidingIds(definition: FormDefinition): Set<string> {
  return new Set(definition.pages.flatMap((p) => [...questionsNamed(p.condition), ...questionsOf(p).flatMap((q) => questionsNamed(q.condition))]));
}

function countAsked(answers: FormAnswers): number {
  return Object.values(answers).reduce<number>((n, v) => n + (Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' ? v.length : 1), 0);
}

function fill(definition: FormDefinition, mode: Mode, chosen: ReadonlyMap<string, string>): FormAnswers {
  const names: Counter = { next: 0, byList: new Map() };
  const answers: FormAnswers = {};
  const wanted = (q: Question) => mode === 'full' || q.required;
  for (const page of definition.pages) {
    if ('group' in page) {
      const count = mode === 'full' ? Math.min(2, page.group.max) : page.group.min;
      if (count === 0) continue;
      answers[page.group.id] = Array.from({ length: count }, (_, i) => {
        const item: Record<string, string | string[]> = {};
        for (const q of page.group.questions) if (wanted(q)) item[q.id] = valueOf(q, item, i + 1, names);
        return item;
      });
      continue;
    }
    for (const q of page.questions) if (wanted(q)) answers[q.id] = valueOf(q, answers, undefined, names, chosen.get(q.id));
  }
  return keepAsked(definition, answers);
}

/** The answers: each deciding choice, in order, set to the value that keeps the most questions asked. */
export function completedAnswers(definition: FormDefinition, mode: Mode): FormAnswers {
  const chosen = new Map<string, string>();
  const deciding = decidingIds(definition);
  for (const page of definition.pages) {
    if ('group' in page) continue;
    for (const q of page.questions) {
      if (!deciding.has(q.id) || (mode === 'minimal' && !q.required)) continue;
      // Between values that ask as much, one not yet chosen for another question (a secondary model unlike the primary).
      const taken = new Set(chosen.values());
      let best = { value: choicesOf(q)[0], asked: -1 };
      for (const value of choicesOf(q)) {
        const asked = countAsked(fill(definition, mode, new Map([...chosen, [q.id, value]])));
        if (asked > best.asked || (asked === best.asked && best.value !== undefined && taken.has(best.value) && !taken.has(value))) best = { value, asked };
      }
      if (best.value !== undefined) chosen.set(q.id, best.value);
    }
  }
  return fill(definition, mode, chosen);
}

/** A stored payload of the form as the engine stores it, checked by the form's own stored schema. */
export function completedPayload(definition: FormDefinition, mode: Mode): StoredPayload {
  return storedPayloadSchema(definition).parse({ formId: definition.id, formVersion: definition.version, schemaVersion: definition.schemaVersion, answers: completedAnswers(definition, mode) });
}
