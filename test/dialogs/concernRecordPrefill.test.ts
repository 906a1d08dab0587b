import { concernRecordOffer } from '../../dialogs/referral/concernRecordPrefill';

/** What the school and health journeys hand to the concern record's "What you saw or were told". Fictional. */

const journey = (notes: Record<string, string>) => ({ value: 'referringToMash', context: { asksImagery: true, checklist: 'safeguard', danger: 'no', areaIndex: 9, signs: {}, notes } });

describe("the concern record's account, from the journey", () => {
  it('is what the user typed first, as their own words under no area, then the areas\' notes under each area', () => {
    const start = concernRecordOffer.prefill(journey({ 'gangs-groups': 'Collected by an older man in a car' }), { openingNote: 'A pupil in year 9 is with older men at a house' });
    expect(start.answers?.whatHappened).toBe('A pupil in year 9 is with older men at a house\nGangs, groups, age gaps and crime: Collected by an older man in a car');
    expect(concernRecordOffer.takesOpeningNote).toBe(true);
  });

  it('is the areas\' notes alone when there is no opening note, and nothing when there are neither', () => {
    expect(concernRecordOffer.prefill(journey({ absence: 'Missed three afternoons' })).answers?.whatHappened).toBe('Absence, truancy and going missing: Missed three afternoons');
    expect(concernRecordOffer.prefill(journey({}), {}).answers).not.toHaveProperty('whatHappened');
  });
});
