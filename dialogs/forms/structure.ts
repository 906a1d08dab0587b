import { questionsNamed, questionsOf } from './conditions';
import { messagesOf, rulesOf } from './messages';
import type { TextRef } from '../../cards/view';
import { draftDescribersSchema } from './draftDescriber.schema';
import type { Condition, FormDefinition, Question } from './vocabulary';

/**
 * The structural check of a definition: what a form must get right before anyone fills it in.
 * Returns each problem in words (an empty list when sound); a jest test runs it over every form.
 */

export type HasKey = (key: string) => boolean;

function keysOf(ref: TextRef): string[] {
  return [ref.key, ...Object.values(ref.refs ?? {}).flatMap(keysOf)];
}

function questionKeys(definition: FormDefinition, q: Question): string[] {
  const keys = [`${definition.ns}:questions.${q.id}.label`, `${definition.ns}:questions.${q.id}.what`];
  if (q.hint === true) keys.push(`${definition.ns}:questions.${q.id}.hint`);
  if (q.kind === 'oneOf' || q.kind === 'severalOf') keys.push(...q.options.values.map((v) => `forms:options.${q.options.id}.${v}`));
  keys.push(...messagesOf(definition, q, definition.pages.flatMap(questionsOf)).flatMap(keysOf));
  return keys;
}

function conditionProblems(where: string, condition: Condition | undefined, before: ReadonlySet<string>): string[] {
  return questionsNamed(condition)
    .filter((id) => !before.has(id))
    .map((id) => `${where}: its condition names "${id}", which is not a question asked before it`);
}

function questionProblems(q: Question, where: string): string[] {
  const problems: string[] = [];
  if (q.source.trim() === '') problems.push(`${where}: no source`);
  if (!/^[a-z][A-Za-z0-9]*$/.test(q.id)) problems.push(`${where}: the id is not camelCase`);
  if (q.kind === 'oneOf' || q.kind === 'severalOf') {
    if (q.options.values.length === 0) problems.push(`${where}: option list ${q.options.id} is empty`);
    if (new Set(q.options.values).size !== q.options.values.length) problems.push(`${where}: option list ${q.options.id} repeats a value`);
    if (q.options.source.trim() === '') problems.push(`${where}: option list ${q.options.id} has no source`);
  }
  if (q.kind === 'number' && q.min > q.max) problems.push(`${where}: min is above max`);
  return problems;
}

/** The answers a question can be given that another question's rule may name: yes/no, or a choice's values. */
const answersOf = (question: Question): readonly string[] => (question.kind === 'yesNo' ? ['yes', 'no'] : question.kind === 'oneOf' || question.kind === 'severalOf' ? question.options.values : []);

export function structuralProblems(definition: FormDefinition, hasKey: HasKey): string[] {
  const problems: string[] = [];
  const keys = [`${definition.ns}:title`, `${definition.ns}:confirmation.whatNext`];
  const asked = new Set<string>();
  const byId = new Map<string, Question>();
  const pageIds = new Set<string>();
  for (const page of definition.pages) {
    if (pageIds.has(page.id)) problems.push(`page ${page.id}: the id is used twice`);
    pageIds.add(page.id);
    keys.push(`${definition.ns}:pages.${page.id}.title`);
    if (page.intro === true) keys.push(`${definition.ns}:pages.${page.id}.intro`);
    if (page.introFromJourney === true) keys.push(`${definition.ns}:pages.${page.id}.introFromJourney`);
    problems.push(...conditionProblems(`page ${page.id}`, page.condition, asked));
    // A repeated group's questions are known on its own page, beside those asked before it: its items' ids are its own.
    const scope = 'group' in page ? new Set(asked) : asked;
    const known = 'group' in page ? new Map(byId) : byId;
    if ('group' in page) {
      if (asked.has(page.group.id) || byId.has(page.group.id)) problems.push(`group ${page.group.id}: the id is used twice`);
      if (page.group.min < 0 || page.group.max < Math.max(1, page.group.min)) problems.push(`group ${page.group.id}: min and max do not allow an item`);
      keys.push(`${definition.ns}:groups.${page.group.id}.item`, `${definition.ns}:groups.${page.group.id}.add`);
    }
    for (const q of questionsOf(page)) {
      const where = `question ${q.id}`;
      if (scope.has(q.id) || ('group' in page ? false : byId.has(q.id))) problems.push(`${where}: the id is used twice`);
      problems.push(...conditionProblems(where, q.condition, scope), ...conditionProblems(`${where} requiredWhen`, q.requiredWhen, scope), ...questionProblems(q, where));
      if (q.kind === 'number' && q.ageOf !== undefined && !scope.has(q.ageOf)) problems.push(`${where}: ageOf names "${q.ageOf}", not a date of birth asked before it`);
      if (q.kind === 'severalOf' && q.notAlsoIn !== undefined) {
        const other = questionsOf(page).find((o) => o.id === q.notAlsoIn);
        if (other?.kind !== 'severalOf' || other.options.id !== q.options.id) problems.push(`${where}: notAlsoIn names "${q.notAlsoIn}", not a several-of question with the same list on its page`);
      }
      for (const [option, condition] of Object.entries(q.kind === 'oneOf' || q.kind === 'severalOf' ? (q.optionsWhen ?? {}) : {})) {
        if (!((q.kind === 'oneOf' || q.kind === 'severalOf') && q.options.values.includes(option))) problems.push(`${where}: optionsWhen names "${option}", not one of its options`);
        // A card cannot change its options as its other questions are answered: only earlier pages' answers.
        const onPage = new Set(questionsOf(page).map((o) => o.id));
        problems.push(...conditionProblems(`${where} optionsWhen ${option}`, condition, new Set([...scope].filter((id) => !onPage.has(id)))));
      }
      for (const rule of rulesOf(q)) {
        for (const option of rule.options) if (!((q.kind === 'oneOf' || q.kind === 'severalOf') && q.options.values.includes(option))) problems.push(`${where}: refusedBeside names "${option}", not one of its options`);
        const other = scope.has(rule.question) ? known.get(rule.question) : undefined;
        if (other === undefined) problems.push(`${where}: refusedBeside names "${rule.question}", not a question asked before it`);
        else if (!answersOf(other).includes(rule.answer)) problems.push(`${where}: refusedBeside names "${rule.answer}", not an answer "${rule.question}" can be given`);
      }
      for (const rule of q.kind === 'oneOf' || q.kind === 'severalOf' ? (q.refusedWhen ?? []) : []) {
        for (const option of rule.options) if (!((q.kind === 'oneOf' || q.kind === 'severalOf') && q.options.values.includes(option))) problems.push(`${where}: refusedWhen names "${option}", not one of its options`);
        const onPage = new Set(questionsOf(page).map((o) => o.id));
        problems.push(...conditionProblems(`${where} refusedWhen`, rule.when, new Set([...scope].filter((id) => !onPage.has(id)))));
        keys.push(`${definition.ns}:questions.${q.id}.refusedWhen`);
      }
      if (q.kind === 'severalOf') for (const alone of q.options.alone ?? []) if (!q.options.values.includes(alone)) problems.push(`${where}: its list's alone value "${alone}" is not one of its values`);
      if ((q.kind === 'date' || q.kind === 'dateTime') && q.notBefore !== undefined && !(scope.has(q.notBefore) && ['date', 'dateTime'].includes(known.get(q.notBefore)?.kind ?? ''))) problems.push(`${where}: notBefore names "${q.notBefore}", not a date asked before it`);
      scope.add(q.id);
      known.set(q.id, q);
      keys.push(...questionKeys(definition, q));
    }
    if ('group' in page) asked.add(page.group.id);
  }
  for (const deadline of definition.deadlines) {
    const from = byId.get(deadline.from);
    if (from?.kind !== 'date' && from?.kind !== 'dateTime') problems.push(`deadline ${deadline.id}: "${deadline.from}" is not a date question of the form`);
    keys.push(`${definition.ns}:deadlines.${deadline.id}`);
  }
  for (const rule of definition.quality) {
    if (rule.kind === 'initialsOnly') continue;
    keys.push(rule.messageKey);
    if (rule.kind === 'missingWhen') {
      for (const id of [rule.question, ...questionsNamed(rule.when)]) if (!byId.has(id)) problems.push(`quality rule ${rule.messageKey}: "${id}" is not a question of the form`);
    }
  }
  const describers = definition.describedBy === undefined ? undefined : draftDescribersSchema.safeParse(definition.describedBy);
  if (describers?.success === false) problems.push('describedBy: must list at least one question id');
  for (const describer of definition.describedBy ?? []) {
    if (typeof describer !== 'string') {
      // Only the age is shown, never the date: a child's date of birth asked outside a repeated group.
      const from = byId.get(describer.ageFrom);
      const outsideGroup = definition.pages.some((p) => !('group' in p) && p.questions.some((q) => q.id === describer.ageFrom));
      if (from?.kind !== 'date' || from.childDateOfBirth !== true || !outsideGroup) problems.push(`describedBy: "${describer.ageFrom}" is not the child's date of birth, outside a repeated group, to give an age from`);
      continue;
    }
    const described = byId.get(describer);
    if (described === undefined) problems.push(`describedBy: "${describer}" is not a question of the form`);
    else if (described.personal === true) problems.push(`describedBy: "${describer}" is personal and must never describe a draft`);
  }
  // A deployment's list is a one-of asked once: the confirmation and the routing read a single answer.
  for (const page of definition.pages) {
    for (const q of questionsOf(page)) {
      if ((q.kind !== 'oneOf' && q.kind !== 'severalOf') || q.listedFirst === undefined) continue;
      if (q.kind === 'severalOf' || 'group' in page) problems.push(`${q.id}: listedFirst is for a one-of question outside a repeated group`);
      keys.push(`${definition.ns}:questions.${q.id}.notListed`);
    }
  }
  for (const pageId of Object.keys(definition.pageLines ?? {})) if (!pageIds.has(pageId)) problems.push(`pageLines: "${pageId}" is not a page of the form`);
  for (const key of new Set(keys)) if (!hasKey(key)) problems.push(`missing en-GB text: ${key}`);
  return problems;
}
