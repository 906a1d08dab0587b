import { referralFirstStepsContextSchema } from '../../machines/referralFirstSteps.machine';
import { CHECKLISTS, itemTitle } from '../../knowledge/signChecklist';
import type { FlowStart, FormOffer, OfferContext, PersistedJourney } from '../flow';

/**
 * The concern record offered on the school and health journeys' summaries, filled in with what the
 * journey recorded: the signs (the protocol's words, with "seen or told" or "not sure"), what the user
 * typed before the journey (their own words, first, under no area's name) and the areas' notes, the
 * route shown and the danger answer. Nothing is scored; the user checks and changes all of it.
 */

const ROUTE_OF_STATE: Record<string, string> = {
  tellingSafeguardingLead: 'safeguardingLead',
  tellingSocialWorker: 'allocatedSocialWorker',
  referringToMash: 'mash',
};

const SIGN_WORDS = { seen: 'seen or told', notSure: 'not sure' } as const;
const LONG_TEXT_MAX = 4000;

function concernRecordPrefill(journey: PersistedJourney, offered: OfferContext = {}): FlowStart {
  const context = referralFirstStepsContextSchema.safeParse(journey.context);
  if (!context.success) return {};
  const { signs, notes, danger, checklist } = context.data;
  const areas = CHECKLISTS[checklist];
  const signLines = areas.flatMap((area) => area.itemIds.flatMap((id) => (signs[id] === undefined ? [] : [`${area.letter === undefined ? '' : `${area.letter}: `}${itemTitle(id)} (${SIGN_WORDS[signs[id]]})`])));
  const areaNotes = areas.flatMap((area) => (notes[area.id] === undefined ? [] : [`${area.heading}: ${notes[area.id] ?? ''}`]));
  const noteText = [...(offered.openingNote === undefined ? [] : [offered.openingNote]), ...areaNotes].join('\n');
  const route = ROUTE_OF_STATE[journey.value];
  const answers: Record<string, string> = {};
  if (signLines.length > 0) answers.signs = signLines.join('\n').slice(0, LONG_TEXT_MAX);
  if (noteText !== '') answers.whatHappened = noteText.slice(0, LONG_TEXT_MAX);
  if (danger !== undefined) answers.danger = danger;
  if (route !== undefined) answers.routeShown = route;
  const prefill: Record<string, string | string[]> = { signs: Object.keys(signs).sort() };
  if (danger !== undefined) prefill.danger = danger;
  if (route !== undefined) prefill.route = route;
  return { answers, prefill };
}

export const concernRecordOffer: FormOffer = { formId: 'form.concernRecord', label: { key: 'concernRecord:offer' }, prefill: concernRecordPrefill, takesOpeningNote: true };
