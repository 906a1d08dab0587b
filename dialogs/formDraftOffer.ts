import type { ActionView, NoticeView, TextRef, View } from '../cards/view';
import { draftFacts, draftLines, draftProgress, toldApart } from './draftDescription';
import type { FormOffer } from './flow';
import type { LiveJourney, ParkedJourney, TurnDeps, UnopenedDraft } from './turn';
import { menuAction, noticeView } from './views';

/**
 * A summary's form offer pressed while the user has a saved draft of that form. A draft that opens is
 * offered to open, or to leave alone for a new one. One that does not open is said to be so, with a fresh
 * start or Delete and no Open: one the store can no longer read (it cannot decrypt it, or it does not read
 * as a journey) in those words, one saved by an older version this version cannot carry over in its own.
 * A draft is never filled over.
 */

/** The words of a saved draft that does not open: why it cannot be opened. */
type ClosedDraftNotice = 'formDraftUnreadable' | 'formDraftCannotOpen';

const newestFirst = (a: { updatedAt: Date }, b: { updatedAt: Date }): number => b.updatedAt.getTime() - a.updatedAt.getTime();

/**
 * The view that asks first, or undefined when there is no saved draft of the form to ask about. `opens`
 * says whether Resume opens a draft that reads as a journey (as it was, or carried over). Drafts that
 * open are asked about before any that does not: each of them, newest first (issue 8: only the newest was). Of
 * those that do not open, the newest is named, the others stay listed in Your saved drafts.
 */
export function savedDraftView(live: LiveJourney, offer: FormOffer, opens: (draft: ParkedJourney) => boolean, deps: TurnDeps): View | undefined {
  const ofForm = deps.drafts.filter((d) => d.flowId === offer.formId).sort(newestFirst);
  const opening = ofForm.filter(opens);
  const [only] = opening;
  if (opening.length > 1) return draftsExistView(live, offer, opening, deps);
  if (only !== undefined) return draftExistsView(live, offer, only, deps);
  const closed: Array<{ updatedAt: Date; draft: UnopenedDraft; notice: ClosedDraftNotice }> = [
    ...ofForm.map((draft) => ({ updatedAt: draft.updatedAt, draft, notice: 'formDraftCannotOpen' as const })),
    ...(deps.unopenedDrafts ?? []).filter((d) => d.flowId === offer.formId).map((draft) => ({ updatedAt: draft.updatedAt, draft, notice: 'formDraftUnreadable' as const })),
  ];
  const newest = closed.sort(newestFirst)[0];
  return newest === undefined ? undefined : draftClosedView(live, offer, newest.draft, newest.notice, deps);
}

const formKeyOf = (formId: string, deps: TurnDeps): string => deps.catalogue.byId(formId)?.titleKey ?? 'notices:drafts.unknownJourney';

/** Which saved draft: its form and when it was saved ("Police closing report, saved 3 Dec 2026, 09:00"), in `notices:<notice>.which`'s words. */
const whichDraft = (formKey: string, draft: { updatedAt: Date }, notice = 'formDraftExists'): TextRef => ({ key: `notices:${notice}.which`, values: { formKey, saved: draft.updatedAt.getTime() } });

/**
 * A notice about one saved draft of a form, in `notices:<notice>`'s words: which draft, how far it got when it opens (as
 * Your saved drafts says: dialogs/draftDescription.ts), what can be done, and the buttons for it.
 */
function draftNoticeView(notice: string, formKey: string, draft: { updatedAt: Date }, actions: ActionView[], progress: TextRef[] = [], line1Key = `notices:${notice}.line1`): View {
  return noticeView(notice, 'info', actions, [whichDraft(formKey, draft, notice), ...progress, { key: line1Key }]);
}

/** Several saved drafts of a form, each under the words Your saved drafts describes it in, told apart, with its Open. */
function draftGroups(formKey: string, drafts: ParkedJourney[], deps: TurnDeps): NonNullable<NoticeView['groups']> {
  return toldApart(drafts.map((draft) => ({ heading: { key: formKey }, lines: draftLines(draft, deps), facts: draftFacts(draft, deps), actions: [openAction(draft, 'notices:formDraftsExist.open')] })));
}

const openAction = (draft: ParkedJourney, key = 'notices:formDraftExists.open'): ActionView => ({ label: { key }, data: { event: 'draft.resumed', draftId: draft.draftId }, style: 'positive' });

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
  return draftNoticeView('formDraftExists', formKeyOf(offer.formId, deps), draft, [openAction(draft), startNew, carryOn], draftProgress(draft, deps));
}

/** "You already have drafts of this form": open any of them, start a new one filled in from this journey, or carry on here. */
function draftsExistView(live: LiveJourney, offer: FormOffer, drafts: ParkedJourney[], deps: TurnDeps): View {
  const [startNew, carryOn] = startNewAndCarryOn(live, offer, 'notices:formDraftExists.startNew');
  const groups = draftGroups(formKeyOf(offer.formId, deps), drafts, deps);
  return noticeView('formDraftsExist', 'info', [startNew, carryOn], [{ key: 'notices:formDraftsExist.fromJourneyLine1' }], { groups });
}

/**
 * "Your draft of this form can no longer be read" or "…was saved by an older version and cannot be opened":
 * start a new one filled in from this journey, delete the old one (asked once), or carry on here.
 */
function draftClosedView(live: LiveJourney, offer: FormOffer, draft: UnopenedDraft, notice: ClosedDraftNotice, deps: TurnDeps): View {
  const [startNew, carryOn] = startNewAndCarryOn(live, offer, `notices:${notice}.startNew`);
  return draftNoticeView(notice, formKeyOf(offer.formId, deps), draft, [
    { ...startNew, style: 'positive' },
    { label: { key: `notices:${notice}.delete` }, data: { event: 'draft.deleteRequested', draftId: draft.draftId }, style: 'destructive' },
    carryOn,
  ]);
}

/**
 * A form started in words ("start the return home interview") while drafts of it are saved: open one, or start a new,
 * blank one; never a second blank one without asking. With several, each is offered, newest first, described and told
 * apart as the saved drafts card lists them (issue 8: only the newest was; then two read alike). Undefined when no
 * draft of it is saved.
 */
export function typedStartDraftView(formId: string, deps: TurnDeps): View | undefined {
  const drafts = deps.drafts.filter((d) => d.flowId === formId).sort(newestFirst);
  const [newest] = drafts;
  if (newest === undefined) return undefined;
  const formKey = formKeyOf(formId, deps);
  const startNew: ActionView = { label: { key: 'notices:formDraftExists.startNew' }, data: { event: 'flow.startRequested', flowId: formId } };
  if (drafts.length === 1) return draftNoticeView('formDraftExists', formKey, newest, [openAction(newest), startNew, menuAction()], draftProgress(newest, deps), 'notices:formDraftExists.typedLine1');
  return noticeView('formDraftsExist', 'info', [startNew, menuAction()], 1, { groups: draftGroups(formKey, drafts, deps) });
}
