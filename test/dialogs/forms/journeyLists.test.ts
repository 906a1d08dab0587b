import { MAKESAFE_SECTORS, MAKESAFE_SIGNS, signsOfSector } from '../../../knowledge/makesafeSigns';
import { livingSituationAnswerSchema, preventionInterviewAnswerSchema } from '../../../machines/missingReturned.machine';
import { childPresentAnswerSchema } from '../../../machines/makesafeFirstSteps.machine';
import { makesafeChildPresent, makesafePremisesTypes, makesafeSignLists, signOptionValue } from '../../../dialogs/forms/options/makesafeReport.options';
import { returnInterviewLivingSituations, returnInterviewPreventionInterview } from '../../../dialogs/forms/options/returnHomeInterview.options';
import { strictT } from '../../support/i18n';

/**
 * The forms a journey offers are pre-filled from its answers, so their lists must hold the
 * journey's values; and a sign's label in a form is the sign's reviewed text, word for word.
 */

const OPTIONS_NS = 'forms';

describe('the lists the journeys pre-fill', () => {
  it('the Makesafe report offers every sector of the Makesafe journey as a type of business', () => {
    expect([...makesafePremisesTypes.values]).toEqual([...MAKESAFE_SECTORS]);
  });

  it("the Makesafe report's child-present list holds the journey's answers", () => {
    expect([...makesafeChildPresent.values].sort()).toEqual([...childPresentAnswerSchema.options].sort());
  });

  it.each(MAKESAFE_SECTORS.map((sector) => [sector]))("the %s sign list is the journey's sign list for that sector, in its order", (sector) => {
    expect(makesafeSignLists[sector].values).toEqual(signsOfSector(sector).map((sign) => signOptionValue(sign.id)));
  });

  it('sign values are unique and hold no dot (they are part of an i18n key)', () => {
    const values = MAKESAFE_SIGNS.map((sign) => signOptionValue(sign.id));
    expect(new Set(values).size).toBe(values.length);
    expect(values.filter((value) => value.includes('.'))).toEqual([]);
  });

  it("the return home interview record holds the missing-and-returned journey's answers", () => {
    expect([...returnInterviewLivingSituations.values].sort()).toEqual([...livingSituationAnswerSchema.options].sort());
    expect([...returnInterviewPreventionInterview.values].sort()).toEqual([...preventionInterviewAnswerSchema.options].sort());
  });
});

describe('sign labels', () => {
  it.each(MAKESAFE_SECTORS.map((sector) => [sector]))("every %s sign's label is the sign's text in knowledge/makesafeSigns.ts", async (sector) => {
    const t = await strictT();
    const list = makesafeSignLists[sector];
    const labels = signsOfSector(sector).map((sign) => t(`${OPTIONS_NS}:options.${list.id}.${signOptionValue(sign.id)}`));
    expect(labels).toEqual(signsOfSector(sector).map((sign) => sign.text));
  });
});
