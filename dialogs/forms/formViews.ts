import type { CitationView, InputView, TextRef, UrgentAudience } from '../../cards/view';
import type { FormContext } from '../../machines/form.machine';
import { callAlert } from '../dangerCheck.views';
import { citeChanges, citeSection } from '../citations';
import type { AnswerChoice, StepBody } from '../flow';
import { groupItems, holds, mayHold, pagesAsked, pagesMayBeAsked, offeredIn, questionsNamed, questionsOf, requiredNow } from './conditions';
import { dangerToldAlert, dangerToldLines, startedFromJourney } from './dangerTold';
import { deadlineLines } from './deadlines';
import { checkCards, linesBytes, tailBytes } from './checkCards';
import { displayRefs } from './display';
import { postedValuesOf, questionInputs } from './fieldInputs';
import { formLogic } from './formLogic';
import { itemSummary } from './groupItemSummary';
import { labelOf, whatOf } from './messages';
import { qualityPrompts } from './quality';
import type { DeploymentLists, FormDefinition, GroupPage, Page, Question, SinglePage } from './vocabulary';

/** What each state of a form shows: a page, check-your-answers, the confirmation with its reference. */

/** 999 stays at the top of every card once immediate danger was answered "yes" or "not sure" (Appendix C, C2). */
function dangerAlert(definition: FormDefinition, answers: FormContext['answers']): Pick<StepBody, 'alert'> {
  const inDanger = definition.pages.some((page) =>
    questionsOf(page).some((q) => (q.kind === 'oneOf' || q.kind === 'severalOf') && q.dangerWhen !== undefined && [answers[q.id]].flat().some((v) => typeof v === 'string' && (q.dangerWhen ?? []).includes(v))),
  );
  return inDanger ? { alert: callAlert('danger:summary.call999') } : {};
}

/** A page's citations: each source its questions give once, with what changed since 2017 in what they name. */
function citationsOf(definition: FormDefinition, questions: readonly Question[]): CitationView[] {
  const sections = [...new Set(questions.map((q) => q.source))];
  if (sections.length === 0) return [citeSection(definition.source)];
  return sections.map((section) => {
    const changes = [...new Set(questions.filter((q) => q.source === section).flatMap((q) => q.since2017 ?? []))];
    return changes.length === 0 ? citeSection(section) : citeChanges(changes, section);
  });
}

const continueChoice = (value: 'continue' | 'addAnother', label: TextRef, style?: 'positive'): AnswerChoice =>
  style === undefined ? { label, answer: { type: 'form.page', value } } : { label, answer: { type: 'form.page', value }, style };

/**
 * Continue, or from check-your-answers "Save and go back": short enough to be a button, the page's first action, so the
 * way back is not a line of link text below Back and Cancel (the fifth exploratory test).
 */
const pageContinue = (context: FormContext): AnswerChoice => continueChoice('continue', { key: context.returnToCheck ? 'forms:page.saveAndReturn' : 'forms:page.continue' }, 'positive');

function groupPageBody(definition: FormDefinition, page: GroupPage, context: FormContext, lists?: DeploymentLists): Pick<StepBody, 'lines' | 'inputs' | 'choices'> {
  const { ns } = definition;
  const { id, min, max, questions } = page.group;
  const items = groupItems(context.answers[id]);
  const itemRef = (n: number): TextRef => ({ key: `${ns}:groups.${id}.item`, values: { n } });
  const lines: TextRef[] = items.map((item, i) => ({ key: 'forms:group.itemLine', refs: { item: itemRef(i + 1), value: itemSummary(questions, item, context.answers) } }));
  // Each item with its Change and its Remove: the page shows what an item holds and lets it be put right, not only removed.
  const removes: AnswerChoice[] = items.flatMap((_, i): AnswerChoice[] => [
    { label: { key: 'forms:group.change', refs: { item: itemRef(i + 1) } }, answer: { type: 'form.changeOnPage', value: String(i) }, ignoresInputs: true },
    { label: { key: 'forms:group.remove', refs: { item: itemRef(i + 1) } }, answer: { type: 'form.remove', value: String(i) }, style: 'destructive', ignoresInputs: true },
  ]);
  const changing = context.item === undefined ? undefined : items[context.item];
  if (context.item !== undefined && changing !== undefined) {
    // One item changed (from check-your-answers, or its group's page): its answers shown to change, the other items kept as they are.
    return {
      lines: [{ key: context.returnToCheck ? 'forms:group.changing' : 'forms:group.changingOnPage', refs: { item: itemRef(context.item + 1) } }],
      inputs: inputsOnCard(definition, questions, questions, (q) => postedValuesOf(q, changing[q.id]), lists, { ...context.answers, ...changing }),
      choices: [pageContinue(context)],
    };
  }
  if (items.length >= max) return { lines: [...lines, { key: 'forms:group.full' }], choices: [pageContinue(context), ...removes] };
  return {
    // An item the form still needs is not one to "continue if there are no more" past: Continue would refuse it.
    // Opened from check-your-answers, its button says "Save and go back", so the line says so too.
    lines: [...lines, { key: items.length < min ? 'forms:group.needed' : context.returnToCheck ? 'forms:group.nextThenReturn' : 'forms:group.next', refs: { item: itemRef(items.length + 1) } }],
    // Past the items the form needs, the page may be left empty (no more): what is required is required of an item added.
    inputs: inputsOnCard(definition, questions, questions, () => ({}), lists, context.answers).map((i) => (i.kind === 'field' && i.required && items.length >= min ? { ...i, ifAdded: true as const } : i)),
    choices: [pageContinue(context), continueChoice('addAnother', { key: `${ns}:groups.${id}.add` }), ...removes],
  };
}

/**
 * The inputs of the questions a card shows. One asked only when another question on the same card is answered a
 * certain way ("Kind of business" when the type is "Other") is not marked required: the card cannot know yet, and
 * the server asks for it on Continue only when it is needed.
 */
function inputsOnCard(
  definition: FormDefinition,
  onCard: readonly Question[],
  shown: readonly Question[],
  valuesOf: (q: Question) => Record<string, string>,
  lists?: DeploymentLists,
  answers: FormContext['answers'] = {},
): InputView[] {
  const onThisCard = restsOnCard(onCard);
  const requiredOnCard = restsOnCard(onCard, 'requiredWhen');
  return shown.flatMap((q) => {
    const inputs = questionInputs(definition, offeredIn(q, answers), valuesOf(q), undefined, lists);
    const notYet = onThisCard(q) || requiredOnCard(q) || !requiredNow(q, answers);
    return notYet ? inputs.map((i) => (i.kind === 'field' ? { ...i, required: false } : i)) : inputs;
  });
}

/** Whether a question's condition (or, `which`, its `requiredWhen`) names another question of the same card: one the card cannot yet know the answer to. */
function restsOnCard(onCard: readonly Question[], which: 'condition' | 'requiredWhen' = 'condition'): (q: Question) => boolean {
  const ids = new Set(onCard.map((q) => q.id));
  return (q) => questionsNamed(q[which]).some((id) => ids.has(id));
}

/**
 * The questions a page shows: a question whose condition names another question on the same card is
 * shown while the card's answers may yet make it hold (a card cannot reveal it as you answer); one whose
 * condition rests on earlier pages is shown only when it holds, so a hotel worker is not asked a taxi
 * driver's questions. Both at once: the suspect's PNC review period is not shown when no perpetrator was
 * identified, whatever the card's answers (issue 8: it was asked, then dropped without a word).
 */
function shownQuestions(page: SinglePage, answers: FormContext['answers']): readonly Question[] {
  const onThisCard = restsOnCard(page.questions);
  const cardIds = new Set(page.questions.map((q) => q.id));
  return page.questions.filter((q) => (onThisCard(q) ? mayHold(q.condition, answers, cardIds) : holds(q.condition, answers)));
}

function pageView(definition: FormDefinition, context: FormContext, lists?: DeploymentLists): StepBody {
  const page = definition.pages.find((p) => p.id === context.page) ?? definition.pages[0];
  if (page === undefined) throw new Error(`form ${definition.id} has no pages`);
  // Counted from what may yet be asked, so the count shrinks as answers rule pages out rather than jumping up; a change from check-your-answers counts what is asked.
  const asked = context.returnToCheck ? pagesAsked(definition, context.answers) : pagesMayBeAsked(definition, context.answers, page.id);
  const position = Math.max(0, asked.findIndex((p) => p.id === page.id)) + 1;
  // A page still to come that the answers may yet rule out makes the count a most: "Page 4 of up to 9", then "Page 5 of 8"
  // once it is ruled out, rather than a total that seems to lose a page.
  const mayNotCome = !context.returnToCheck && asked.slice(position).some((p) => !holds(p.condition, context.answers));
  const intro: TextRef[] = [
    ...(page.intro === true ? [{ key: `${definition.ns}:pages.${page.id}.intro` }] : []),
    ...(page.introFromJourney === true && startedFromJourney(context) ? [{ key: `${definition.ns}:pages.${page.id}.introFromJourney` }] : []),
  ];
  const drawn = [...dangerToldLines(page, context), ...(definition.pageLines?.[page.id]?.(context.answers, definition) ?? [])];
  const body =
    'group' in page
      ? groupPageBody(definition, page, context, lists)
      : {
          lines: context.returnToCheck ? [{ key: 'forms:page.changing' }] : [],
          inputs: inputsOnCard(definition, page.questions, shownQuestions(page, context.answers), (q) => postedValuesOf(q, stringOrList(context.answers[q.id])), lists, context.answers),
          choices: [pageContinue(context)],
        };
  return {
    ...dangerAlert(definition, context.answers),
    tone: 'question',
    progress: { key: mayNotCome ? 'forms:progressUpTo' : 'forms:progress', values: { n: position, of: asked.length } },
    title: { key: `${definition.ns}:pages.${page.id}.title` },
    ...body,
    lines: [...intro, ...drawn, ...body.lines],
    citations: citationsOf(definition, questionsOf(page)),
  };
}

function stringOrList(value: FormContext['answers'][string] | undefined): string | string[] | undefined {
  if (value === undefined || typeof value === 'string') return value;
  const strings: string[] = [];
  for (const v of value) if (typeof v === 'string') strings.push(v);
  return strings;
}

/**
 * A Change names the answer it changes, in the words of its messages ("Change the child's date of birth", "Change whether
 * the interviewer was independent"), and a repeated group's item ("… for Victim 2"). Issue 8: every one was "Change", and
 * a screen reader said "Change, Change, Change…". Adaptive Cards 1.5 gives an action no accessible name but its title.
 */
function change(definition: FormDefinition, question: Question, item?: { groupId: string; index: number }): AnswerChoice {
  const key = question.kind === 'yesNo' ? 'forms:check.changeWhether' : 'forms:check.changeField';
  const what = whatOf(definition, question);
  return item === undefined
    ? { label: { key, refs: { what } }, answer: { type: 'form.change', value: question.id } }
    : {
        label: { key: `${key}InItem`, refs: { what, item: { key: `${definition.ns}:groups.${item.groupId}.item`, values: { n: item.index + 1 } } } },
        answer: { type: 'form.changeItem', value: `${question.id}@${item.index}` },
      };
}

/** Remove, for each item of each repeated group asked: from check-your-answers, the other items kept. */
function removeChoices(definition: FormDefinition, answers: FormContext['answers']): AnswerChoice[] {
  return pagesAsked(definition, answers).flatMap((page) =>
    'group' in page
      ? groupItems(answers[page.group.id]).map((_, i): AnswerChoice => ({
          label: { key: 'forms:group.remove', refs: { item: { key: `${definition.ns}:groups.${page.group.id}.item`, values: { n: i + 1 } } } },
          answer: { type: 'form.removeItem', value: `${page.group.id}@${i}` },
          style: 'destructive',
        }))
      : [],
  );
}

function checkSections(definition: FormDefinition, answers: FormContext['answers']): NonNullable<StepBody['check']> {
  const rowsOf = (questions: readonly Question[], scope: FormContext['answers'], item?: { groupId: string; index: number }) =>
    questions.filter((q) => holds(q.condition, scope)).map((q) => ({ label: labelOf(definition, q), value: displayRefs(q, stringOrList(scope[q.id])), change: change(definition, q, item) }));
  return pagesAsked(definition, answers).flatMap((page: Page) => {
    const heading = { key: `${definition.ns}:pages.${page.id}.title` };
    if (!('group' in page)) return [{ heading, rows: rowsOf(page.questions, answers) }];
    const items = groupItems(answers[page.group.id]);
    const firstQuestion = page.group.questions[0]?.id ?? page.id;
    const add = { key: `${definition.ns}:groups.${page.group.id}.add` };
    // None added: the row and its action say what it does ("Add another victim").
    if (items.length === 0) return [{ heading, rows: [{ label: add, value: [{ key: 'forms:group.none' }], change: { label: add, answer: { type: 'form.change', value: firstQuestion } } }] }];
    return items.map((item, i) => ({ heading: { key: `${definition.ns}:groups.${page.group.id}.item`, values: { n: i + 1 } }, rows: rowsOf(page.group.questions, { ...answers, ...item }, { groupId: page.group.id, index: i }) }));
  });
}

function checkView(definition: FormDefinition, context: FormContext): StepBody {
  const complete = formLogic(definition).firstIncompletePage(context.answers) === undefined;
  const lines: TextRef[] = [{ key: 'forms:check.intro' }];
  if (context.submitFailed) lines.unshift({ key: 'forms:check.submitFailed' });
  if (!complete) lines.push({ key: 'forms:check.incomplete' });
  const alert = dangerAlert(definition, context.answers);
  const prompts = qualityPrompts(definition, context.answers);
  const choices: AnswerChoice[] = [...(complete ? [{ label: { key: 'forms:check.submit' }, answer: { type: 'form.submit' }, style: 'positive' } as const] : []), ...removeChoices(definition, context.answers)];
  // Over as many cards as Teams needs (checkCards.ts): the intro on the first, the prompts and Submit on the last. The first
  // of several says how many and where Submit is (the eleventh exploratory test: the MASE form came on 7 cards, and the first
  // did not say it went on); room for that line is kept on every first card.
  const onCards = (n: number): TextRef => ({ key: 'forms:check.onCards', values: { cards: n } });
  const head = linesBytes([...lines, onCards(99), ...(alert.alert === undefined ? [] : [alert.alert])]);
  const cards = checkCards(checkSections(definition, context.answers), head, tailBytes(prompts, choices));
  const titleOf = (i: number): TextRef => ({ key: i === 0 ? 'forms:check.title' : 'forms:check.titleContinued' });
  const leads = cards.slice(0, -1).map((check, i) => ({ title: titleOf(i), lines: i === 0 ? [...lines, onCards(cards.length)] : [], check }));
  return {
    ...alert,
    tone: 'question',
    ...(leads.length === 0 ? {} : { leads }),
    title: titleOf(cards.length - 1),
    lines: cards.length === 1 ? lines : [],
    check: cards.at(-1) ?? [],
    prompts,
    choices,
    citations: [citeSection(definition.source)],
  };
}

/**
 * A chosen name the deployment does not list (another local authority, or a borough no longer listed)
 * was not sent there: the person is told to send it themselves, as the protocol's duty is theirs.
 */
function notListedLines(definition: FormDefinition, answers: FormContext['answers'], lists?: DeploymentLists): TextRef[] {
  return definition.pages
    .flatMap((page) => ('group' in page ? [] : page.questions))
    .filter((q) => q.kind === 'oneOf' && q.listedFirst !== undefined && typeof answers[q.id] === 'string' && !(lists?.[q.listedFirst] ?? []).some((name) => name === answers[q.id]))
    .map((q) => ({ key: `${definition.ns}:questions.${q.id}.notListed` }));
}

function confirmationView(definition: FormDefinition, context: FormContext, lists?: DeploymentLists, reader: UrgentAudience = 'anyone'): StepBody {
  const alert = dangerToldAlert(definition, context, reader);
  return {
    ...(alert === undefined ? {} : { alert }),
    tone: 'summary',
    title: { key: 'forms:confirmation.title', refs: { form: { key: `${definition.ns}:title` } } },
    lines: [{ key: 'forms:confirmation.reference', values: { reference: context.reference ?? '' } }],
    steps: [{ key: `${definition.ns}:confirmation.whatNext` }, ...notListedLines(definition, context.answers, lists), ...deadlineLines(definition, context.answers)],
    choices: [],
    citations: [citeSection(definition.source)],
  };
}

export function formViews(definition: FormDefinition): Record<string, (context: FormContext, lists?: DeploymentLists, reader?: UrgentAudience) => StepBody> {
  const check = (context: FormContext) => checkView(definition, context);
  return {
    editingPage: (context, lists) => pageView(definition, context, lists),
    // Transient states are never stored; they show where they settle.
    afterPage: check,
    afterChange: check,
    checkingAnswers: check,
    submitting: check,
    submitted: (context, lists, reader) => confirmationView(definition, context, lists, reader),
  };
}
