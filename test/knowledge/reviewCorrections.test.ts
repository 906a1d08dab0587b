import { changeById } from '../../knowledge/changes';
import { allEntries } from '../../knowledge/entries';

/**
 * The protocol review's corrections to the knowledge base (issue 8): each one fails on the old
 * wording. The 2017 text stays; later law sits beside it as a since-2017 or general-law note.
 */

function entry(id: string) {
  const found = allEntries.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no entry ${id}`);
  return found;
}
const notes = (id: string) => entry(id).since2017.map((n) => n.what).join('\n');

describe('NRM first responders are police and social workers; other staff tell them (section 10)', () => {
  it.each(['tactic.victim.nrm-referral', 'section.10.trafficking-and-nrm', 'glossary.nrm'])('%s says who refers and who tells them', (id) => {
    const { summary, body } = entry(id);
    expect(summary).toMatch(/police and social workers, the first responders/i);
    expect(summary).toMatch(/other staff tell them/);
    if (id !== 'glossary.nrm') expect(body).toMatch(/teachers, health staff and business staff/);
  });

  it('the NRM referral entry reaches school, health and business staff too', () => {
    expect(entry('tactic.victim.nrm-referral').audiences).toEqual(expect.arrayContaining(['school', 'health', 'business']));
  });
});

describe('SHPO and CBO: later law beside the protocol wording', () => {
  it('keeps the protocol wording on the standard of proof and notes the civil standard on application (PCSC Act 2022 s174)', () => {
    const shpo = entry('power.shpo');
    expect(shpo.body).toContain('The protocol says the criminal standard of proof applies');
    expect(notes('power.shpo')).toContain('balance of probabilities (s174; the protocol says criminal)');
    expect(shpo.since2017.map((n) => n.when)).toContain('Section 174 in force 29 November 2022');
  });

  it('names the widened applicants, British Transport Police among them', () => {
    expect(notes('power.shpo')).toContain('British Transport Police and the Ministry of Defence Police can apply as well as the police and the NCA (s171)');
  });

  it.each([
    ['power.shpo', 'An SHPO made on conviction is now made under the Sentencing Code'],
    ['power.criminal-behaviour-order', 'A Criminal Behaviour Order made on conviction is now made under the Sentencing Code'],
  ])('%s: on-conviction orders moved to the Sentencing Code (Sentencing Act 2020)', (id, text) => {
    expect(notes(id)).toContain(text);
    expect(entry(id).since2017.map((n) => n.when)).toContain('Sentencing Act 2020 in force 1 December 2020');
  });
});

describe('closure notices and orders: general law beside the protocol wording', () => {
  const closure = entry('power.closure-notice-order');

  it('keeps the protocol’s 48 hours and gives the statute’s 24 hours, extendable to 48, as general law', () => {
    expect(closure.body).toContain('A Closure Notice can shut premises for 48 hours');
    expect(closure.body).toContain('General law, not in the protocol’s text');
    expect(closure.body).toContain('It lasts at most 24 hours, or 48 hours where a superintendent');
    expect(closure.summary).toContain('in law 24 hours, extendable to 48');
  });

  it('says closure orders are made by the magistrates’ court, and names the Part 2A child sex offences power', () => {
    expect(closure.body).toContain('a magistrates’ court');
    expect(closure.body).toContain('Sexual Offences Act 2003, Part 2A');
    expect(closure.body).toContain('specified child sex offences');
  });
});

it('police protection’s 72 hours is general law (Children Act 1989 s46), not the protocol’s', () => {
  expect(entry('power.police-protection').body).toContain('General law, not in the protocol’s text: police protection lasts up to 72 hours');
  expect(entry('power.police-protection').facts?.duration).toBeUndefined();
});

it('LSCBs were abolished by the Children and Social Work Act 2017; Working Together 2018 is the guidance for what replaced them', () => {
  const { what } = changeById('change.working-together-2018');
  expect(what).toMatch(/^The Children and Social Work Act 2017 abolished LSCBs/);
  expect(what).not.toMatch(/Working Together 2018 abolished/);
  expect(notes('glossary.lscb')).toContain('Children and Social Work Act 2017 abolished LSCBs');
});

describe('KCSIE and the Crime and Policing Act 2026, as changes-since-2017.md gives them', () => {
  it('KCSIE names the latest edition the review records, 2025', () => {
    expect(changeById('change.kcsie').what).toContain('KCSIE 2025');
    expect(notes('cse-type.youth-produced-sexual-imagery')).toContain('KCSIE 2025');
  });

  it.each(['change.cce-2026', 'change.duty-to-report-2026', 'change.respect-orders-2026'])('%s claims no commencement the review could not confirm', (id) => {
    const { what, when } = changeById(id);
    expect(when).toContain('Royal Assent 29 April 2026');
    expect(when).toMatch(/not confirmed/);
    expect(`${what} ${when}`).not.toMatch(/SI 2026|29 June 2026/);
  });

  it('says nothing of cuckooing, which the review does not give', () => {
    for (const id of ['change.cce-2026', 'change.duty-to-report-2026']) expect(changeById(id).what).not.toMatch(/cuckoo/i);
  });
});
