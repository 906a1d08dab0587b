/**
 * Practitioners' words → the protocol's words. Used by knowledge/search.ts at query time only: when a
 * question contains any phrase of a group, the other phrases of that group are added to the query at a
 * reduced weight, so the practitioner's own word still counts most. Every group says why it exists.
 *
 * Audit rules: a group joins words that mean the same thing to a practitioner in this context; each
 * group must contain at least one phrase the reviewed entries actually use; no group may name a
 * single entry or exist to fix a single evaluation question. Abbreviations in the glossary are
 * expanded automatically (see abbreviationsOf in search.ts) and need no group here.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Self-generated sexual images: pupils say "nudes", staff say "sexting", guidance says "youth-produced sexual imagery".
  ['nudes', 'nude', 'sexting', 'sexts', 'semi-nudes', 'youth-produced sexual imagery', 'sexual images', 'explicit pics', 'dick pic'],
  // Pictures of any kind; the entries say "images".
  ['pics', 'pictures', 'photos', 'selfies', 'images', 'videos'],
  // The Child Abduction Warning Notice under its informal and former names.
  ['keep-away notice', 'keep away notice', 'harbourers warning', 'harbouring notice', 'CAWN'],
  // Partners: text-speak and the relationship-model vocabulary of the protocol.
  ['bf', 'boyfriend', 'fella'],
  ['gf', 'girlfriend'],
  // Named apps and platforms: the protocol speaks of social media and online.
  ['snapchat', 'snap', 'insta', 'instagram', 'tiktok', 'whatsapp', 'facebook', 'fortnite', 'discord', 'social media', 'online'],
  // Cannabis and alcohol in everyday words; the SAFEGUARD sign is "substances".
  ['weed', 'skunk', 'cannabis', 'drugs', 'substance'],
  ['drunk', 'booze', 'drinking', 'alcohol', 'vodka'],
  // Sexually transmitted infections, by name and by the clinic that treats them.
  ['sti', 'std', 'chlamydia', 'gonorrhoea', 'herpes', 'sexually transmitted infection', 'gum clinic', 'sexual health clinic'],
  // Emergency contraception.
  ['morning after pill', 'emergency contraception', 'plan b'],
  // Termination of pregnancy.
  ['abortion', 'termination'],
  // Hospital emergency departments ("a&e" is tokenised as "ae").
  ['ae', 'emergency department', 'casualty', 'hospital'],
  // Sexual orientation and gender identity.
  ['gay', 'lesbian', 'bisexual', 'queer', 'trans', 'lgbt', 'sexual orientation', 'sexuality'],
  // Taxis under their trade names; Makesafe speaks of taxi and private-hire drivers.
  ['taxi', 'cab', 'cabbie', 'minicab', 'uber', 'private hire'],
  // Takeaways.
  ['chicken shop', 'takeaway', 'fast food', 'kebab shop'],
  // Pubs and clubs; the protocol says "licensed premises".
  ['pub', 'bar', 'nightclub', 'off licence', 'offie', 'licensed premises'],
  // Door staff.
  ['bouncer', 'door staff', 'doorman', 'security'],
  // Hotel front-of-house roles.
  ['reception', 'receptionist', 'front desk', 'night manager'],
  // Going missing: police shorthand and everyday words.
  ['misper', 'missing', 'runaway', 'ran away', 'absconding', 'absconded'],
  // Perpetrators: shorthand and everyday words.
  ['perp', 'perps', 'perpetrator', 'offender', 'abuser', 'groomer', 'suspect'],
  // Everyday words for the child; the protocol says "child" and "young person".
  ['kid', 'kids', 'child', 'children'],
  ['teen', 'teens', 'teenager', 'teenage', 'adolescent', 'young person', 'young people'],
  ['pupil', 'student', 'learner', 'young person'],
  ['lad', 'lads', 'boy', 'boys', 'young men'],
  // Adult men, in everyday words.
  ['man', 'men', 'bloke', 'blokes', 'guy', 'guys', 'male'],
  // Friends and peers.
  ['mates', 'friends', 'crowd', 'peer group'],
  // Family members the protocol groups as "family".
  ['mum', 'dad', 'mom', 'parent', 'uncle', 'aunt', 'stepdad', 'family'],
  // Children's homes and their staff.
  ['care home', "children's home", 'residential home', 'residential care', 'placement'],
  // School safeguarding roles.
  ['dsl', 'designated safeguarding lead', 'safeguarding lead', 'head of year'],
  // Children in care.
  ['cla', 'lac', 'looked after', 'in care'],
  // Return home interviews.
  ['rhi', 'return home interview', 'return interview', 'debrief'],
  // Harmful sexual behaviour.
  ['hsb', 'harmful sexual behaviour', 'sexualised behaviour'],
  // Child criminal exploitation and drug lines.
  ['cce', 'county lines', 'drug running', 'trap house', 'cuckooing'],
  // Sexual assault referral centres (the London SARCs are the Havens).
  ['sarc', 'haven', 'havens', 'sexual assault referral centre'],
  // Video-recorded interviews.
  ['abe', 'achieving best evidence', 'vri', 'video interview'],
  // Risk of serious harm in everyday words.
  ['danger', 'immediate risk', 'significant harm'],
  // Bullying.
  ['bullied', 'bullying', 'picked on', 'cyberbullying'],
  // Money, gifts and debt.
  ['cash', 'money'],
  ['owes', 'owe', 'owing', 'debt', 'debts', 'paying back'],
  // Unexplained possessions.
  ['iphone', 'phone', 'mobile'],
  ['trainers', 'designer clothes', 'clothes', 'gifts'],
  // Police or CSC removing a child for their safety.
  ['remove', 'removal', 'take the child', 'place of safety'],
  // Calling the police.
  ['ring', 'call', 'calling'],
  // Prosecutions and charges.
  ['charge', 'prosecute', 'prosecution', 'offence'],
  // Wanting a child to talk.
  ['open up', 'disclose', 'talk', 'engage'],
  // Self-harm.
  ['self harm', 'self-harming', 'cutting', 'self harming'],
  // Smoking, as substance use.
  ['smoking', 'smokes', 'substance use'],
  // Weight loss and tiredness as physical changes.
  ['weight loss', 'losing weight', 'lost weight', 'appearance'],
  // Camera recordings.
  ['footage', 'cctv', 'camera', 'cameras'],
  // Criteria and tests for an order.
  ['criteria', 'threshold', 'grounds', 'test'],
  // Medical examination.
  ['exam', 'examination', 'medical'],
  // "What does X stand for?" asks for an abbreviation or mnemonic.
  ['stand for', 'stands for', 'acronym', 'abbreviation', 'mnemonic'],
  // Abbreviations practitioners use that the protocol's glossary does not list.
  ['fgm', 'female genital mutilation'],
  ['hbv', 'hba', 'honour based violence', 'honour based abuse'],
  // Time limits: the protocol states them as "within 72 hours", "45 working days".
  ['timescale', 'timescales', 'time limit', 'deadline', 'how soon', 'how quickly', 'within'],
  // Information, informally.
  ['info', 'information'],
  ['intel', 'intelligence'],
  // Closing premises.
  ['shut down', 'shut', 'close down', 'closure', 'close premises'],
  // People in a position of trust over a 16 or 17-year-old.
  ['position of trust', 'abuse of trust', 'teacher', 'coach', 'youth worker', 'care worker'],
  // Police CSE categories.
  ['cat', 'category', 'categories', 'level'],
  // Unaccompanied children and asylum.
  ['uasc', 'unaccompanied', 'asylum', 'immigration status'],
];

/**
 * The questions each structured fact of an order or power answers, indexed with the fact so that
 * "how long does it last" finds the entry whose `facts.duration` says so.
 */
export const FACT_QUESTIONS: Readonly<Record<string, string>> = {
  whoApplies: 'who applies apply application',
  whoAuthorises: 'who authorises authorise authority grants',
  threshold: 'threshold criteria test grounds when',
  duration: 'duration how long lasts expires',
  notification: 'notification notify register',
  breach: 'breach breaches penalty sentence consequences',
  statute: 'law legislation statute act section',
};

/**
 * American → British spellings, and common spellings of the protocol's own words, folded before
 * stemming so that "behavior", "offense" or "organize" find the protocol's text.
 */
export const SPELLINGS: Readonly<Record<string, string>> = {
  behavior: 'behaviour',
  behaviors: 'behaviours',
  neighbor: 'neighbour',
  neighborhood: 'neighbourhood',
  offense: 'offence',
  offenses: 'offences',
  defense: 'defence',
  license: 'licence',
  center: 'centre',
  counselor: 'counsellor',
  program: 'programme',
  pediatric: 'paediatric',
  mom: 'mum',
  judgment: 'judgement',
  harbors: 'harbours',
  harbor: 'harbour',
  harboring: 'harbouring',
};

/**
 * Words that carry no topic in a practitioner's question: function words, chat filler and text-speak,
 * pronouns, and the filler of ages ("15 yr old", "a 16 y/o": the age itself becomes an age band).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be been but by can could do does did for from had has have how i if in into is it its me my of on or our ' +
    'should so that the their them then there these they this to was we were what when where which who whom why will with would ' +
    'you your about any am also just tell know need want please hi hello thanks ok okay u ur pls plz im ive dont cant wont ' +
    'isnt arent doesnt didnt shes hes theyre whats thats theres wat wot re being get got gets really very some someone ' +
    'he she her him his hers herself himself us another other others up down out off ' +
    'year years yr yrs yo y o old olds aged').split(' '),
);

/** The protocol's age bands; an age in a question stands for one band, one concept. */
export const AGE_BANDS: Readonly<Record<string, string[]>> = {
  ageunder13: ['under', '13'],
  ageunder16: ['under', '16'],
  age16to17: ['16', '17'],
  ageadult: ['adult'],
};
const ageBand = (age: number): string =>
  age < 13 ? ' ageunder13 ' : age < 16 ? ' ageunder16 ' : age < 18 ? ' age16to17 ' : ' ageadult ';

/** Ages ("a 15 yr old", "14yo", "aged 12") become an age band; school years ("yr 9") carry no topic. */
export const ageBands = (text: string): string =>
  text
    .replace(/\b(?:aged\s+)?(\d{1,2})\s*-?\s*(?:y\/?o|(?:yrs?|years?)\s*-?\s*olds?)\b/gi, (_m, n: string) => ageBand(Number(n)))
    .replace(/\baged\s+(\d{1,2})\b/gi, (_m, n: string) => ageBand(Number(n)))
    .replace(/\b(?:yr|year|y)\s*(\d{1,2})\b/gi, ' ');
