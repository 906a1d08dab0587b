import { formLogic } from '../../../dialogs/forms/formLogic';
import { makesafeReportForm } from '../../../dialogs/forms/makesafeReport.form';

/**
 * Issue 8, the ninth exploratory test: the Makesafe report's business changed hotel -> taxi -> hotel from check your
 * answers dropped "Kept the room as it was and let no one in" from what was done, without a word. An option no longer
 * offered (`optionsWhen`) is set aside with the form, as an answer to a question no longer asked is, and comes back
 * when it is offered again. Every name is fictional.
 */

const logic = formLogic(makesafeReportForm);
const PREMISES = { premisesName: 'The Fictional Lodge', area: 'Quirkfield' };
const HOTEL_ANSWERS = { premisesType: 'hotel', ...PREMISES, policeCalled: 'called101', actionsTaken: ['toldManager', 'keptRoom'] };

describe('an option no longer offered is set aside, not lost', () => {
  it('hotel -> taxi -> hotel brings "Kept the room as it was" back among what was done, with the other actions', () => {
    const taxi = logic.recordSettingAside(HOTEL_ANSWERS, 'premises', { premisesType: 'taxi', ...PREMISES }, undefined, {});
    expect(taxi.answers.actionsTaken).toEqual(['toldManager']);
    const hotel = logic.recordSettingAside(taxi.answers, 'premises', { premisesType: 'hotel', ...PREMISES }, undefined, taxi.setAside);
    expect(hotel.answers.actionsTaken).toEqual(['toldManager', 'keptRoom']);
    expect(hotel.setAside).toEqual({});
  });

  it('keeps it set aside when the page that asks it is sent while it is not offered, and brings it back after', () => {
    const taxi = logic.recordSettingAside(HOTEL_ANSWERS, 'premises', { premisesType: 'taxi', ...PREMISES }, undefined, {});
    const police = logic.recordSettingAside(taxi.answers, 'police', { policeCalled: 'called101', actionsTaken: ['toldManager', 'savedCctv'] }, undefined, taxi.setAside);
    expect(police.answers.actionsTaken).toEqual(['toldManager', 'savedCctv']);
    const hotel = logic.recordSettingAside(police.answers, 'premises', { premisesType: 'hotel', ...PREMISES }, undefined, police.setAside);
    expect(hotel.answers.actionsTaken).toEqual(['toldManager', 'savedCctv', 'keptRoom']);
  });

  it('does not bring it back once the page that offers it is sent without it', () => {
    const taxi = logic.recordSettingAside(HOTEL_ANSWERS, 'premises', { premisesType: 'taxi', ...PREMISES }, undefined, {});
    const hotel = logic.recordSettingAside(taxi.answers, 'premises', { premisesType: 'hotel', ...PREMISES }, undefined, taxi.setAside);
    const unticked = logic.recordSettingAside(hotel.answers, 'police', { policeCalled: 'called101', actionsTaken: ['toldManager'] }, undefined, hotel.setAside);
    expect(unticked.answers.actionsTaken).toEqual(['toldManager']);
    expect(unticked.setAside).toEqual({});
  });

  it('does not bring it back beside "Nothing yet" given while it was not offered', () => {
    const taxi = logic.recordSettingAside(HOTEL_ANSWERS, 'premises', { premisesType: 'taxi', ...PREMISES }, undefined, {});
    const police = logic.recordSettingAside(taxi.answers, 'police', { policeCalled: 'called101', actionsTaken: ['noneYet'] }, undefined, taxi.setAside);
    const hotel = logic.recordSettingAside(police.answers, 'premises', { premisesType: 'hotel', ...PREMISES }, undefined, police.setAside);
    expect(hotel.answers.actionsTaken).toEqual(['noneYet']);
  });
});
