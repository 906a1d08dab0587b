import { askDeleteDraft, draftsView } from '../../dialogs/drafts';
import { newConversationState } from '../../dialogs/conversationState.schema';
import type { ParkedJourney, TurnDeps } from '../../dialogs/turn';
import { testTurnDeps } from '../support/turnDeps';
import notices from '../../bot/i18n/locales/en-GB/notices.json';
import { renderView } from '../../cards/render';
import { URGENT_AUDIENCES, type Translate, type View } from '../../cards/view';
import { escapeMarkdown } from '../../cards/fragments';
import { catalogue } from '../support/catalogue';
import { entryView } from '../../dialogs/question';
import { noticeView, urgentView, welcomeView } from '../../dialogs/views';
import { allEntries } from '../../knowledge/entries';
import { CONTACTS_OF_ENTRY } from '../../knowledge/localContacts';
import { createKnowledgeIndex } from '../../knowledge/search';
import { cardProblems } from '../support/adaptiveCards';
import { strictT } from '../support/i18n';

/** Every card the bot can send outside a journey parses as Adaptive Cards 1.5, fully translated. */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const active = { flowId: 'school.firstSteps', machineVersion: 1, instanceId: 'i-1', revision: 2, snapshot: catalogue.flows[0]?.start() ?? {}, history: [] };
const draft = { draftId: 'd-1', flowId: 'police.firstSteps', flow: { ...active, flowId: 'police.firstSteps' }, updatedAt: new Date('2026-03-01T09:30:00Z'), expiresAt: new Date('2026-03-29T09:30:00Z') };
const resumable = { ...draft, draftId: 'd-2', flowId: 'school.firstSteps', flow: { ...active, machineVersion: catalogue.byId('school.firstSteps')?.version ?? 0 } };
const turnDeps = (drafts: ParkedJourney[]): TurnDeps => testTurnDeps(drafts, { now: new Date('2026-03-02T10:00:00Z'), newId: () => 'i-2' });

describe('cards', () => {
  it.each<[string, View]>([
    ['welcome', welcomeView(undefined, [], catalogue)],
    ['welcome with a journey to carry on and one saved', welcomeView(active, [draft], catalogue)],
    ['saved drafts, one that resumes and one that no longer does', draftsView(turnDeps([resumable, draft]))],
    ['no saved drafts', draftsView(turnDeps([]))],
    ['a draft to delete, asked once', askDeleteDraft(newConversationState(), 'd-2', turnDeps([resumable])).views[0] ?? noticeView('draftGone', 'info', [])],
    ...URGENT_AUDIENCES.flatMap((audience): Array<[string, View]> => [
      [`urgent for ${audience}`, urgentView(undefined, { audience })],
      [`urgent for ${audience} during a journey`, urgentView(active, { audience })],
    ]),
  ])('%s is valid', (_name, view) => {
    expect(cardProblems(renderView(view, t))).toEqual([]);
  });

  it('the welcome card says what the assistant is, what it is not, 999 first, the edition, and a menu by role', () => {
    const text = JSON.stringify(renderView(welcomeView(undefined, [], catalogue), t));
    expect(text.indexOf('If a child is in danger now, call 999.')).toBeLessThan(text.indexOf(t('welcome:title')));
    for (const phrase of [ 'I do not replace calling the police', '3rd edition (2017)', 'replaced in 2021', 'School or college', 'Health', 'Business (Operation Makesafe)', 'Police officer', 'Social care, MASH or MASE', 'Ask a question']) {
      expect(text).toContain(phrase);
    }
  });

  it.each(Object.entries(notices).map(([name, lines]) => [name, Object.keys(lines).filter((k) => k.startsWith('line')).length] as const))(
    'notice %s is valid',
    (name, lineCount) => {
      const view = noticeView(name, 'info', [], lineCount);
      view.lines = view.lines.map((l) => ({ ...l, values: { days: 28, reference: 'abc123', typed: 5000, limit: 4000 } }));
      // A title may name what it asks about ("Remove Victim 2?").
      view.title = { ...view.title, refs: { item: { key: 'maseInformation:groups.victims.item', values: { n: 2 } } } };
      expect(cardProblems(renderView(view, t))).toEqual([]);
      // Every notice is a reply that is not a confident answer: 999 comes first on it.
      expect(JSON.stringify(renderView(view, t).body[0])).toContain(t('urgent:safetyLine'));
    },
  );

  it('every knowledge entry renders as a valid answer card', () => {
    const index = createKnowledgeIndex(allEntries);
    for (const [i, entry] of allEntries.entries()) {
      // As opened by its button, and as the answer to a typed question, with the search's next entries beneath it.
      for (const next of [[], allEntries.slice(i + 1, i + 6)]) {
        for (const facts of [{ contacts: {} }, { contacts: { mash: { label: 'Fictional Borough MASH', phone: '020 0000 0000' }, maseCoordinator: { label: 'Fictional MASE coordinator' } } }]) {
          expect({ id: entry.id, problems: cardProblems(renderView(entryView(entry, index, facts, next), t)) }).toEqual({ id: entry.id, problems: [] });
        }
      }
    }
  });
});

describe('escaping what users and deployments supply', () => {
  it.each([
    ['**bold** and [link](http://x)', '\\*\\*bold\\*\\* and \\[link\\](http://x)'],
    ['- a list', '\\- a list'],
    ['1. first', '1\\. first'],
    ['020 7946 0000 (24h)', '020 7946 0000 (24h)'],
    ['_under_ `code` #h', '\\_under\\_ \\`code\\` \\#h'],
  ])('%s', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('local contacts in answers', () => {
  it('every entry named for local contacts exists', () => {
    const ids = new Set(allEntries.map((e) => e.id));
    expect(Object.keys(CONTACTS_OF_ENTRY).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('shows the configured MASH, and otherwise says to use local procedures, never a 2017 number', () => {
    const index = createKnowledgeIndex(allEntries);
    const entry = index.byId('section.6.mash-and-cse');
    if (entry === undefined) throw new Error('missing entry');
    const configured = JSON.stringify(renderView(entryView(entry, index, { contacts: { mash: { label: 'Fictional Borough MASH', phone: '020 0000 0000' } } }), t));
    expect(configured).toContain('Fictional Borough MASH');
    const unconfigured = JSON.stringify(renderView(entryView(entry, index, { contacts: {} }), t));
    expect(unconfigured).toContain('Use your local procedures');
  });
});
