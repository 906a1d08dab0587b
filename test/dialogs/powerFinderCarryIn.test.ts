import { carriedFacts } from '../../dialogs/tactics/carryIn';
import { powerFinderFlow } from '../../dialogs/tactics/powerFinder.flow';

/** What the finder takes from the journey it is started from: only what that journey's answers say. */
describe('facts carried into Powers and tactics', () => {
  it('takes not looked after, movement, online and group from the police journey', () => {
    const context = { immediateRisk: 'no', lookedAfter: 'no', trafficking: 'yes', otherFlags: ['eu', 'ge'] };
    expect(carriedFacts({ flowId: 'police.firstSteps', context })).toEqual({ legalStatus: 'none', movement: 'yes', online: 'yes', group: 'yes' });
  });

  it('does not carry "looked after": it may be a care order or s20, and that decides the CAWN route', () => {
    expect(carriedFacts({ flowId: 'police.firstSteps', context: { lookedAfter: 'yes', otherFlags: [] } })).toEqual({});
  });

  it('does not carry "not looked after" after an immediate risk, when police protection may have been used', () => {
    expect(carriedFacts({ flowId: 'police.firstSteps', context: { immediateRisk: 'yes', lookedAfter: 'no', otherFlags: [] } })).toEqual({});
  });

  it('takes 17 or over, not looked after and trafficking from the social care journey, but not "not sure"', () => {
    expect(carriedFacts({ flowId: 'socialCare.firstSteps', context: { lookedAfter: 'no', seventeenOrOver: 'yes', trafficking: 'notSure' } })).toEqual({ legalStatus: 'none', age: 'seventeen' });
  });

  it('takes nothing from another journey or a context that does not parse', () => {
    expect(carriedFacts({ flowId: 'situations.trafficking', context: { responder: 'firstResponder' } })).toEqual({});
    expect(carriedFacts({ flowId: 'police.firstSteps', context: { lookedAfter: 'perhaps' } })).toEqual({});
  });

  it('starts at the first question the carried facts leave open', () => {
    const journey = powerFinderFlow.start({ from: { flowId: 'socialCare.firstSteps', context: { lookedAfter: 'no', seventeenOrOver: 'yes' } } });
    expect(journey.value).toBe('askingSuspect');
    expect(journey.context).toEqual({ legalStatus: 'none', age: 'seventeen' });
  });
});
