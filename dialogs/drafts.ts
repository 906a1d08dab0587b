import type { ActionView, TextRef, View } from '../cards/view';
import type { ActiveFlow } from './conversationState.schema';
import type { CardEvent } from './events.schema';
import { canCarryOver, draftFacts, draftLines, toldApart, unopenedDraftLines } from './draftDescription';
import { loadJourney } from './loadJourney';
import { type ParkedJourney, same, type TurnDeps, type TurnOutcome, type UnopenedDraft } from './turn';
import { menuAction, noticeView, menuOf, welcomeView } from './views';

/**
 * "Your saved drafts": each draft by its journey's title and what identifies it without personal data
 * (dialogs/draftDescription.ts: the page it reached, the role, when it was saved and when it is deleted), to resume or
 * delete. Nothing the user typed, and no child's name, is shown here.
 */

const action = (label: TextRef, data: CardEvent, style?: ActionView['style']): ActionView =>
  style === undefined ? { label, data } : { label, data, style };

type Listed = { draft: UnopenedDraft; parked?: ParkedJourney };

/** Every saved draft of a flow still offered, newest first: those that read as a journey, and those that cannot be read. */
function listed(deps: TurnDeps): Listed[] {
  const all: Listed[] = [...deps.drafts.map((d) => ({ draft: d, parked: d })), ...(deps.unopenedDrafts ?? []).map((d) => ({ draft: d }))];
  return all.filter(({ draft }) => deps.catalogue.byId(draft.flowId) !== undefined).sort((a, b) => b.draft.updatedAt.getTime() - a.draft.updatedAt.getTime());
}

export function draftsView(deps: TurnDeps): View {
  const drafts = listed(deps);
  if (drafts.length === 0) return noticeView('noDrafts', 'info', [menuAction()]);
  const groups = toldApart(
    drafts.map(({ draft, parked }) => {
      const resumable = parked !== undefined && (loadJourney(parked.flow, deps.catalogue) !== undefined || canCarryOver(parked, deps));
      return {
        heading: { key: deps.catalogue.byId(draft.flowId)?.titleKey ?? 'notices:drafts.unknownJourney' },
        lines: parked === undefined ? unopenedDraftLines(draft, deps) : draftLines(parked, deps),
        ...(parked === undefined ? {} : { facts: draftFacts(parked, deps) }),
        actions: [
          ...(resumable ? [action({ key: 'notices:drafts.resume' }, { event: 'draft.resumed', draftId: draft.draftId }, 'positive')] : []),
          action({ key: 'notices:drafts.delete' }, { event: 'draft.deleteRequested', draftId: draft.draftId }, 'destructive'),
        ],
      };
    }),
  );
  return noticeView('drafts', 'info', [menuAction()], [{ key: 'notices:drafts.line1', values: { days: deps.draftTtlDays } }], { groups });
}

/** The saved draft with this id, whether it opens or not. */
const findDraft = (draftId: string, deps: TurnDeps): UnopenedDraft | undefined =>
  deps.drafts.find((d) => d.draftId === draftId) ?? deps.unopenedDrafts?.find((d) => d.draftId === draftId);

const draftGone = (state: TurnOutcome['state'], deps: TurnDeps): TurnOutcome => same(state, [noticeView('draftGone', 'info', []), draftsView(deps)]);

/** Asks once before a draft is deleted. */
export function askDeleteDraft(state: TurnOutcome['state'], draftId: string, deps: TurnDeps): TurnOutcome {
  const draft = findDraft(draftId, deps);
  const flow = draft === undefined ? undefined : deps.catalogue.byId(draft.flowId);
  if (draft === undefined || flow === undefined) return draftGone(state, deps);
  const view = noticeView('confirmDeleteDraft', 'warning', [
    action({ key: 'notices:confirmDeleteDraft.confirm' }, { event: 'draft.deleteConfirmed', draftId }, 'destructive'),
    action({ key: 'notices:confirmDeleteDraft.keep' }, { event: 'drafts.requested' }),
  ], [{ key: 'notices:confirmDeleteDraft.which', values: { journeyKey: flow.titleKey, saved: draft.updatedAt.getTime() } }, { key: 'notices:confirmDeleteDraft.line1' }]);
  return same(state, [view]);
}

/** Deletes a draft the user confirmed; one already gone (resumed, deleted or expired) is said so kindly. */
export function deleteDraft(state: TurnOutcome['state'], running: ActiveFlow | undefined, draftId: string, deps: TurnDeps): TurnOutcome {
  const draft = findDraft(draftId, deps);
  if (draft === undefined) return draftGone(state, deps);
  // A draft is parked under its journey instance's id (park in journeys.ts): one that cannot be read is named by that.
  const instanceId = deps.drafts.find((d) => d.draftId === draftId)?.flow.instanceId ?? draftId;
  const rest = { ...deps, drafts: deps.drafts.filter((d) => d.draftId !== draftId), unopenedDrafts: (deps.unopenedDrafts ?? []).filter((d) => d.draftId !== draftId) };
  const next = listed(rest).length > 0 ? draftsView(rest) : welcomeView(running, rest.drafts, deps.catalogue, menuOf(rest));
  return {
    state,
    changed: false,
    views: [noticeView('draftDeleted', 'info', []), next],
    effects: [{ type: 'draft.remove', draftId }, { type: 'audit', action: 'draft.deleted', subject: instanceId }],
  };
}
