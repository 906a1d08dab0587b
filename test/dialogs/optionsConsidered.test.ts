import type { Translate } from '../../cards/view';
import { FORM_FLOWS } from '../../dialogs/forms';
import { OPTIONS_CONSIDERED_MAX, optionsConsideredSummary } from '../../dialogs/tactics/optionsConsidered';
import { entryOf } from '../../dialogs/tactics/powerFinder.views';
import { evaluateOptions } from '../../knowledge/powerFinder/evaluate';
import { FACT_IDS, type CaseFacts } from '../../knowledge/powerFinder/facts';
import { scenarios } from '../knowledge/powerFinderScenarios';
import { strictT } from '../support/i18n';

/** The finder's result as the "options considered" answer: short enough for a long answer, every option shown named, never a promise. */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const allNotKnown = Object.fromEntries(FACT_IDS.map((f) => [f, 'notKnown'])) as CaseFacts;
const everythingYes: CaseFacts = { age: 'under16', legalStatus: 'careOrder', suspect: 'convicted', sexualAct: 'yes', foundWith: 'twiceOrMore', hotel: 'yes', business: 'yes', residence: 'yes', vehicle: 'yes', online: 'yes', publicSpace: 'yes', movement: 'yes', group: 'yes' };
const cases: Array<[string, CaseFacts]> = [...scenarios.map(([name, facts]) => [name, facts] as [string, CaseFacts]), ['every fact not known', allNotKnown], ['every circumstance yes, a convicted suspect', everythingYes], ['nothing answered yet', {}]];

describe('the options considered, for every scenario of the finder', () => {
  it('covers the 42 scenarios of the table, and more', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(42);
  });

  it.each(cases)('%s: fits a long answer and names every option that fits or may fit', (_name, facts) => {
    const summary = optionsConsideredSummary(facts, t);
    expect(summary.length).toBeLessThanOrEqual(OPTIONS_CONSIDERED_MAX);
    const shown = evaluateOptions(facts).filter((r) => r.rule.requires.length > 0 && r.verdict !== 'doesNotFit');
    for (const result of shown) expect({ option: result.rule.id, named: summary.includes(entryOf(result.rule.entryId).title) }).toEqual({ option: result.rule.id, named: true });
    expect(summary).not.toContain('more lines');
  });

  it.each(cases)('%s: says options to consider, never that an order will be granted', (_name, facts) => {
    const summary = optionsConsideredSummary(facts, t);
    expect(summary.startsWith("Options to consider from the protocol's Appendix I")).toBe(true);
    expect(summary).toContain("a threshold is the officer's judgement");
    expect(summary).not.toMatch(/will be (granted|made|issued|approved)|guarantee|is entitled|must be granted/i);
  });
});

describe('the lines of the summary', () => {
  const fifteen: CaseFacts = { age: 'under16', legalStatus: 'none', suspect: 'identified', sexualAct: 'no', foundWith: 'twiceOrMore', hotel: 'yes', business: 'no', residence: 'no', vehicle: 'no', online: 'no', publicSpace: 'no', movement: 'no', group: 'no' };

  it('gives each option its name, its legal source and its standing as answered', () => {
    const lines = optionsConsideredSummary(fifteen, t).split('\n');
    expect(lines).toContain('- Care Order (s31 Children Act 1989): conditions met as answered');
    expect(lines).toContain('- Child Abduction Warning Notice (CAWN, formerly Harbourer’s Warning) (Child Abduction Act 1984, s2): conditions met as answered');
    expect(lines).toContain('- MPS Letter of Concern (Appendix I): conditions met as answered');
    expect(lines).toContain('- Hotel notice (ss116–118 ASB, Crime and Policing Act 2014): conditions met as answered');
    expect(lines).toContain('For the child:');
    expect(lines).toContain('For the suspect:');
    expect(lines).toContain('For places:');
  });

  it('says what is still to check, and why an option is not open', () => {
    const lines = optionsConsideredSummary({ ...fifteen, sexualAct: 'notKnown', suspect: 'identified' }, t).split('\n');
    expect(lines).toContain('- Sexual Risk Order (SRO) (Anti-social Behaviour, Crime and Policing Act 2014, s113): to check: an act of a sexual nature');
    const onlineOnly: CaseFacts = { age: 'under16', legalStatus: 'none', suspect: 'unidentified', hotel: 'no', business: 'no', residence: 'no', vehicle: 'no', online: 'yes', publicSpace: 'no', movement: 'no', group: 'no' };
    // With room for them (never at 4,000 characters in the scenarios), those not open get a line each.
    const unidentified = optionsConsideredSummary(onlineOnly, t, 20_000).split('\n');
    expect(unidentified).toContain('- MPS Letter of Concern (Appendix I): not open as answered: no named suspect');
    expect(unidentified).toContain('- Hotel notice (ss116–118 ASB, Crime and Policing Act 2014): not open as answered: no hotel or B&B');
  });

  it('names the options always worth considering, or counts them when room is short, and counts those not open', () => {
    expect(optionsConsideredSummary(fifteen, t)).toContain('- Always worth considering (Appendix I): Briefing sheets; Government Agency Intelligence Network (GAIN).');
    expect(optionsConsideredSummary(allNotKnown, t)).toContain('Also always worth considering: 20 options Appendix I lists for every case (see the finder).');
    expect(optionsConsideredSummary(fifteen, t)).toContain("Not open as answered: 29 options (see the finder's result for which, and why).");
  });

  it('falls back, and at the very last cuts lines saying how many more the finder shows', () => {
    const cut = optionsConsideredSummary(allNotKnown, t, 1200);
    expect(cut.length).toBeLessThanOrEqual(1200);
    expect(cut).toMatch(/… and \d+ more lines: see the finder's result\.$/);
  });
});

describe('the summary in the forms', () => {
  it.each(['form.policeClosingReport', 'form.maseInformation'])('is kept whole as the first answer of %s, at the longest', (formId) => {
    const flow = FORM_FLOWS.find((f) => f.id === formId);
    if (flow === undefined) throw new Error(`no form ${formId}`);
    for (const [, facts] of cases) {
      const summary = optionsConsideredSummary(facts, t);
      expect(flow.start({ answers: { optionsConsidered: summary } }).context).toMatchObject({ answers: { optionsConsidered: summary } });
    }
  });
});
