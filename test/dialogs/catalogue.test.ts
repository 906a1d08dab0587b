import { buildCatalogue, type CatalogueEntry } from '../../dialogs/catalogue';
import { CATALOGUE_ENTRIES } from '../../dialogs/catalogue.content';
import { ROLE_JOURNEY_IDS, SITUATION_JOURNEY_IDS } from '../../dialogs/journeyIds';
import { ROLE_IDS } from '../../dialogs/router';
import { catalogue } from '../support/catalogue';

describe('the catalogue of journeys and forms, built at wiring', () => {
  it('finds every listed flow by id, in list order', () => {
    expect(catalogue.flows.map((f) => f.id)).toEqual(CATALOGUE_ENTRIES.map((e) => e.flow.id));
    for (const flow of catalogue.flows) expect(catalogue.byId(flow.id)).toBe(flow);
    expect(catalogue.byId('nobody.journey')).toBeUndefined();
  });

  it('gives each role its first journey and lists the situations in menu order', () => {
    expect(Object.fromEntries(ROLE_IDS.map((role) => [role, catalogue.firstFlowOf(role)]))).toEqual({
      school: 'school.firstSteps',
      health: 'health.firstSteps',
      business: 'business.firstSteps',
      police: 'police.firstSteps',
      socialCare: 'socialCare.firstSteps',
    });
    expect(catalogue.situations).toEqual(['situations.missingReturned', 'situations.trafficking', 'tactics.powerFinder']);
  });

  it('names the journeys free text leads to exactly as the catalogue does', () => {
    for (const role of ROLE_IDS) expect(ROLE_JOURNEY_IDS[role]).toBe(catalogue.firstFlowOf(role));
    expect([...SITUATION_JOURNEY_IDS]).toEqual([...catalogue.situations]);
  });

  it('knows the role of a flow; a situation belongs to no role', () => {
    expect(catalogue.roleOf('police.firstSteps')).toBe('police');
    expect(catalogue.roleOf('situations.missingReturned')).toBeUndefined();
    expect(catalogue.roleOf('nobody.journey')).toBeUndefined();
  });

  it('takes a form as one more line, with its role', () => {
    const school = CATALOGUE_ENTRIES[0];
    if (school === undefined) throw new Error('empty content list');
    const form = { ...school.flow, id: 'forms.fictionalRecord' };
    const withForm = buildCatalogue([...CATALOGUE_ENTRIES, { kind: 'form', flow: form, role: 'school' }]);
    expect(withForm.forms).toEqual([...catalogue.forms, 'forms.fictionalRecord']);
    expect(withForm.byId('forms.fictionalRecord')).toBe(form);
    expect(withForm.roleOf('forms.fictionalRecord')).toBe('school');
    expect(catalogue.forms).toEqual(CATALOGUE_ENTRIES.filter((e) => e.kind === 'form').map((e) => e.flow.id));
  });

  // Which roles fill a form in is read from the journeys that offer it, not written beside the form a second time.
  it('lists the forms a role fills in from what its journeys offer, a situation journey counting for the roles that run it', () => {
    expect(Object.fromEntries(ROLE_IDS.map((role) => [role, catalogue.formsFilledInBy(role)]))).toEqual({
      school: ['form.concernRecord'],
      health: ['form.concernRecord'],
      business: ['form.makesafeReport'],
      police: ['form.maseInformation', 'form.policeClosingReport'],
      socialCare: ['form.outOfBoroughNotification', 'form.returnHomeInterview', 'form.maseInformation'],
    });
    expect(catalogue.formsFilledInBy(undefined)).toEqual(catalogue.forms);
    // Run by no role, the missing-and-returned journey's record is on no role's list but the unknown user's.
    const unrun = buildCatalogue(CATALOGUE_ENTRIES.map((e) => (e.kind === 'situation' ? { kind: 'situation', flow: e.flow } : e)));
    expect(unrun.formsFilledInBy('socialCare')).toEqual(['form.outOfBoroughNotification', 'form.maseInformation']);
    expect(unrun.formsFilledInBy('police')).toEqual(['form.policeClosingReport']);
  });

  it('names each form in words from the locale file: "start the return home interview" names its record', () => {
    expect(catalogue.formNamedIn('start the return home interview')).toBe('form.returnHomeInterview');
    expect(catalogue.formNamedIn('fill in the concern')).toBe('form.concernRecord');
    expect(catalogue.formNamedIn('start the journey')).toBeUndefined();
  });

  it('refuses a list with a repeated id or a role without exactly one first journey', () => {
    const [first, ...rest] = CATALOGUE_ENTRIES;
    if (first === undefined) throw new Error('empty content list');
    expect(() => buildCatalogue([...CATALOGUE_ENTRIES, first])).toThrow(/listed twice/);
    expect(() => buildCatalogue(rest)).toThrow(/no first journey for school/);
    const second: CatalogueEntry = { kind: 'roleJourney', role: 'health', flow: { ...first.flow, id: 'health.other' } };
    expect(() => buildCatalogue([...CATALOGUE_ENTRIES, second])).toThrow(/two first journeys/);
  });
});
