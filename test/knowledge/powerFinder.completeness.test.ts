import { allEntries } from '../../knowledge/entries/index';
import { FACT_IDS } from '../../knowledge/powerFinder/facts';
import { ELIGIBILITY_RULES } from '../../knowledge/powerFinder/rules';
import fixtureJson from './fixtures/appendix-i.json';

/** Every Appendix I power and tactic has a rule in the finder, or is always worth considering (a rule with no requirements). */

const fixtureIds = new Set((fixtureJson as { items: Array<{ ids: string[] }> }).items.flatMap((i) => i.ids));
const entries = new Map(allEntries.map((e) => [e.id, e]));
const options = [...fixtureIds].filter((id) => entries.get(id)?.kind === 'power' || entries.get(id)?.kind === 'tactic');

describe('the Appendix I finder: completeness', () => {
  it('covers every power and tactic of Appendix I with a rule', () => {
    const ruled = new Set(ELIGIBILITY_RULES.map((r) => r.entryId));
    expect(options.filter((id) => !ruled.has(id))).toEqual([]);
    expect(options.length).toBeGreaterThan(60);
  });

  it('points every rule at an existing power or tactic entry, once per route', () => {
    const ids = ELIGIBILITY_RULES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ELIGIBILITY_RULES.filter((r) => !['power', 'tactic'].includes(entries.get(r.entryId)?.kind ?? '')).map((r) => r.id)).toEqual([]);
    for (const id of [...ELIGIBILITY_RULES.flatMap((r) => r.otherwise ?? [])]) expect(entries.has(id)).toBe(true);
  });

  it('cites a basis for every rule and names only known facts', () => {
    for (const rule of ELIGIBILITY_RULES) {
      expect(rule.basis.length).toBeGreaterThan(10);
      for (const r of rule.requires) for (const fact of Object.keys(r.any)) expect(FACT_IDS).toContain(fact);
    }
  });
});
