import type { ActionView, NoticeView, TextRef, View } from '../cards/view';
import type { ActiveFlow } from './conversationState.schema';
import type { CardEvent } from './events.schema';
import { carriedForward } from './carryOver';
import { loadJourney } from './journeys';
import type { ParkedJourney, TurnDeps, TurnOutcome } from './turn';
import { menuAction, noticeView, menuOf, welcomeView } from './views';

/**
 * "Your saved drafts": each draft by its journey's title and what identifies it without personal data
 * (the page it reached, the role, when it was saved and when it is deleted), to resume or delete.
 * Nothing the user typed, and no child's name, is shown here.
 */

const action = (label: TextRef, data: CardEvent, style?: ActionView['style']): ActionView =>
  style === undefined ? { label, data } : { label, data, style };

const same = (state: TurnOutcome['state'], views: View[]): TurnOutcome => ({ state, changed: false, views, effects: [] });

/** What tells a draft apart: the page it reached, a form's describing answer, the role, and its dates. */
function describe(draft: ParkedJourney, deps: TurnDeps): TextRef[] {
  const live = loadJourney(draft.flow, deps.catalogue);
  const role = deps.catalogue.roleOf(draft.flowId);
  const lines: TextRef[] = live === undefined
    ? [{ key: canCarryOver(draft, deps) ? (deps.catalogue.forms.includes(draft.flowId) ? 'notices:drafts.formChanged' : 'notices:drafts.journeyChanged') : 'notices:drafts.cannotResume' }]
    : [{ key: 'notices:drafts.reached', values: { step: draft.flow.history.length + 1 } }, live.flow.view(live.journey, deps.facts).title];
  const described = live?.flow.describe?.(live.journey);
  if (described !== undefined) lines.push(described);
  if (role !== undefined) lines.push({ key: 'notices:drafts.role', values: { roleKey: `welcome:role.${role}` } });
  lines.push({ key: 'notices:drafts.saved', values: { at: draft.updatedAt.getTime() } });
  lines.push({ key: 'notices:drafts.expires', values: { at: draft.expiresAt.getTime() } });
  return lines;
}

/** A draft of a journey or form changed since it was saved: resumed where its answers lead now (carryOver.ts). */
function canCarryOver(draft: ParkedJourney, deps: TurnDeps): boolean {
  return carriedForward(draft.flow, deps.catalogue) !== undefined;
}

export function draftsView(deps: TurnDeps): View {
  const drafts = [...deps.drafts].filter((d) => deps.catalogue.byId(d.flowId) !== undefined).sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
  if (drafts.length === 0) return noticeView('noDrafts', 'info', [menuAction()]);
  const view: NoticeView = noticeView('drafts', 'info', [menuAction()]);
  view.lines = [{ key: 'notices:drafts.line1', values: { days: deps.draftTtlDays } }];
  view.groups = drafts.map((draft) => {
    const resumable = loadJourney(draft.flow, deps.catalogue) !== undefined || canCarryOver(draft, deps);
    return {
      heading: { key: deps.catalogue.byId(draft.flowId)?.titleKey ?? 'notices:drafts.unknownJourney' },
      lines: describe(draft, deps),
      actions: [
        ...(resumable ? [action({ key: 'notices:drafts.resume' }, { event: 'draft.resumed', draftId: draft.draftId }, 'positive')] : []),
        action({ key: 'notices:drafts.delete' }, { event: 'draft.deleteRequested', draftId: draft.draftId }, 'destructive'),
      ],
    };
  });
  return view;
}

const draftGone = (state: TurnOutcome['state'], deps: TurnDeps): TurnOutcome => same(state, [noticeView('draftGone', 'info', []), draftsView(deps)]);

/** Asks once before a draft is deleted. */
export function askDeleteDraft(state: TurnOutcome['state'], draftId: string, deps: TurnDeps): TurnOutcome {
  const draft = deps.drafts.find((d) => d.draftId === draftId);
  const flow = draft === undefined ? undefined : deps.catalogue.byId(draft.flowId);
  if (draft === undefined || flow === undefined) return draftGone(state, deps);
  const view = noticeView('confirmDeleteDraft', 'warning', [
    action({ key: 'notices:confirmDeleteDraft.confirm' }, { event: 'draft.deleteConfirmed', draftId }, 'destructive'),
    action({ key: 'notices:confirmDeleteDraft.keep' }, { event: 'drafts.requested' }),
  ]);
  view.lines = [{ key: 'notices:confirmDeleteDraft.which', values: { journeyKey: flow.titleKey, saved: draft.updatedAt.getTime() } }, { key: 'notices:confirmDeleteDraft.line1' }];
  return same(state, [view]);
}

/** Deletes a draft the user confirmed; one already gone (resumed, deleted or expired) is said so kindly. */
export function deleteDraft(state: TurnOutcome['state'], running: ActiveFlow | undefined, draftId: string, deps: TurnDeps): TurnOutcome {
  const draft = deps.drafts.find((d) => d.draftId === draftId);
  if (draft === undefined) return draftGone(state, deps);
  const rest = { ...deps, drafts: deps.drafts.filter((d) => d.draftId !== draftId) };
  const next = rest.drafts.length > 0 ? draftsView(rest) : welcomeView(running, rest.drafts, deps.catalogue, menuOf(deps));
  return {
    state,
    changed: false,
    views: [noticeView('draftDeleted', 'info', []), next],
    effects: [{ type: 'draft.remove', draftId }, { type: 'audit', action: 'draft.deleted', subject: draft.flow.instanceId }],
  };
}
