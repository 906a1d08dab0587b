import { evaluateOptions, neededFacts, nextQuestion } from '../../knowledge/powerFinder/evaluate';
import type { CaseFacts } from '../../knowledge/powerFinder/facts';
import { base, noPlaces, scenarios } from './powerFinderScenarios';

/** The scenario table (./powerFinderScenarios.ts) against the rules, and which question comes next. */

describe('the Appendix I finder: scenarios', () => {
  it('has at least 40 scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
  });

  it.each(scenarios)('%s', (_name, facts, shown, notShown) => {
    const results = new Map(evaluateOptions(facts).map((r) => [r.rule.id, r.verdict]));
    for (const id of [...shown, ...notShown]) expect({ id, known: results.has(id) }).toEqual({ id, known: true });
    expect(shown.filter((id) => results.get(id) === 'doesNotFit')).toEqual([]);
    expect(notShown.filter((id) => results.get(id) !== 'doesNotFit')).toEqual([]);
  });

  it('never rules an option out on "not known" alone', () => {
    const unknown: CaseFacts = { age: 'notKnown', legalStatus: 'notKnown', suspect: 'notKnown', sexualAct: 'notKnown', foundWith: 'notKnown', hotel: 'notKnown', business: 'notKnown', residence: 'notKnown', vehicle: 'notKnown', online: 'notKnown', publicSpace: 'notKnown', movement: 'notKnown', group: 'notKnown' };
    expect(evaluateOptions(unknown).filter((r) => r.verdict === 'doesNotFit')).toEqual([]);
  });

  it('gives the s20 17-year-old both CAWN routes as not fitting, each with its reason, and what else to consider', () => {
    const results = evaluateOptions({ ...base, age: 'seventeen', legalStatus: 's20', foundWith: 'twiceOrMore' });
    const s2 = results.find((r) => r.rule.id === 'power.cawn');
    const s49 = results.find((r) => r.rule.id === 'power.cawn.s49');
    expect(s2?.reasons).toEqual(['cawnS2Age']);
    expect(s49?.reasons).toEqual(['cawnS49Care']);
    expect(s49?.rule.otherwise).toContain('tactic.offender.letter-of-concern');
  });
});

describe('the Appendix I finder: which question comes next', () => {
  it('starts with the age and ends when nothing left would change the result', () => {
    expect(nextQuestion({})).toBe('age');
    expect(nextQuestion({ ...base, age: 'under16', legalStatus: 'none' })).toBeUndefined();
  });

  it('skips the sexual act and found-with questions when no suspect is identified', () => {
    expect(nextQuestion({ age: 'under16', legalStatus: 'none', suspect: 'unidentified' })).toBe('circumstances');
  });

  it('skips found-with for a 17-year-old accommodated under s20, where no CAWN route is open', () => {
    expect(nextQuestion({ age: 'seventeen', legalStatus: 's20', suspect: 'identified', sexualAct: 'no' })).toBe('circumstances');
  });

  it('asks found-with for a 15-year-old with a named suspect', () => {
    expect(nextQuestion({ age: 'under16', legalStatus: 'none', suspect: 'identified', sexualAct: 'no' })).toBe('foundWith');
  });

  it('does not ask again what was carried in', () => {
    expect(nextQuestion({ legalStatus: 'none', movement: 'yes', online: 'yes' })).toBe('age');
    expect(nextQuestion({ age: 'under16', legalStatus: 'none', suspect: 'unidentified', ...noPlaces })).toBe('circumstances');
  });

  it('leaves off the circumstances card what no remaining option turns on', () => {
    // No named suspect: the gang injunction is out, so the group is not asked; movement still decides the NRM referral.
    expect([...neededFacts({ age: 'under16', legalStatus: 'none', suspect: 'unidentified', ...noPlaces })]).toEqual(['movement']);
    expect([...neededFacts({ age: 'under16', legalStatus: 'none', suspect: 'identified', sexualAct: 'no', foundWith: 'once' })].sort()).toEqual(
      ['business', 'group', 'hotel', 'movement', 'online', 'publicSpace', 'residence', 'vehicle'],
    );
  });
});
