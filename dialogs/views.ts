import type { ActionView, CitationView, InputView, NoticeView, StepView, TextRef, UrgentAudience, UrgentReader, UrgentView, View, WelcomeView } from '../cards/view';
import { profileAction } from './profile/problemProfileView';
import { cite, citeChange, citeWithChange, forReader } from './citations';
import type { CardEvent } from './events.schema';
import type { FlowCatalogue } from './catalogue';
import type { ActiveFlow } from './conversationState.schema';
import { offersFitting, type AnswerChoice, type DeploymentFacts, type FlowDialog, type InputErrors, type PersistedJourney, type StepBody } from './flow';
import { withDangerToldAlert } from './dangerTold';
import { forReaderAlert } from './dangerCheck.views';
import { withOpeningNote } from './openingNote';
import { keptProblems, type PageOf, withKeptValues } from './pageInputs';
import { ROLE_IDS, type RoleId } from './router';
import { audienceOf } from './danger/audience';
import type { LiveJourney, ParkedJourney, TurnDeps } from './turn';

/** Builds the views of a turn. Every action's data is a CardEvent, so what a card posts is what the runner accepts. */

const action = (label: TextRef, data: CardEvent, style?: ActionView['style']): ActionView =>
  style === undefined ? { label, data } : { label, data, style };

export const menuAction = (): ActionView => action({ key: 'common:nav.menu' }, { event: 'menu.requested' });

/** The first journey of each role, as the welcome card lists them. */
export const roleMenu = (catalogue: FlowCatalogue): ActionView[] =>
  ROLE_IDS.map((role) => action({ key: `welcome:role.${role}` }, { event: 'flow.startRequested', flowId: catalogue.firstFlowOf(role) }));

/** What the menu offers beyond the journeys: Records for me to a role records are routed to, the problem profile to the MASE coordinator and analyst. */
export interface WelcomeMenu {
  receivesRecords?: boolean;
  problemProfile?: boolean;
  /** Saved drafts the store could not decrypt: counted with the others, as the drafts list shows them. */
  unopenedDrafts?: ReadonlyArray<{ flowId: string }>;
}

/** The menu's extras the turn's reader may use. */
export const menuOf = (deps: Pick<TurnDeps, 'receivesRecords' | 'mayReadProblemProfile' | 'unopenedDrafts'>): WelcomeMenu => ({
  receivesRecords: deps.receivesRecords === true,
  problemProfile: deps.mayReadProblemProfile === true,
  ...(deps.unopenedDrafts === undefined || deps.unopenedDrafts.length === 0 ? {} : { unopenedDrafts: deps.unopenedDrafts }),
});

export function welcomeView(active: ActiveFlow | undefined, drafts: ParkedJourney[], catalogue: FlowCatalogue, extra: WelcomeMenu = {}): WelcomeView {
  const menu: ActionView[] = roleMenu(catalogue);
  menu.push(action({ key: 'welcome:role.question' }, { event: 'question.requested' }));
  menu.push(action({ key: 'welcome:mySubmissions' }, { event: 'submissions.listRequested' }));
  if (extra.receivesRecords === true) menu.push(action({ key: 'welcome:recordsForMe' }, { event: 'records.forMeRequested' }));
  // Only for the MASE coordinator and analyst (decide's readProblemProfile, asked by the runner).
  if (extra.problemProfile === true) menu.push(profileAction());
  // A situation's button reads as its journey's title, so the two cannot drift apart.
  const situations: ActionView[] = catalogue.situations.flatMap((flowId) => {
    const flow = catalogue.byId(flowId);
    return flow === undefined ? [] : [action({ key: flow.titleKey }, { event: 'flow.startRequested', flowId })];
  });
  const resumable: ActionView[] = [];
  if (active !== undefined) {
    const flow = catalogue.byId(active.flowId);
    if (flow !== undefined) {
      resumable.push(action({ key: 'welcome:carryOn', values: { journeyKey: flow.titleKey } }, { event: 'flow.resumed', flowId: active.flowId, instanceId: active.instanceId }));
    }
  }
  // Saved drafts are listed on their own card, where each can be told apart and deleted.
  const count = [...drafts, ...(extra.unopenedDrafts ?? [])].filter((d) => catalogue.byId(d.flowId) !== undefined).length;
  if (count > 0) resumable.push(action({ key: 'welcome:savedDrafts', values: { count } }, { event: 'drafts.requested' }));
  return { kind: 'welcome', safetyLine: true, menu, situations, resumable, citations: [citeChange('change.protocol-2021', 'Section 1: Introduction')] };
}

/**
 * Where each reader's lines on the 999 card come from, after Appendix C's C2 ("call 999 now"). One source each at
 * most: the card is read at a glance (test/cards/cardBudgets.test.ts).
 */
const URGENT_SOURCES: Partial<Record<UrgentAudience, string>> = {
  police: 'pathway.police.police-protection',
  health: 'pathway.health.immediate-danger',
};

/** Hotel staff's room lines: Makesafe's hospitality guidance (a let room kept as it is), and for a booking the Met's tests. */
function urgentSourceOf(reader: UrgentReader): CitationView | undefined {
  if (reader.hotelRoom === 'booking') return citeWithChange('pathway.makesafe.keep-evidence', 'change.makesafe-hotel-tests');
  if (reader.hotelRoom === 'let') return cite('pathway.makesafe.keep-evidence');
  const source = URGENT_SOURCES[reader.audience];
  return source === undefined ? undefined : cite(source);
}

/** The 999 card, worded for who is reading it (see dialogs/danger/audience.ts). */
export function urgentView(active: ActiveFlow | undefined, reader: UrgentReader, resumeNote?: TextRef): UrgentView {
  const source = urgentSourceOf(reader);
  const citations = [cite('pathway.c2.immediate-danger'), ...(source === undefined ? [] : [source])];
  const view: UrgentView = { kind: 'urgent', ...reader, menu: menuAction(), citations };
  if (active !== undefined) view.resume = action({ key: 'urgent:carryOn' }, { event: 'flow.resumed', flowId: active.flowId, instanceId: active.instanceId }, 'positive');
  if (active !== undefined && resumeNote !== undefined) view.resumeNote = resumeNote;
  return view;
}

/**
 * A notice in `notices:<name>`'s words: its title and its first `lines` lines, or the lines given (words with values,
 * or another key's); `parts` give a title other than its own and the groups of actions under it.
 */
export function noticeView(name: string, tone: NoticeView['tone'], actions: ActionView[], lines: number | TextRef[] = 1, parts: Partial<Pick<NoticeView, 'title' | 'groups'>> = {}): NoticeView {
  const shown = typeof lines === 'number' ? Array.from({ length: lines }, (_, i) => ({ key: `notices:${name}.line${i + 1}` })) : lines;
  return { kind: 'notice', tone, safetyLine: true, title: { key: `notices:${name}.title` }, lines: shown, actions, ...parts };
}

/** A journey offered for what the user described, on one button; what they typed goes with it as their first note. */
export function offerView(flowId: string, keepsNote: boolean, catalogue: FlowCatalogue, lineKey?: string): NoticeView {
  const flow = catalogue.byId(flowId);
  const start = flow === undefined ? [] : [action({ key: 'notices:journeyOffered.start', values: { journeyKey: flow.titleKey } }, { event: 'flow.startRequested', flowId }, 'positive')];
  const lines = [{ key: lineKey ?? (keepsNote ? 'notices:journeyOffered.line1' : 'notices:journeyOffered.roleOnly') }];
  return { kind: 'notice', tone: 'info', safetyLine: true, title: { key: 'notices:journeyOffered.title' }, lines, actions: [...start, menuAction()] };
}

const carryOnAction = (active: ActiveFlow): ActionView => action({ key: 'common:nav.carryOn' }, { event: 'flow.resumed', flowId: active.flowId, instanceId: active.instanceId }, 'positive');

export function resumeActions(active: ActiveFlow | undefined): ActionView[] {
  return active === undefined ? [menuAction()] : [carryOnAction(active), menuAction()];
}

/** Whether a reply already offers the menu: the welcome card is the menu; the 999 card and most other cards carry its button. */
export function offersMenu(views: View[]): boolean {
  const isMenu = (a: ActionView): boolean => a.data.event === 'menu.requested';
  return views.some((view) => {
    switch (view.kind) {
      case 'welcome':
        return true;
      case 'urgent':
        return isMenu(view.menu);
      case 'step':
        return [...view.choices, ...view.navigation].some(isMenu);
      case 'notice':
        return [...view.actions, ...(view.groups ?? []).flatMap((g) => g.actions)].some(isMenu);
      default:
        return 'actions' in view && view.actions.some(isMenu);
    }
  });
}

/**
 * An answer given while a journey runs carries the way back to it as its own first button, rather
 * than a second card after every answer saying the journey is still there; `resumeNote` beside it says
 * what carrying on does not bring back (unsentPageNote, keptPages.ts).
 */
export function withWayBack(views: View[], active: ActiveFlow | undefined, resumeNote?: TextRef): View[] {
  const last = views.at(-1);
  if (active === undefined || last === undefined) return views;
  if (last.kind !== 'answer' && last.kind !== 'notice') {
    const notice = noticeView('questionAnswered', 'info', resumeActions(active));
    return [...views, resumeNote === undefined ? notice : { ...notice, lines: [...notice.lines, resumeNote] }];
  }
  const actions = [carryOnAction(active), ...last.actions];
  if (resumeNote === undefined) return [...views.slice(0, -1), { ...last, actions }];
  return [...views.slice(0, -1), last.kind === 'answer' ? { ...last, actions, resumeNote } : { ...last, actions, lines: [...last.lines, resumeNote] }];
}

const pageOf = (flow: FlowDialog, journey: PersistedJourney): PageOf => {
  const page = flow.pageKey?.(journey);
  return page === undefined ? { state: journey.value } : { state: journey.value, page };
};

/** A journey's answer as a button: its label, and whether it leaves the card's inputs behind. */
function answerAction(choice: AnswerChoice, ref: { flowId: string; instanceId: string; revision: number }): ActionView {
  const view = action(choice.label, { event: 'flow.answered', ...ref, answer: choice.answer }, choice.style);
  if (choice.ignoresInputs === true) view.ignoresInputs = true;
  return view;
}

/** What the user sent on a card that came back with problems: kept, and shown with the errors. */
export interface InputOverrides {
  values: Record<string, string>;
  errors: InputErrors;
  /** A form's messages, by input id, in the page's order: shown beside each input and in the summary at the top. */
  messages?: Record<string, TextRef>;
}

/**
 * A journey's card for its reader: the journey's own role, else the conversation's (the last role journey), so
 * the since-2017 notes that concern other roles are left out (a police system's change on a teacher's card).
 */
export function journeyView(
  { active, flow, journey }: LiveJourney,
  { facts, role, catalogue }: { facts: DeploymentFacts; role?: RoleId; catalogue?: Pick<FlowCatalogue, 'roleOf'> },
  overrides?: InputOverrides,
): View[] {
  // A role journey's own role first: on the turn it starts, the conversation may still hold the last one.
  const reader = catalogue?.roleOf(active.flowId) ?? role;
  const body = flow.view(journey, facts, audienceOf(reader));
  const ref = { flowId: active.flowId, instanceId: active.instanceId, revision: active.revision };
  const final = flow.isFinal(journey);
  // Each form that fits what the journey recorded is one button on its summary.
  const offers = offersFitting(flow, journey, role === undefined ? {} : { role }).map((offer) => action(offer.label, { event: 'form.startRequested', ...ref, formId: offer.formId }, 'positive'));
  const backAction = action({ key: 'common:nav.back' }, { event: 'flow.backRequested', ...ref });
  // A journey's summary goes back along its path, to change an answer without starting again; a form's end is its submission.
  const backFromSummary = flow.back === undefined && active.history.length > 0 ? [backAction] : [];
  const navigation: ActionView[] = final
    ? [...offers, ...backFromSummary, action({ key: 'common:nav.startAgain' }, { event: 'flow.restarted', ...ref }), menuAction()]
    : [
        ...(active.history.length > 0 ? [backAction] : []),
        action({ key: 'common:nav.saveForLater' }, { event: 'flow.savedForLater', ...ref }),
        action({ key: 'common:nav.startAgain' }, { event: 'flow.restarted', ...ref }),
        action({ key: 'common:nav.cancel' }, { event: 'flow.cancelled', ...ref }),
      ];
  // A host checks a form's required inputs before it sends an action: leaving the page must not wait for them.
  if (body.inputs?.some((i) => i.kind === 'field') === true) for (const a of navigation) if (a.data.event !== 'flow.savedForLater') a.ignoresInputs = true;
  const step: StepView = {
    kind: 'step',
    tone: body.tone,
    title: body.title,
    lines: body.lines,
    choices: [
      ...body.choices.map((c) => answerAction(c, ref)),
      ...(body.next ?? []).map((n) => action(n.label, { event: 'flow.startRequested', flowId: n.flowId, carryFrom: active.instanceId })),
      // A summary before the journey's end (the finder's result) offers its forms beside its own choices: its navigation row is full.
      ...(final ? [] : offers),
    ],
    citations: forReader(body.citations, reader),
    navigation,
  };
  if (body.alert !== undefined) step.alert = body.alert;
  if (body.steps !== undefined) step.steps = body.steps;
  if (body.deadlines !== undefined) step.deadlines = body.deadlines;
  // A page shown as it was sent back (Carry on where I was, a draft resumed) says again what to fix, as the card sent back did.
  const sentBack = overrides === undefined && body.inputs !== undefined ? keptProblems(body.inputs, active, pageOf(flow, journey)) : undefined;
  const shown = sentBack === undefined ? overrides : { values: {}, errors: {}, messages: sentBack };
  if (body.inputs !== undefined) step.inputs = withOverrides(withKeptValues(body.inputs, active, pageOf(flow, journey)), shown);
  if (shown?.messages !== undefined) step.problems = Object.values(shown.messages);
  else if (overrides !== undefined && Object.keys(overrides.errors).length > 0) step.errorSummary = { key: 'errors:summary' };
  if (body.record !== undefined) step.record = body.record;
  if (body.progress !== undefined) step.progress = body.progress;
  if (body.prompts !== undefined) step.prompts = body.prompts;
  const withChanges = (check: NonNullable<StepBody['check']>): NonNullable<StepView['check']> =>
    check.map((s) => ({ ...s, rows: s.rows.map((r) => ({ ...r, change: action(r.change.label, { event: 'flow.answered', ...ref, answer: r.change.answer }) })) }));
  if (body.check !== undefined) step.check = withChanges(body.check);
  if (body.contacts !== undefined) step.contacts = body.contacts;
  if (body.contactsMissing !== undefined) step.contactsMissing = body.contactsMissing;
  const isSummary = final || body.tone === 'summary';
  const shownStep = withDangerToldAlert(withOpeningNote(step, active, isSummary), active, isSummary);
  // 999 at the top in the words of the reader's own 999 card (an officer radios for help), on every card of the step.
  const alert = shownStep.alert === undefined ? undefined : forReaderAlert(shownStep.alert, audienceOf(reader));
  const leads: StepView[] = (body.leads ?? []).map((lead) => ({
    kind: 'step',
    tone: body.tone,
    ...(alert === undefined ? {} : { alert }),
    title: lead.title,
    lines: lead.lines,
    ...(lead.check === undefined ? {} : { check: withChanges(lead.check) }),
    choices: [],
    citations: [],
    navigation: [],
    lead: true,
  }));
  return [...leads, alert === undefined ? shownStep : { ...shownStep, alert }];
}

function withOverrides(inputs: InputView[], overrides: InputOverrides | undefined): InputView[] {
  if (overrides === undefined) return inputs;
  return inputs.map((input) => {
    const value = overrides.values[input.id] ?? input.value;
    if (input.kind === 'field') {
      const message = overrides.messages?.[input.id];
      return message === undefined ? { ...input, value } : { ...input, value, error: message };
    }
    const issue = overrides.errors[input.id];
    const error = issue === undefined ? undefined : input.kind === 'text' ? { key: `${input.errorKey}.${issue}`, values: { max: input.maxLength } } : { key: `${input.errorKey}.${issue}` };
    return error === undefined ? { ...input, value } : { ...input, value, error };
  });
}
