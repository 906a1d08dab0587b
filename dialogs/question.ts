import type { ActionView, AnswerView, View } from '../cards/view';
import type { KnowledgeEntry } from '../knowledge/entry.schema';
import type { KnowledgeIndex } from '../knowledge/search';
import type { CardEvent } from './events.schema';
import { menuAction, noticeView } from './views';

/** A question in free text, answered only from the protocol's reviewed knowledge. */

const FACT_KEYS = ['whoApplies', 'whoAuthorises', 'threshold', 'duration', 'notification', 'breach', 'statute'] as const;
const MAX_RELATED = 3;

const open = (entry: KnowledgeEntry): ActionView => {
  const data: CardEvent = { event: 'entry.requested', entryId: entry.id };
  return { label: { key: 'answers:openEntry', values: { title: entry.title } }, data };
};

export function entryView(entry: KnowledgeEntry, index: KnowledgeIndex): AnswerView {
  const related = entry.related.flatMap((id) => {
    const r = index.byId(id);
    return r === undefined ? [] : [open(r)];
  });
  const facts = FACT_KEYS.flatMap((key) => {
    const value = entry.facts?.[key];
    return value === undefined ? [] : [{ label: { key: `answers:facts.${key}` }, value }];
  });
  return {
    kind: 'answer',
    title: entry.title,
    summary: entry.summary,
    body: entry.body,
    facts,
    citations: [{ section: entry.section, generalPractice: entry.generalPractice, changes: entry.since2017 }],
    related: related.slice(0, MAX_RELATED),
    actions: [menuAction()],
  };
}

export function answerQuestion(text: string, index: KnowledgeIndex): View[] {
  const result = index.search(text);
  const best = result.hits[0];
  if (!result.confident || best === undefined) {
    return [noticeView('notSure', 'info', [menuAction()], 2)];
  }
  return [entryView(best.entry, index)];
}

export function openEntry(entryId: string, index: KnowledgeIndex): View[] {
  const entry = index.byId(entryId);
  return entry === undefined ? [noticeView('entryGone', 'info', [menuAction()])] : [entryView(entry, index)];
}
