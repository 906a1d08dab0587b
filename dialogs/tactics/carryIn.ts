import type { CaseFacts } from '../../knowledge/powerFinder/facts';
import { policeFirstStepsContextSchema } from '../../machines/policeFirstSteps.machine';
import { socialCareFirstStepsContextSchema } from '../../machines/socialCareFirstSteps.machine';
import type { CarriedJourney } from '../flow';

/**
 * The facts the finder takes from the journey it was started from, only where that journey's answer
 * says the same thing: "looked after" covers s20 accommodation as well as a care order, so a yes is
 * not carried (the finder asks which), while a no means neither.
 */
export function carriedFacts(from: CarriedJourney): CaseFacts {
  if (from.flowId === 'police.firstSteps') {
    const parsed = policeFirstStepsContextSchema.safeParse(from.context);
    if (!parsed.success) return {};
    const c = parsed.data;
    const facts: CaseFacts = {};
    // Police protection may have been used after an immediate risk: then "not looked after" is not the whole story.
    if (c.lookedAfter === 'no' && c.immediateRisk !== 'yes') facts.legalStatus = 'none';
    if (c.trafficking !== undefined) facts.movement = c.trafficking;
    if (c.otherFlags.includes('eu')) facts.online = 'yes';
    if (c.otherFlags.includes('ga') || c.otherFlags.includes('ge')) facts.group = 'yes';
    return facts;
  }
  if (from.flowId === 'socialCare.firstSteps') {
    const parsed = socialCareFirstStepsContextSchema.safeParse(from.context);
    if (!parsed.success) return {};
    const c = parsed.data;
    const facts: CaseFacts = {};
    if (c.lookedAfter === 'no') facts.legalStatus = 'none';
    if (c.seventeenOrOver === 'yes') facts.age = 'seventeen';
    if (c.trafficking === 'yes' || c.trafficking === 'no') facts.movement = c.trafficking;
    return facts;
  }
  return {};
}
