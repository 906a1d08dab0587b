import type { AdaptiveCard } from '../../cards/adaptive';
import { alertCard } from '../../cards/alert.card';
import { alertView } from '../../dialogs/alerts/alertView';
import alerts from '../../bot/i18n/locales/en-GB/alerts.json';
import { renderView } from '../../cards/render';
import { BUSINESS_WORKPLACES, URGENT_AUDIENCES, type Translate, type View } from '../../cards/view';
import { FORM_DEFINITIONS } from '../../dialogs/forms';
import { questionsOf } from '../../dialogs/forms/conditions';
import { messageOf } from '../../dialogs/forms/messages';
import { entryView } from '../../dialogs/question';
import { withAnswered } from '../../dialogs/answered';
import { journeyView, noticeView, urgentView, welcomeView, withWayBack } from '../../dialogs/views';
import { problemProfileViews, profileFileNotice } from '../../dialogs/profile/problemProfileView';
import { problemProfileOf } from '../../dialogs/socialCare/problemProfile';
import { everyFieldForm, maseForm } from './maseProfileForms';
import { allEntries } from '../../knowledge/entries';
import { createKnowledgeIndex } from '../../knowledge/search';
import notices from '../../bot/i18n/locales/en-GB/notices.json';
import { catalogue, liveOf } from './catalogue';
import { allAnswers, explore } from './flowGraph';
import { recordViews } from './recordCards';
import { walkForm } from './formWalk';

/**
 * Every card the tests can draw: the welcome, the 999 card for each reader, every notice, every
 * knowledge answer, every state of every journey (with and without local contacts) and every state of
 * every form (each page also with a problem beside each input). Checks that hold for all cards walk these.
 */

export interface DrawnCard {
  /** What the card is, for a failure message: "school.firstSteps askingRole", "notice tooFast". */
  name: string;
  /** The view's kind and, for a step, its tone (or `step.lead`): what a card's budget depends on. */
  kind: string;
  /** The journey or form it belongs to, for a step. */
  flowId?: string;
  card: AdaptiveCard;
}

const noContacts = { contacts: {} };
/** Entries standing for the search's next ones after the i-th: the entries that follow it (the answer keeps two not already related). */
const nextEntries = (i: number) => [...allEntries, ...allEntries].slice(i + 1, i + 6);

/** An answer as long as a button holds (30 characters), as the line that opens the card it leads to. */
const LONGEST_ANSWER = { key: 'referral:imagery.question.consensual' };
const withContacts = { contacts: { mash: { label: 'Fictional Borough MASH', phone: '020 0000 0000' } } };
const FORM_IDS = new Set(FORM_DEFINITIONS.map((d) => d.id));

// A lead (a part of a long result sent before its last card) is drawn whole, so it has a kind of its own.
const kindOf = (view: View): string => (view.kind !== 'step' ? view.kind : view.lead === true ? 'step.lead' : `step.${view.tone}`);

async function journeyCards(t: Translate): Promise<DrawnCard[]> {
  const drawn: DrawnCard[] = [];
  for (const flow of catalogue.flows.filter((f) => !FORM_IDS.has(f.id))) {
    const { states } = await explore(flow, allAnswers(flow.answerSchema));
    for (const [state, journey] of states) {
      for (const facts of [noContacts, withContacts]) {
        const active = { flowId: flow.id, machineVersion: flow.version, instanceId: 'i-1', revision: 3, snapshot: journey, history: [journey] };
        // Every state but the first can be reached by an answer pressed, which then opens its card ("You answered: …").
        const views = journeyView(liveOf(active), { facts, catalogue });
        const shown = state === flow.start().value ? views : withAnswered(views, LONGEST_ANSWER);
        for (const view of shown) drawn.push({ name: `${flow.id} ${state}`, kind: kindOf(view), flowId: flow.id, card: renderView(view, t) });
      }
    }
  }
  return drawn;
}

async function formCards(t: Translate): Promise<DrawnCard[]> {
  const drawn: DrawnCard[] = [];
  for (const definition of FORM_DEFINITIONS) {
    const flow = catalogue.byId(definition.id);
    if (flow === undefined) throw new Error(`${definition.id} is not in the catalogue`);
    for (const journey of (await walkForm(definition, flow)).journeys) {
      const active = { flowId: flow.id, machineVersion: flow.version, instanceId: 'i-1', revision: 3, snapshot: journey, history: [journey] };
      const name = `${definition.id} ${journey.value} ${String(journey.context.page ?? '')}`.trim();
      for (const view of journeyView(liveOf(active), { facts: noContacts })) drawn.push({ name, kind: kindOf(view), flowId: flow.id, card: renderView(view, t) });
      const page = definition.pages.find((p) => p.id === journey.context.page);
      if (journey.value !== 'editingPage' || page === undefined) continue;
      const messages = Object.fromEntries(questionsOf(page).map((q) => [q.id, messageOf(definition, q, 'required')]));
      for (const view of journeyView(liveOf(active), { facts: noContacts }, { values: {}, errors: {}, messages })) {
        drawn.push({ name: `${name} with problems`, kind: kindOf(view), flowId: flow.id, card: renderView(view, t) });
      }
    }
  }
  return drawn;
}

/** What a reply to a message typed over a form page says beside its way back (unsentPageNote, dialogs/keptPages.ts). */
const UNSENT_NOTE = { key: 'forms:page.unsentNotKept', refs: { send: { key: 'forms:page.continue' }, save: { key: 'common:nav.saveForLater' } } };

function otherCards(t: Translate): DrawnCard[] {
  const active = { flowId: 'school.firstSteps', machineVersion: 1, instanceId: 'i-1', revision: 2, snapshot: catalogue.flows[0]?.start() ?? {}, history: [] };
  const views: Array<[string, View]> = [
    ['welcome', welcomeView(undefined, [], catalogue)],
    ['welcome for someone records are sent to', welcomeView(undefined, [], catalogue, { receivesRecords: true })],
    ...recordViews(),
    ['welcome for the MASE coordinator', welcomeView(undefined, [], catalogue, { receivesRecords: true, problemProfile: true })],
    ...profileViews(t),
    ...URGENT_AUDIENCES.flatMap((audience): Array<[string, View]> => [
      [`urgent for ${audience}`, urgentView(undefined, { audience })],
      [`urgent for ${audience} during a journey`, urgentView(active, { audience })],
      [`urgent for ${audience} typed over a form page`, urgentView(active, { audience }, UNSENT_NOTE)],
    ]),
    ...BUSINESS_WORKPLACES.map((workplace): [string, View] => [`urgent for business staff at a ${workplace}`, urgentView(active, { audience: 'business', workplace })]),
    ...Object.entries(notices).map(([name, lines]): [string, View] => {
      const view = noticeView(name, 'info', [], Object.keys(lines).filter((k) => k.startsWith('line')).length);
      view.lines = view.lines.map((l) => ({ ...l, values: { days: 28, reference: 'abc123', typed: 5000, limit: 4000 } }));
      // A title may name what it asks about ("Remove Victim 2?").
      view.title = { ...view.title, refs: { item: { key: 'maseInformation:groups.victims.item', values: { n: 2 } } } };
      return [`notice ${name}`, view];
    }),
  ];
  const index = createKnowledgeIndex(allEntries);
  // Each answer as to a typed question, the longest it gets: with two of the search's next entries beneath it.
  for (const [i, entry] of allEntries.entries()) views.push([`answer ${entry.id}`, entryView(entry, index, noContacts, nextEntries(i))]);
  // Each answer as to a question typed over a form page: its way back, with what carrying on does not bring back.
  for (const [i, entry] of allEntries.entries()) views.push(...withWayBack([entryView(entry, index, noContacts, nextEntries(i))], active, UNSENT_NOTE).map((view): [string, View] => [`answer ${entry.id} typed over a form page`, view]));
  // An alert is sent, not rendered from a turn's view: one for each form's word.
  const alertCards = Object.keys(alerts.forms).map((form) => ({ name: `alert ${form}`, kind: 'alert', card: alertCard(alertView(`alerts:forms.${form}`, 'CSE-K7M4-QX2A'), t) }));
  return [...views.map(([name, view]) => ({ name, kind: kindOf(view), card: renderView(view, t) })), ...alertCards];
}

/** The problem profile, its CSV (with and without a download link), as a Teams file card, and its notices. */
function profileViews(t: Translate): Array<[string, View]> {
  const now = new Date('2026-06-15T12:00:00Z');
  const forms = [...Array.from({ length: 6 }, () => maseForm({ at: '2026-06-02T09:00:00Z', themes: ['countyLines'], models: ['county-lines'], locations: ['hotel'] })), everyFieldForm('2026-05-02T09:00:00Z')];
  const profile = problemProfileOf(forms, now, 12);
  const download = { label: { key: 'profile:actions.download' }, url: 'https://assistant.example.test/exports/profile/abc' };
  const teams = { fileHandOff: { kind: 'teamsFile' } as const, newId: () => 'fictional-offer-0001' };
  const named = (name: string, views: View[]): Array<[string, View]> => views.map((view, i) => [`${name} ${i}`, view]);
  return [
    ...named('problem profile', problemProfileViews({ problemProfile: { kind: 'loaded', profile }, t }, 'card', [])),
    ...named('problem profile with a download', problemProfileViews({ problemProfile: { kind: 'loaded', profile: { ...problemProfileOf([], now, 3), unreadable: 2, truncated: true }, download }, t }, 'card', [])),
    ...named('problem profile in Teams', problemProfileViews({ problemProfile: { kind: 'loaded', profile }, t, ...teams }, 'card', [])),
    ...named('problem profile CSV', problemProfileViews({ problemProfile: { kind: 'loaded', profile, download }, t }, 'csvText', [])),
    ...named('problem profile CSV in Teams', problemProfileViews({ problemProfile: { kind: 'loaded', profile }, t, ...teams }, 'csvText', [])),
    ...named('problem profile CSV file offered', problemProfileViews({ problemProfile: { kind: 'loaded', profile }, t, ...teams }, 'teamsFile', [])),
    ...named('problem profile CSV file in a group chat', problemProfileViews({ problemProfile: { kind: 'loaded', profile }, t, fileHandOff: { kind: 'textOnly', reason: 'filesInPersonalChatOnly' } }, 'teamsFile', [])),
    ...(['fileDeclined', 'fileFailed', 'fileRefused'] as const).map((name): [string, View] => [`problem profile ${name}`, profileFileNotice(name, 12)]),
    ...named('problem profile refused', problemProfileViews({ problemProfile: { kind: 'refused' }, t }, 'card', [])),
    ...named('problem profile unavailable', problemProfileViews({ t }, 'card', [])),
  ];
}

export async function everyCard(t: Translate): Promise<DrawnCard[]> {
  return [...otherCards(t), ...(await journeyCards(t)), ...(await formCards(t))];
}

/** Every node of a card's JSON that is an object, with the styled containers it sits in (outermost first). */
export function* nodesOf(node: unknown, containers: string[] = []): Generator<{ node: Record<string, unknown>; containers: string[] }> {
  if (Array.isArray(node)) {
    for (const item of node) yield* nodesOf(item, containers);
    return;
  }
  if (!isRecord(node)) return;
  const record = node;
  yield { node: record, containers };
  const style = typeof record.style === 'string' && ['Container', 'Column', 'ColumnSet'].includes(String(record.type)) ? [...containers, record.style] : containers;
  for (const value of Object.values(record)) yield* nodesOf(value, style);
}

function isRecord(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}
