import { allEntries } from '../../knowledge/entries/index';
import type { Audience } from '../../knowledge/entry.schema';
import { createKnowledgeIndex } from '../../knowledge/search';
import { questionClause } from '../../knowledge/searchQuestionClause';

/**
 * Issue 8: a teacher told of a pupil sending pictures to an older man online and asked "do i have to tell his
 * parents?", and got the situation's entry with "Do we tell the parents?" only a link. A question about what the
 * practitioner does with what they were told (the family, consent, the images, a secret) is answered by that rule,
 * whatever was told: it leads, and what the whole message found follows it. Calm twins and live ones alike (the 999
 * card before it is the danger detector's, not the search's).
 */

const index = createKnowledgeIndex(allEntries);

describe('a told situation ending in a question of conduct', () => {
  it.each<[Audience | undefined, string, string]>([
    ['school', "a pupil told me he's been sending pics to an older guy online, hes at school today n fine. do i have to tell his parents?", 'engagement.what-the-family-is-told'],
    ['school', "a pupil told me he's been sending pics to an older guy online, hes meeting him after school today. do i have to tell his parents?", 'engagement.what-the-family-is-told'],
    ['social-care', 'foster carer found msgs on a 14yos phone from a man asking for nudes, child is safe at home tonight shld we tell his mum', 'engagement.what-the-family-is-told'],
    ['business', 'regular fare is a young girl picked up from a flat by older lads every week, shes at home now. am i allowed to tell her parents', 'engagement.what-the-family-is-told'],
    [undefined, 'a student says she has been sent money by a man she met on instagram for photos. she is safe at school. should i tell her parents?', 'engagement.what-the-family-is-told'],
    ['health', "15yo pt disclosd shes been sendin pics to a man she met on snap, she's in clinic now n ok. do i need her consnt to refer??", 'route.consent-to-refer'],
    ['health', "15yo patient disclosed she's been sending photos to a man she met on snapchat, she's in clinic now and ok. do i need her consent to refer?", 'route.consent-to-refer'],
    ['police', 'mum reported her 15yo daughter has been sending images to an adult online, girl is home and safe. do i need to look at the pics on her phone', 'engagement.never-view-images'],
    ['police', "mum reported her 15yo daughter is sending images to an adult online, she's on a video call with him now. do i need to look at the pics on her phone", 'engagement.never-view-images'],
    ['school', "yr9 girl told me her bf is 19 and pressures her for nudes, she's in class now. she asked me to keep it secret can i?", 'engagement.no-secrets'],
    ['school', "yr9 girl told me her bf is 19 and pressures her for nudes, he's waiting outside the gates for her now. she asked me to keep it secret can i?", 'engagement.no-secrets'],
    ['school', "pupil disclosed a man online has been asking for pics, he's at school and ok. can i promise to keep it confidential?", 'engagement.no-secrets'],
  ])('(%s) "%s" leads with %s, confident, the situation after it', (audience, text, expected) => {
    const result = index.search(text, audience === undefined ? {} : { audience });
    expect(result.confident).toBe(true);
    expect(result.hits[0]?.entry.id).toBe(expected);
    expect(result.hits.length).toBeGreaterThan(1);
  });

  it('keeps the situation’s entry one press away', () => {
    const text = "a pupil told me he's been sending pics to an older guy online, hes at school today n fine. do i have to tell his parents?";
    const situation = index.search(text.replace(/do i have to tell his parents\?$/, ''), { audience: 'school' }).hits[0]?.entry.id;
    expect(index.search(text, { audience: 'school' }).hits.slice(1, 3).map((h) => h.entry.id)).toContain(situation);
  });

  it.each<[Audience, string, string]>([
    // A question about the situation itself: the whole message answers it.
    ['school', 'yr 9 girl getting picked up at the school gates by an older lad in a car, she says its her boyfriend hes like 19. is this a cse sign??', 'indicator.gangs-groups.older-boyfriends'],
    ['police', 'suspect has no previous but messaging sexual stuff to 13 yr olds, can we get an order on him', 'power.sro'],
    // The question alone finds the situation's entry too: it speaks to the question.
    ['police', 'police have asked for a patients medical records for a cse case, do we need her consent first', 'section.10.third-party-material'],
  ])('(%s) "%s" still leads with %s', (audience, text, expected) => {
    expect(index.search(text, { audience }).hits[0]?.entry.id).toBe(expected);
  });
});

describe('the question a told situation asks', () => {
  it.each([
    ["a pupil told me he's been sending pics to an older guy online, hes at school today n fine. do i have to tell his parents?", 'do i have to tell his parents'],
    ['foster carer found msgs on a 14yos phone from a man asking for nudes, child is safe at home tonight shld we tell his mum', 'should we tell his mum'],
    ['yr9 girl told me her bf is 19 and pressures her for nudes. she asked me to keep it secret can i?', 'she asked me to keep it secret can i?'],
  ])('"%s" asks "%s"', (text, clause) => {
    expect(questionClause(text)).toBe(clause);
  });

  it.each([
    'do i have to tell his parents?',
    'quick one, can i tell mum?',
    // Two questions, nothing told.
    'what does an ISVA do and can i refer a patient to one',
    // Who to tell is the route rules' (knowledge/routeQuestion.ts).
    'one of our regular guests keeps bringing a young girl to the bar, she looks about 14. who do i tell?',
  ])('"%s" asks none after a situation', (text) => {
    expect(questionClause(text)).toBeUndefined();
  });
});
