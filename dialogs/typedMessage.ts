import type { ActionView, View } from '../cards/view';
import type { ConversationState } from './conversationState.schema';
import { speakerOf, urgentReaderOf } from './danger/audience';
import { askCancel, askRestart, hasSomethingToLose, requestStart } from './confirmations';
import { withDangerTold } from './dangerTold';
import { whoFirstView } from './whoFirst';
import { typedStartDraftView } from './formDraftOffer';
import { WANTS_TO_REPORT_EN_GB } from './formWords.en-GB';
import { back, saveForLater } from './journeys';
import { unsentPageNote } from './keptPages';
import { mentionedRole, type Role } from '../knowledge/roleWords';
import { GENERAL_ROUTE, ROLE_START } from '../knowledge/routeQuestion';
import { tellsSexualAssault } from '../knowledge/sexualAssaultTold';
import { asksForPowers, route, type RoleId, type Route } from './router';
import { asksSomething, asksWhatToDo, audienceOfRole, describedSituation, type DescribedSituation, forUser, ownJourney, roleIdOf, whatToDoEntry } from './situation';
import { mySubmissionsView } from './forms/export/mySubmissions';
import { recordsForMeViews } from './records/leadJourney';
import { problemProfileViews } from './profile/problemProfileView';
import { type Answered, type LiveJourney, same, type TurnDeps, type TurnOutcome } from './turn';
import { menuAction, menuOf, noticeView, offerView, resumeActions, urgentView, welcomeView, withWayBack } from './views';

/**
 * A typed message, routed: danger first (the 999 card, then what else answers it), a role or situation
 * named, a situation described in the writer's words, a command, or a question for the knowledge.
 */

/** `open`: the turn's `whereIWas`, the journey still open: only it is carried on with, or told of danger (a submitted form is not). */
export function onTyped(state: ConversationState, live: LiveJourney | undefined, open: LiveJourney | undefined, text: string, deps: TurnDeps): Promise<TurnOutcome> | TurnOutcome {
  const routed: Route = (deps.route ?? route)(text);
  switch (routed.kind) {
    case 'urgent': {
      // Told while a journey runs: the journey remembers that it was (dialogs/dangerTold.ts).
      const outcome = onUrgent(state, live, open, text, deps);
      return open === undefined ? outcome : withDangerTold(outcome, open.active.instanceId, open.flow);
    }
    case 'role':
      return requestStart(state, live, deps.catalogue.firstFlowOf(routed.role), deps);
    case 'situation':
      return requestStart(state, live, routed.flowId, deps);
    case 'described':
      // Described while the journey it would offer is the one running and under way: answered, with the way back to it,
      // rather than offering the journey already open (the fourth exploratory test). One only opened, nothing in it yet
      // (a role pressed on the welcome card), is offered as it would be with none open: its Start takes the words as its
      // first note (the sixth exploratory test: a teacher's worry got "not sure" and the role picker).
      if (live !== undefined && !live.flow.isFinal(live.journey) && forUser(routed.situation, state.role).flowId === live.active.flowId && hasSomethingToLose(live, undefined, deps)) return same(state, answerTyped(state, live, open, routed.text, deps));
      return onDescribed(state, routed, deps);
    case 'command':
      return onCommand(state, open, routed.command, deps);
    case 'question':
      return same(state, answerTyped(state, live, open, routed.text, deps));
    case 'formRequested':
      return same(state, withWayBack(formRequestViews(state, routed.text, deps), open?.active, unsentPageNote(live, deps)));
  }
}

/**
 * A form asked for in words: the form named, on one button (as the menu starts a journey, blank), when it is one the
 * user's role fills in or their role is not known, or their draft of it to open first when they have one; otherwise
 * the list of the role's forms, one button each.
 */
function formRequestViews(state: ConversationState, text: string, deps: TurnDeps): View[] {
  const named = deps.catalogue.formNamedIn(text);
  const forms = deps.catalogue.formsFilledInBy(state.role);
  if (named !== undefined && forms.includes(named)) return [typedStartDraftView(named, deps) ?? offerView(named, false, deps.catalogue, 'notices:journeyOffered.form')];
  const starts = forms.flatMap((formId) => offerView(formId, false, deps.catalogue).actions.filter((a) => a.data.event === 'flow.startRequested'));
  return [noticeView('formsToFill', 'info', [...starts, menuAction()])];
}

/** A question answered for the user's role, the route when it asks what to do and no entry answers, then the way back to a running journey. */
function answerTyped(state: ConversationState, live: LiveJourney | undefined, open: LiveJourney | undefined, text: string, deps: TurnDeps): View[] {
  return withWayBack([...questionViews(state, text, deps).views, ...reportFormOffer(state, text, deps)], open?.active, unsentPageNote(live, deps));
}

/**
 * Wanting to report or record a concern ("i want to report a makesafe concern"): beside the answer, the form the user's
 * role reports on, on one button: the one named, else the role's only form (a business's Makesafe report). None when
 * the role is not known or fills in several forms and names none of them.
 */
function reportFormOffer(state: ConversationState, text: string, deps: TurnDeps): View[] {
  if (state.role === undefined || !WANTS_TO_REPORT_EN_GB.test(text)) return [];
  const forms = deps.catalogue.formsFilledInBy(state.role);
  const named = deps.catalogue.formNamedIn(text);
  const formId = named !== undefined && forms.includes(named) ? named : forms.length === 1 ? forms[0] : undefined;
  return formId === undefined ? [] : [typedStartDraftView(formId, deps) ?? offerView(formId, false, deps.catalogue, 'notices:journeyOffered.form')];
}

/** What a question gets: the answer; or "not sure" with the nearest entries and the role menu, or the route when it asks what to do. */
function questionViews(state: ConversationState, text: string, deps: TurnDeps): Answered {
  const answered = deps.knowledge.answer(text, roleContext(state));
  return answered.confident || !asksWhatToDo(text) ? answered : { confident: false, views: withRoute(answered.nearest ?? [], state, deps) };
}

/** Danger typed: the 999 card first, always; then what else answers the message. */
function onUrgent(state: ConversationState, live: LiveJourney | undefined, open: LiveJourney | undefined, text: string, deps: TurnDeps): TurnOutcome {
  const active = open?.active;
  // 999 first, always; then what else answers the message: a question asked in the same breath gets one follow-up, who
  // first (dialogs/whoFirst.ts), and the journey for what they described follows (their words kept as its first note).
  // No answer card: what the search made of the words could be advice for a non-emergency (101, a referral desk) against
  // the 999 card (the sixth exploratory test); what it found is one press away, headed for when the child is safe.
  const urgent = urgentView(active, urgentReaderOf(state, live, deps.catalogue, text), unsentPageNote(live, deps));
  // "What can I do about the man who keeps picking her up": 999 first, then the finder on one button.
  if (asksForPowers(text)) return same(state, [urgent, offerView('tactics.powerFinder', false, deps.catalogue, 'powerFinder:offer')]);
  const asks = asksSomething(text);
  const whoFirst = asks ? [whoFirstView(urgent, text, deps.knowledge.answer(text, roleContext(state)).nearest ?? [])] : [];
  const described = describedSituation(text);
  const situation = described === undefined ? undefined : forUser(described, state.role);
  if (situation !== undefined && situation.flowId !== active?.flowId) {
    const offered = onDescribed(state, { kind: 'described', situation, text }, deps, true);
    return { ...offered, views: [urgent, ...whoFirst, ...offered.views] };
  }
  // The journey of the role the message gives, the user's, or (told without a question) the one its words point to ("my
  // cab"), as it would be offered without the danger; a journey running, the 999 card offers to carry on with it instead.
  const journey = active !== undefined ? undefined : asks ? ownJourneyOf(text, state.role) : journeyAfterDanger(text, state.role);
  if (journey === undefined) return same(state, [urgent, ...whoFirst]);
  const offered = onDescribed(state, { kind: 'described', situation: journey, text }, deps, true);
  return { ...offered, views: [urgent, ...whoFirst, ...offered.views] };
}

/** The writer's own journey after a question asked with the danger: the role they give, else the user's. */
function ownJourneyOf(text: string, chosen: RoleId | undefined): DescribedSituation | undefined {
  const role = speakerOf(text) ?? chosen;
  return role === undefined ? undefined : ownJourney(role);
}

/** The role journey offered after the 999 card for danger told without a question: the role given, else the user's, else the one pointed to. */
function journeyAfterDanger(text: string, chosen: RoleId | undefined): DescribedSituation | undefined {
  const given = speakerOf(text) ?? chosen;
  if (given !== undefined) return ownJourney(given);
  const pointed = mentionedRole(text);
  // A setting the words point to ("a guest", "my cab") is not a role given: it is not kept as the user's.
  return pointed === undefined ? undefined : { ...ownJourney(roleIdOf(pointed)), roleGiven: false };
}

/**
 * "What should I do if a girl tells me…" that no entry answers: what to do when worried is never "not sure". The route
 * answers it: the writer's role's (ROLE_START), or the referral route (Appendix C) when no role is known, with the
 * search's nearest entries beneath it for a question about something else. No "I could not find that" before it: a
 * good answer after it read as two replies at odds (the sixth exploratory test).
 */
function withRoute(nearest: readonly ActionView[], state: ConversationState, deps: TurnDeps): View[] {
  return entryWithNearest(state.role === undefined ? GENERAL_ROUTE : ROLE_START[audienceOfRole(state.role)], nearest, deps);
}

/** An entry opened as the answer, with the search's nearest entries beneath it ("Not what you asked?"), less those it already shows. */
function entryWithNearest(entryId: string, nearest: readonly ActionView[], deps: TurnDeps): View[] {
  const entryOf = (action: ActionView): unknown => (action.data.event === 'entry.requested' ? action.data.entryId : undefined);
  return deps.knowledge.open(entryId).map((view) => {
    if (view.kind !== 'answer') return view;
    const shown = new Set<unknown>([entryId, ...view.related.map(entryOf)]);
    const others = nearest.filter((action) => !shown.has(entryOf(action)));
    return others.length > 0 ? { ...view, others } : view;
  });
}

/** The role questions are weighed for: the running or last role journey's, or the one chosen on the welcome card. */
const roleContext = (state: ConversationState): { audience?: Role } => (state.role === undefined ? {} : { audience: audienceOfRole(state.role) });

/**
 * What someone saw, in their words: any question in it is answered (for the role it gives), and the
 * journey that fits is offered on one button. What they typed is kept, in the encrypted conversation
 * state only, to become the journey's first note if they start it.
 */
function onDescribed(state: ConversationState, routed: Extract<Route, { kind: 'described' }>, deps: TurnDeps, afterDanger = false): TurnOutcome {
  const situation = forUser(routed.situation, state.role);
  const { text } = routed;
  const role = situation.role;
  const context = role === undefined ? {} : { audience: role };
  // "…not sure what to do": the situation's own section for those whose work it is (a child back from missing, for the
  // social worker), before anything else; otherwise their role's route, when no entry answers the message better.
  // After the 999 card, the offer alone: who first (dialogs/whoFirst.ts) stands before it, and no answer card.
  // A sexual assault told with what next asked is more than the situation: the search answers it (knowledge/sexualAssaultTold.ts).
  const assault = tellsSexualAssault(text);
  const toDo = !afterDanger && asksWhatToDo(text) && !assault ? whatToDoEntry(situation) : undefined;
  const answered = !afterDanger && (situation.asks || assault) && toDo?.first !== true ? deps.knowledge.answer(text, context) : undefined;
  // The route, with what the search found nearest beneath it (a teacher's "…not sure if im overreacting": the route, and
  // the warning signs it matched one press away); the situation's own section, before any search, alone.
  const nearestTo = (): readonly ActionView[] => (toDo?.first === true ? [] : ((answered ?? deps.knowledge.answer(text, context)).nearest ?? []));
  const answer = answered?.confident === true ? answered.views : toDo === undefined ? [] : entryWithNearest(toDo.entryId, nearestTo(), deps);
  // Nothing answers it: what the search found nearest to their words, shown as possibly relevant, never as the answer,
  // so what they described gets something before the offer (the fourth exploratory test: a social worker's child going
  // missing and coming back with money got the offer alone). Not after the 999 card: who first carries what was found.
  const seeks = answer.length === 0 && situation.keepNote && !afterDanger;
  const helps = seeks ? mayHelpView(answered ?? deps.knowledge.answer(text, context), situation.asks) : [];
  const views: View[] = [...answer, ...helps, offerView(situation.flowId, situation.keepNote, deps.catalogue)];
  const { offer: previous, ...rest } = state;
  // A role the writer gave ("sw here, …") is kept, as a role chosen is: a situation journey has none of its own, and the
  // 999 card and the questions asked in it are for that role.
  const given = situation.roleGiven && role !== undefined ? roleIdOf(role) : state.role;
  const kept = given === undefined ? rest : { ...rest, role: given };
  const offer = situation.keepNote ? { flowId: situation.flowId, note: text } : undefined;
  // The same words typed again hold the same offer: nothing to store, as for a question.
  if (previous?.flowId === offer?.flowId && previous?.note === offer?.note && given === state.role) return { state, changed: false, views, effects: [] };
  return { state: offer === undefined ? kept : { ...kept, offer }, changed: true, views, effects: [] };
}

/** The search's nearest entries to a described situation, on one notice that says they may help and are not an answer; none found, no notice. */
function mayHelpView(found: Answered, asked: boolean): View[] {
  const nearest = found.nearest ?? [];
  if (nearest.length === 0) return [];
  return [noticeView('mayHelp', 'info', [], [{ key: asked ? 'notices:mayHelp.asked' : 'notices:mayHelp.line1' }], { groups: [{ heading: { key: 'notices:mayHelp.nearest' }, actions: nearest }] })];
}

function onCommand(state: ConversationState, active: LiveJourney | undefined, command: Extract<Route, { kind: 'command' }>['command'], deps: TurnDeps): Promise<TurnOutcome> | TurnOutcome {
  if (command === 'menu') return same(state, [welcomeView(active?.active, deps.drafts, deps.catalogue, menuOf(deps))]);
  if (command === 'ask') return same(state, [noticeView('askQuestion', 'info', [])]);
  if (command === 'submissions') return same(state, mySubmissionsView(deps, resumeActions(active?.active)));
  if (command === 'recordsForMe') return same(state, recordsForMeViews(deps, resumeActions(active?.active)));
  if (command === 'problemProfile') return same(state, problemProfileViews(deps, 'card', resumeActions(active?.active)));
  if (active === undefined) return same(state, [noticeView('noJourney', 'info', [menuAction()])]);
  switch (command) {
    case 'back':
      return back(state, active, deps);
    case 'cancel':
      return askCancel(state, active, undefined, deps);
    case 'restart':
      return askRestart(state, active, undefined, deps);
    case 'saveForLater':
      return saveForLater(state, active, deps);
  }
}
