import type { FlowCatalogue } from './catalogue';
import type { ActionView, AnswerView, View } from '../cards/view';
import type { KnowledgeEntry } from '../knowledge/entry.schema';
import { contactsOfEntry } from '../knowledge/localContacts';
import type { KnowledgeIndex, SearchContext, SearchResult } from '../knowledge/search';
import { localContacts } from './contacts';
import type { DeploymentFacts } from './flow';
import type { Answered } from './turn';
import type { CardEvent } from './events.schema';
import { menuAction, noticeView, roleMenu } from './views';

/** A question in free text, answered only from the protocol's reviewed knowledge. */

const FACT_KEYS = ['whoApplies', 'whoAuthorises', 'threshold', 'duration', 'notification', 'breach', 'statute'] as const;
const MAX_RELATED = 3;
/** How many of the nearest entries an uncertain reply offers. */
const MAX_NEAREST = 3;

const open = (entry: KnowledgeEntry): ActionView => {
  const data: CardEvent = { event: 'entry.requested', entryId: entry.id };
  return { label: { key: 'answers:openEntry', values: { title: entry.title } }, data };
};

export function entryView(entry: KnowledgeEntry, index: KnowledgeIndex, facts: DeploymentFacts): AnswerView {
  const related = entry.related.flatMap((id) => {
    const r = index.byId(id);
    return r === undefined ? [] : [open(r)];
  });
  const powerFacts = FACT_KEYS.flatMap((key) => {
    const value = entry.facts?.[key];
    return value === undefined ? [] : [{ label: { key: `answers:facts.${key}` }, value }];
  });
  const keys = contactsOfEntry(entry.id);
  const view: AnswerView = {
    kind: 'answer',
    title: entry.title,
    summary: entry.summary,
    body: entry.body,
    facts: powerFacts,
    citations: [{ section: entry.section, generalPractice: entry.generalPractice, changes: entry.since2017 }],
    related: related.slice(0, MAX_RELATED),
    actions: [menuAction()],
  };
  if (keys.length > 0) {
    const { contacts, contactsMissing } = localContacts(facts, [...keys]);
    view.contacts = contacts;
    if (contactsMissing !== undefined) view.contactsMissing = contactsMissing;
  }
  return view;
}

/**
 * "Not sure", usefully: it says so, offers the nearest entries as what they are (the nearest, not an
 * answer) so one press opens the right one, and the role menu for a guided start.
 */
export function notSureView(result: SearchResult, catalogue: FlowCatalogue): View {
  const view = noticeView('notSure', 'info', [menuAction()], 2);
  const nearest = result.hits.slice(0, MAX_NEAREST).map((h) => open(h.entry));
  view.groups = [
    ...(nearest.length > 0 ? [{ heading: { key: 'notices:notSure.nearest' }, actions: nearest }] : []),
    { heading: { key: 'notices:notSure.roles' }, actions: roleMenu(catalogue) },
  ];
  return view;
}

export function answerQuestion(text: string, index: KnowledgeIndex, facts: DeploymentFacts, catalogue: FlowCatalogue, context: SearchContext = {}): Answered {
  const result = index.search(text, context);
  const best = result.hits[0];
  if (!result.confident || best === undefined) return { confident: false, views: [notSureView(result, catalogue)] };
  return { confident: true, views: [entryView(best.entry, index, facts)] };
}

export function openEntry(entryId: string, index: KnowledgeIndex, facts: DeploymentFacts): View[] {
  const entry = index.byId(entryId);
  return entry === undefined ? [noticeView('entryGone', 'info', [menuAction()])] : [entryView(entry, index, facts)];
}
