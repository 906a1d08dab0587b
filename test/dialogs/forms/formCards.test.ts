import { renderView } from '../../../cards/render';
import type { InputView, StepView, Translate } from '../../../cards/view';
import { questionsOf } from '../../../dialogs/forms/conditions';
import { questionInputs } from '../../../dialogs/forms/fieldInputs';
import { makesafeReportForm } from '../../../dialogs/forms/makesafeReport.form';
import { messageOf } from '../../../dialogs/forms/messages';
import { outOfBoroughNotificationForm } from '../../../dialogs/forms/outOfBoroughNotification.form';
import { returnHomeInterviewForm } from '../../../dialogs/forms/returnHomeInterview.form';
import type { FormDefinition } from '../../../dialogs/forms/vocabulary';
import { cardProblems } from '../../support/adaptiveCards';
import { strictT } from '../../support/i18n';

/** Every page of these forms is a valid Adaptive Cards 1.5 card, empty and with a message beside every input, in en-GB words. */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const step = (form: FormDefinition, pageId: string, inputs: InputView[], problems?: StepView['problems']): StepView => ({
  kind: 'step',
  tone: 'question',
  title: { key: `${form.ns}:pages.${pageId}.title` },
  lines: [],
  inputs,
  ...(problems === undefined ? {} : { problems }),
  choices: [],
  citations: [],
  navigation: [],
});

const PAGES = [makesafeReportForm, outOfBoroughNotificationForm, returnHomeInterviewForm].flatMap((form) => form.pages.map((page) => [form.id, page.id, form, page] as const));

it.each(PAGES)('%s, page %s, renders as a valid card, empty and with a problem beside every input', (_formId, pageId, form, page) => {
  const questions = questionsOf(page);
  expect(cardProblems(renderView(step(form, pageId, questions.flatMap((q) => questionInputs(form, q, {}))), t))).toEqual([]);
  const errors = questions.map((q) => messageOf(form, q, 'required'));
  const withErrors = questions.flatMap((q, i) => questionInputs(form, q, {}, errors[i]));
  expect(cardProblems(renderView(step(form, pageId, withErrors, errors), t))).toEqual([]);
});
