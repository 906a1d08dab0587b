import { allEntries } from '../../knowledge/entries/index';
import type { Audience } from '../../knowledge/entry.schema';
import { mentionedRole, selfIdentifiedRole } from '../../knowledge/roleWords';
import { createKnowledgeIndex } from '../../knowledge/search';

/**
 * The questions practitioners asked first when they tried the assistant, each with the entry that
 * answers it (issue 8). Every one is also a dev question in knowledge/eval/questions.json.
 */

const index = createKnowledgeIndex(allEntries);

describe("practitioners' first questions", () => {
  it.each([
    ['do I need parental consent to refer', 'route.consent-to-refer'],
    ['do I need the parents permission before i refer to mash', 'route.consent-to-refer'],
    ['is she old enough to consent she is 14', 'section.10.age-and-consent'],
    ['should i look at the photo to check', 'engagement.never-view-images'],
    ['15 year old boy sent a nude what do i do', 'cse-type.youth-produced-sexual-imagery'],
    ['im a teacher', 'route.referral-pathway'],
    ['is the 2017 protocol still in force', 'section.1.introduction'],
    ['what is an 87a', 'route.87a-referral'],
    ['how old is a child', 'route.who-is-a-child'],
    ['do we tell the parents?', 'engagement.what-the-family-is-told'],
    ['the child told me not to tell anyone', 'engagement.no-secrets'],
    ['should I promise to keep it secret', 'engagement.no-secrets'],
    ["I'm a teacher and worried about a pupil", 'route.referral-pathway'],
    ['age limit for a CAWN?', 'power.cawn'],
    ['what flags do I put on CRIS', 'section.appendix-e.recording-suspicions'],
    ['I work at a hotel and something looks wrong with a young girl and older men, who do I call', 'makesafe.how-to-report'],
  ])('"%s" → %s', (q, id) => {
    const result = index.search(q);
    expect(result.hits[0]?.entry.id).toBe(id);
    expect(result.confident).toBe(true);
  });
});

/** Questions typed in an exploratory test of the web chat, in the role the tester chose, each refused or half-answered at first (issue 8). */
describe('questions from the exploratory test, asked in their role', () => {
  it.each<[string, Audience, string[]]>([
    ['stopped a car last week, 3 lads in their 20s with 2 girls approx 13-14 in school uniform, girls gave false names, let them go. do i need to do anything', 'police', ['section.6.police-reporting-pathway', 'section.appendix-e.recording-suspicions']],
    ['do i need the childs consent to share info with social care, shes gillick competent', 'health', ['route.consent-to-refer']],
    ['who is the named nurse supposed to tell', 'health', ['route.referral-pathway']],
    ['what info should i write down about the car', 'business', ['makesafe.what-to-say', 'makesafe.keep-records']],
    ['sro vs shpo whats the diff', 'police', ['power.sro', 'power.shpo']],
    ['can police close down a hotel thats used for this', 'police', ['power.closure-notice-order']],
    ['can the hotel refuse to let a room to an adult with a kid', 'business', ['makesafe.hotels']],
  ])('"%s" (%s) → %s', (q, audience, ids) => {
    const result = index.search(q, { audience });
    expect(ids).toContain(result.hits[0]?.entry.id);
    expect(result.confident).toBe(true);
  });

  // Not yet answered with confidence: the right entry comes first among the nearest the uncertain reply offers.
  it.each<[string, Audience, string]>([
    ['LAC placed in our borough from another LA, foster carer says shes been coming home with new clothes and a second phone, placing authority hasnt sent anything', 'social-care', 'section.7.lac-placed-out-of-borough'],
  ])('"%s" (%s) → %s first', (q, audience, id) => {
    expect(index.search(q, { audience }).hits[0]?.entry.id).toBe(id);
  });
});

/** A later exploratory test: each refused, or answered with an unrelated or half card, at first (issue 8). */
describe('questions from a later exploratory test, asked in their role', () => {
  it.each<[string, Audience, string[]]>([
    // One word names the entry by its title ("SAFEGUARD: the CSE warning signs"; "mum", a parent, in "Do we tell the parents?"): a weak score is enough.
    ['whats the SAFEGUARD thing', 'school', ['section.appendix-a.safeguard']],
    ['can i tell her mum', 'school', ['engagement.what-the-family-is-told']],
    ['do I tell her mum', 'health', ['engagement.what-the-family-is-told']],
    ['do we need a s47 for every cse case', 'social-care', ['section.7.strategy-discussion-tasks']],
    ['can A&E flag a kid on the system', 'health', ['section.6.cse-flagging']],
    ['do i put my opinion in the record', 'school', ['engagement.record-own-words']],
    ['do i get in trouble if i ring police and im wrong', 'business', ['makesafe.how-to-report']],
    ['do i have to tell the manager first or can i ring police myself', 'business', ['makesafe.how-to-report']],
    ['wat if the man says hes her uncle', 'business', ['makesafe.hotels']],
    ['what should i do if the police wont come to the strategy meeting', 'social-care', ['meeting.strategy-discussion', 'section.7.mase-preconditions']],
    ['how quick does the strategy discussion have to happen', 'social-care', ['meeting.strategy-discussion', 'section.7.strategy-discussion-tasks']],
  ])('"%s" (%s) → %s', (q, audience, ids) => {
    const result = index.search(q, { audience });
    expect(ids).toContain(result.hits[0]?.entry.id);
    expect(result.confident).toBe(true);
  });

  // Not yet answered with confidence; the right entry comes first among the nearest: it covers too little of a long question.
  // ("when do i need to do a merlin", once here, is answered since the fifth exploratory test, below.)
  it.each<[string, Audience, string]>([
    ['do i need to break confidentiality if a 15 yr old tells me shes sleeping with a 25yr old', 'health', 'engagement.no-secrets'],
  ])('"%s" (%s) → %s first', (q, audience, id) => {
    expect(index.search(q, { audience }).hits[0]?.entry.id).toBe(id);
  });

  it('shows both flags a comparison names, where one side is named by its code alone ("ES and EU flag")', () => {
    const result = index.search('whats the diff between ES and EU flag', { audience: 'police' });
    expect(result.compared?.map((e) => e.id).sort()).toEqual(['flag.es', 'flag.eu']);
    expect(result.confident).toBe(true);
  });
});

/** The fifth exploratory test: each refused, or answered for one side of a comparison or with the wrong card, at first. */
describe('questions from the fifth exploratory test, asked in their role', () => {
  it.each<[string, Audience, string[]]>([
    // One rare word that the pathway has as a keyword of its own ("Merlin") names it, as a title word would.
    ['when do i need to do a merlin', 'police', ['section.6.police-reporting-pathway', 'glossary.merlin-pac']],
    ['what can i tell her mum', 'health', ['engagement.what-the-family-is-told']],
    ['LA LB LC flags explained', 'police', ['flag.la', 'flag.lb', 'flag.lc', 'section.appendix-e.recording-suspicions']],
  ])('"%s" (%s) → %s', (q, audience, ids) => {
    const result = index.search(q, { audience });
    expect(ids).toContain(result.hits[0]?.entry.id);
    expect(result.confident).toBe(true);
  });

  it.each<[string, Audience, [string, string]]>([
    ['difference between LB and LC', 'police', ['flag.lb', 'flag.lc']],
    ['SHPO and SRO', 'police', ['power.shpo', 'power.sro']],
    ['FQ vs FP', 'police', ['outcome.fp', 'outcome.fq']],
    ['difference between mase and a strategy meeting', 'social-care', ['meeting.mase', 'meeting.strategy-discussion']],
  ])('"%s" (%s) shows both sides, %j', (q, audience, ids) => {
    const result = index.search(q, { audience });
    expect(result.compared?.map((e) => e.id).sort()).toEqual([...ids].sort());
    expect(result.confident).toBe(true);
  });

  // Not yet answered with confidence; an acceptable entry comes first among the nearest. "tell" is a stop word and "told"
  // an everyday one, so the first is carried by "say" alone; the second covers too little of a long question.
  it.each<[string, Audience, string]>([
    ['what do i say if she tells me', 'school', 'engagement.no-secrets'],
    ['do i need to break confidentiality for a 16 yr old who is being paid for sex', 'health', 'section.8.capacity-to-consent'],
  ])('"%s" (%s) → %s first', (q, audience, id) => {
    expect(index.search(q, { audience }).hits[0]?.entry.id).toBe(id);
  });
});

describe('role context', () => {
  it('answers "who do I call" for the role that asks', () => {
    expect(index.search('who do I call', { audience: 'business' }).hits[0]?.entry.id).toBe('makesafe.how-to-report');
    expect(index.search('who do I call', { audience: 'school' }).hits[0]?.entry.id).toBe('route.referral-pathway');
    expect(index.search('who do I call', { audience: 'health' }).hits[0]?.entry.id).toBe('route.referral-pathway');
  });

  it('weighs entries written for the role: a police officer asking how long gets a police power', () => {
    const hit = index.search('how long does it last', { audience: 'police' }).hits[0]?.entry;
    expect(hit?.audiences).toContain('police');
    expect(hit?.kind).toBe('power');
  });

  it('reads the role from how people introduce themselves, and keeps the rest as the question', () => {
    expect(selfIdentifiedRole("I'm a cab driver and a girl I picked up looked scared")).toEqual({ role: 'business', rest: 'and a girl I picked up looked scared' });
    expect(selfIdentifiedRole('I work at a hotel')).toEqual({ role: 'business', rest: '' });
    expect(selfIdentifiedRole('I am a school nurse')?.role).toBe('health');
    expect(selfIdentifiedRole('GP here - a patient asked for the morning after pill')?.role).toBe('health');
    expect(selfIdentifiedRole('as a DSL who do I tell')?.role).toBe('school');
    expect(selfIdentifiedRole("i'm a police officer")?.role).toBe('police');
    expect(selfIdentifiedRole("I'm a social worker")?.role).toBe('social-care');
    expect(selfIdentifiedRole('as soon as school finished she left')).toBeUndefined();
    expect(selfIdentifiedRole("i'm a bit worried about a boy")).toBeUndefined();
  });

  it('never reads a role the writer says they do not have ("im not nurse", "not a teacher")', () => {
    for (const text of ['im not nurse', "i'm not a nurse", 'I am not a nurse', 'not a teacher', 'im not the dsl', "i'm not police"]) {
      expect([text, selfIdentifiedRole(text)]).toEqual([text, undefined]);
      expect([text, mentionedRole(text)]).toEqual([text, undefined]);
    }
    // The role they do give still counts, whichever comes first, and the one denied is not read from the rest.
    expect(selfIdentifiedRole('im not a teacher, im a nurse')?.role).toBe('health');
    expect(selfIdentifiedRole("i'm not nurse, i'm a teacher")?.role).toBe('school');
    const nurse = selfIdentifiedRole('im a practice nurse not a teacher - a 14 yr old came to clinic');
    expect(nurse?.role).toBe('health');
    expect(mentionedRole(nurse?.rest ?? '')).toBe('health');
    // A setting said not to be where the child is still points to it.
    expect(mentionedRole('she is not at school today')).toBe('school');
  });

  it('starts someone who only says who they are at their role’s route', () => {
    expect(index.search('im a police officer').hits[0]?.entry.id).toBe('section.6.police-reporting-pathway');
    expect(index.search('I work at a hotel').hits[0]?.entry.id).toBe('makesafe.how-to-report');
  });
});
