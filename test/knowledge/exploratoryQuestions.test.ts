import type { Audience } from '../../knowledge/entry.schema';
import { evalQuestions, withoutOwnExamples } from '../../tools/eval-qa';

/**
 * Questions typed in a later exploratory test, in the role the tester chose, each answered "not sure" or
 * with the wrong entry at first (issue 8). Every one is a dev question in knowledge/eval/questions.json,
 * and so one of the search's example questions: each is asked as the eval asks it, of an index without
 * its own file's examples, so that none passes by finding itself.
 */

const indexFor = withoutOwnExamples();
const ask = (q: string, audience: Audience) => {
  const question = evalQuestions.find((e) => e.q.toLowerCase() === q.toLowerCase());
  if (question === undefined) throw new Error(`not a dev question: ${q}`);
  return indexFor(question).search(q, { audience });
};

describe('questions from a later exploratory test, asked in their role', () => {
  it.each<[string, Audience, string[]]>([
    ['should i tell the girls mum? i know her from the estate', 'business', ['engagement.what-the-family-is-told']],
    ['what do i say if she tells me', 'school', ['engagement.no-secrets', 'engagement.do-not-investigate', 'engagement.record-own-words']],
    ['can i keep it confidential if she asks me to', 'school', ['engagement.no-secrets']],
    ['do i have to tell anyone if a 15 year old tells me in confidence', 'health', ['engagement.no-secrets', 'route.consent-to-refer']],
    [
      'last week a lad checked in with a young girl, paid cash, she looked young maybe 15. they left next morning. should i report it?',
      'business',
      ['makesafe.how-to-report'],
    ],
    ['im a GP, had a 16 yr old in last month who i think was groomed online, pics shared. not urgent. who do i refer to?', 'health', ['route.referral-pathway']],
    [
      'year 10 student has had new trainers n an iphone lately, keeps missing period 5 and older lads in a car wait for him sometimes. not sure if im overreacting',
      'school',
      ['section.appendix-a.safeguard', 'route.referral-pathway'],
    ],
  ])('"%s" (%s) → %s', (q, audience, ids) => {
    const result = ask(q, audience);
    expect(ids).toContain(result.hits[0]?.entry.id);
    expect(result.confident).toBe(true);
  });

  it('"do i need to do a merlin for every kid who goes missing" (police) → the police reporting pathway, not Section 9 on missing', () => {
    const result = ask('do i need to do a merlin for every kid who goes missing', 'police');
    expect(['section.6.police-reporting-pathway', 'glossary.merlin-pac']).toContain(result.hits[0]?.entry.id);
    expect(result.confident).toBe(true);
  });

  it('says how a strategy discussion differs from a MASE meeting, on the card that answers', () => {
    const result = ask('whats the difference between a strategy discussion and a MASE meeting', 'police');
    expect(result.confident).toBe(true);
    const answering = result.compared ?? (result.hits[0] === undefined ? [] : [result.hits[0].entry]);
    const said = answering.map((e) => `${e.summary}\n${e.body}`).join('\n');
    // One child's protection and plan (Section 7: Strategy discussion), against oversight across an area (Section 7: MASE).
    expect(said).toMatch(/\bone child\b/i);
    expect(said).toMatch(/\bpatterns\b/i);
    expect(said).toMatch(/\bacross\b/i);
  });
});

/** The text of the card that answers: both compared entries, or the first hit. */
const answeringText = (result: ReturnType<typeof ask>): string => {
  const answering = result.compared ?? (result.hits[0] === undefined ? [] : [result.hits[0].entry]);
  return answering.map((e) => `${e.title}\n${e.summary}\n${e.body}`).join('\n');
};

describe('questions from the seventh exploratory test, asked in their role', () => {
  it.each<[string, Audience, string[]]>([
    [
      "dealt with a 15yo MISPER last month, came back with new phone n cash, says she was at a 'friends' in Luton. nothing happening now, what should i have recorded and is it too late",
      'police',
      ['section.9.missing-returned-police-record'],
    ],
    ['what can we tell the family about the suspect? the dad keeps asking who it is', 'social-care', ['engagement.what-the-family-is-told']],
    [
      'LAC went missing 4 times this month, back in placement now and safe. RHI is due tmrw. what should i ask her',
      'social-care',
      ['section.9.return-home-interview', 'section.9.return-interview-who-and-after'],
    ],
    ['a girl about 15 stayed last wk with an older man who paid cash for the room. shld i report it', 'business', ['makesafe.how-to-report']],
    ['last week a man booked a room with cash and brought a young girl up, she looked about 14. should i report it?', 'business', ['makesafe.how-to-report']],
    ['which flag goes on the CRIS for online CSE, ES or EU? and do i need both', 'police', ['flag.eu', 'flag.es']],
    ['difference between a CAWN and a sexual risk order', 'police', ['compare.cawn-or-sro']],
  ])('"%s" (%s) → %s', (q, audience, ids) => {
    const result = ask(q, audience);
    expect(ids).toContain(result.hits[0]?.entry.id);
    expect(result.confident).toBe(true);
  });

  it('offers a police officer only links written for police (or for everyone) beside a missing child back with signs', () => {
    const result = ask(
      "dealt with a 15yo MISPER last month, came back with new phone n cash, says she was at a 'friends' in Luton. nothing happening now, what should i have recorded and is it too late",
      'police',
    );
    const offTheirRole = result.hits.slice(0, 5).filter((h) => !h.entry.audiences.some((a) => a === 'police' || a === 'all'));
    expect(offTheirRole.map((h) => h.entry.id)).toEqual([]);
    // Section 6 (Merlin PAC, CRIS), Appendix E (ES), Section 9 (the two interviews) and not too late.
    const said = answeringText(result);
    for (const fact of [/Merlin/, /\bCRIS\b/, /\bES\b/, /prevention interview/i, /return home interview/i, /MASH/, /not too late/i]) expect(said).toMatch(fact);
  });

  it('tells business staff asking about a past stay that it is not too late, and to ring 101 quoting Makesafe', () => {
    const said = answeringText(ask('last week a man booked a room with cash and brought a young girl up, she looked about 14. should i report it?', 'business'));
    expect(said).toMatch(/not too late/i);
    expect(said).toMatch(/101/);
    expect(said).toMatch(/Makesafe/);
  });

  it('says that ES and EU both go on a CRIS report of online CSE', () => {
    const said = answeringText(ask('which flag goes on the CRIS for online CSE, ES or EU? and do i need both', 'police'));
    expect(said).toMatch(/\bboth\b/i);
    expect(said).toMatch(/\bES\b[^.]*\bEU\b|\bEU\b[^.]*\bES\b/);
  });

  it('says how a CAWN differs from a sexual risk order: who applies, who grants, ages, breach', () => {
    // On one card: two cards side by side leave the reader to find the differences.
    const first = ask('difference between a CAWN and a sexual risk order', 'police').hits[0]?.entry;
    const said = `${first?.summary ?? ''}\n${first?.body ?? ''}`;
    expect(said).toMatch(/inspector/i);
    expect(said).toMatch(/magistrates/i);
    expect(said).toMatch(/under 16/i);
    expect(said).toMatch(/breach/i);
    expect(said).toMatch(/Section|Appendix/);
  });
});

const RHI_TOMORROW = 'RHI is due tmrw, what should i ask her';
const MISSING_BACK_LAST_MONTH =
  'i dealt with a 15yo missing episode last month, she came back after 2 days, i just did the basic safe and well. what should i have recorded, is it too late';
const CLINIC_LAST_MONTH =
  "had a 16 yr old at sexual health clinic last month, her 3rd sti this yr, came w a much older 'friend' who paid for her taxi. not seen her since. shld i report it or is it too late";
const NURSE_UNDER_SCHOOL = 'im a practice nurse not a teacher - a 14 yr old came to clinic last week asking for the morning after pill, her bf is 22';
const BACK_AT_PLACEMENT = 'back at her placement safe, the man was arrested. what happens next';
const TOLD_AT_VISIT = 'YP told me at our visit yday she was made to have sex w her bfs mates at a party last month. shes safe at home w mum now. who should i tell?';

describe('questions from the eighth exploratory test, asked in the role the tester chose', () => {
  it.each<[string, Audience, string]>([
    [RHI_TOMORROW, 'social-care', 'section.9.return-home-interview'],
    [MISSING_BACK_LAST_MONTH, 'police', 'section.9.missing-returned-police-record'],
    [CLINIC_LAST_MONTH, 'health', 'route.referral-pathway'],
    [TOLD_AT_VISIT, 'social-care', 'route.social-care'],
    // "safe" there says how she is, not what is asked; "arrested" is what happened, and what happens next is Section 9's.
    [BACK_AT_PLACEMENT, 'social-care', 'section.9.return-interview-who-and-after'],
  ])('"%s" (%s) → %s', (q, audience, id) => {
    const result = ask(q, audience);
    expect(result.hits[0]?.entry.id).toBe(id);
    expect(result.confident).toBe(true);
  });

  it('says what a return home interview asks about (Section 9)', () => {
    const said = answeringText(ask(RHI_TOMORROW, 'social-care'));
    for (const fact of [/\bharm\b/i, /medical/i, /why they ran away|reasons the child ran away/i, /happening again/i, /where they (?:were|went)/i, /who (?:they were )?with/i, /Section 9/]) {
      expect(said).toMatch(fact);
    }
  });

  it('tells a health worker it is not too late: the named nurse or safeguarding lead, then children’s social care', () => {
    const said = answeringText(ask(CLINIC_LAST_MONTH, 'health'));
    expect(said).toMatch(/not too late/i);
    expect(said).toMatch(/named nurse/i);
    expect(said).toMatch(/MASH/);
  });

  it(`"${NURSE_UNDER_SCHOOL}" (school) → section.10.age-and-consent first`, () => {
    const result = ask(NURSE_UNDER_SCHOOL, 'school');
    expect(result.hits[0]?.entry.id).toBe('section.10.age-and-consent');
    expect(result.confident).toBe(true);
  });

  it('tells a nurse typing under School, among the first three, that a 14-year-old with a 22-year-old is a concern to refer', () => {
    const result = ask(NURSE_UNDER_SCHOOL, 'school');
    const ageAndConsent = result.hits.slice(0, 3).find((h) => h.entry.id === 'section.10.age-and-consent')?.entry;
    const said = ageAndConsent === undefined ? '' : `${ageAndConsent.summary}\n${ageAndConsent.body}`;
    expect(said).toMatch(/under 16/i);
    expect(said).toMatch(/under 13/i);
    expect(said).toMatch(/\brefer/i);
  });

  it('gives a social worker the plain route first (manager, police by an 87A, a strategy discussion), the referral desks as a link', () => {
    const result = ask(TOLD_AT_VISIT, 'social-care');
    const said = answeringText(result);
    expect(said).toMatch(/manager/i);
    expect(said).toMatch(/87A/);
    expect(said).toMatch(/strategy discussion/i);
    expect(said).toMatch(/Section 7/);
    const first = result.hits[0]?.entry;
    expect([...(first?.related ?? []), ...result.hits.slice(1, 4).map((h) => h.entry.id)]).toContain('section.6.referral-desks');
  });
});
