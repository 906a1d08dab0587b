import type { ActionView, View } from '../cards/view';
import type { FormOffer } from './flow';
import type { LiveJourney, ParkedJourney, TurnDeps, UnopenedDraft } from './turn';
import { noticeView } from './views';

/**
 * A summary's form offer pressed while the user has a saved draft of that form. A draft that opens is
 * offered to open, or to leave alone for a new one; one that can no longer be read (the store cannot
 * decrypt it, or it does not read as a journey) is said to be unreadable (its answers never come back),
 * with a fresh start or Delete. A draft is never filled over.
 */

/** The view that asks first, or undefined when there is no saved draft of the form to ask about. */
export function savedDraftView(live: LiveJourney, offer: FormOffer, opens: ParkedJourney | undefined, deps: TurnDeps): View | undefined {
  if (opens !== undefined) return draftExistsView(live, offer, opens, deps);
  const unreadable = (deps.unopenedDrafts ?? []).filter((d) => d.flowId === offer.formId).sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0];
  return unreadable === undefined ? undefined : draftUnreadableView(live, offer, unreadable, deps);
}

const formKeyOf = (offer: FormOffer, deps: TurnDeps): string => deps.catalogue.byId(offer.formId)?.titleKey ?? 'notices:drafts.unknownJourney';

/** Start the offered form afresh, whatever draft of it is saved; or carry on with the journey. */
function startNewAndCarryOn({ active }: LiveJourney, offer: FormOffer, startNewKey: string): [ActionView, ActionView] {
  const ref = { flowId: active.flowId, instanceId: active.instanceId, revision: active.revision };
  return [
    { label: { key: startNewKey }, data: { event: 'form.startRequested', ...ref, formId: offer.formId, asNew: true } },
    { label: { key: 'common:nav.carryOn' }, data: { event: 'flow.resumed', flowId: ref.flowId, instanceId: ref.instanceId } },
  ];
}

/** "You have a draft of this form": open it, start a new one filled in from this journey, or carry on here. */
function draftExistsView(live: LiveJourney, offer: FormOffer, draft: ParkedJourney, deps: TurnDeps): View {
  const [startNew, carryOn] = startNewAndCarryOn(live, offer, 'notices:formDraftExists.startNew');
  const view = noticeView('formDraftExists', 'info', [
    { label: { key: 'notices:formDraftExists.open' }, data: { event: 'draft.resumed', draftId: draft.draftId }, style: 'positive' },
    startNew,
    carryOn,
  ]);
  view.lines = [{ key: 'notices:formDraftExists.which', values: { formKey: formKeyOf(offer, deps), saved: draft.updatedAt.getTime() } }, { key: 'notices:formDraftExists.line1' }];
  return view;
}

/** "Your draft of this form can no longer be read": start a new one filled in from this journey, delete the old one (asked once), or carry on here. */
function draftUnreadableView(live: LiveJourney, offer: FormOffer, draft: UnopenedDraft, deps: TurnDeps): View {
  const [startNew, carryOn] = startNewAndCarryOn(live, offer, 'notices:formDraftUnreadable.startNew');
  const view = noticeView('formDraftUnreadable', 'info', [
    { ...startNew, style: 'positive' },
    { label: { key: 'notices:formDraftUnreadable.delete' }, data: { event: 'draft.deleteRequested', draftId: draft.draftId }, style: 'destructive' },
    carryOn,
  ]);
  view.lines = [{ key: 'notices:formDraftUnreadable.which', values: { formKey: formKeyOf(offer, deps), saved: draft.updatedAt.getTime() } }, { key: 'notices:formDraftUnreadable.line1' }];
  return view;
}
