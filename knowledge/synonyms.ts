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
  // Passing images on: pupils say "sent", the guidance says "sharing".
  ['sent', 'send', 'sending', 'shared', 'sharing', 'forwarded', 'posted'],
  // Being worried, in everyday words; the protocol speaks of concerns.
  ['worried', 'concerned', 'worry', 'concern', 'concerns'],
  // Partners: text-speak and the relationship-model vocabulary of the protocol.
  ['bf', 'boyfriend', 'fella', 'partner', 'intimate relationship'],
  ['gf', 'girlfriend'],
  // Named apps and platforms: the protocol speaks of social media and online.
  ['snapchat', 'snap', 'insta', 'instagram', 'tiktok', 'whatsapp', 'facebook', 'fortnite', 'discord', 'grindr', 'tinder', 'dating app', 'social media', 'online'],
  // Cannabis and alcohol in everyday words; the SAFEGUARD sign is "substances".
  ['weed', 'skunk', 'cannabis', 'drugs', 'substance'],
  ['drunk', 'booze', 'drinking', 'binge', 'alcohol', 'vodka'],
  // Sexually transmitted infections, by name and by the clinic that treats them.
  ['sti', 'std', 'chlamydia', 'gonorrhoea', 'herpes', 'sexually transmitted infection', 'gum clinic', 'sexual health clinic'],
  // Emergency contraception.
  ['morning after pill', 'emergency contraception', 'plan b'],
  // Pregnancy.
  ['pregnant', 'pregnancy', 'expecting a baby'],
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
  ['reception', 'receptionist', 'front desk', 'lobby', 'foyer', 'night manager'],
  // Going missing: police shorthand and everyday words.
  ['misper', 'missing', 'runaway', 'ran away', 'absconding', 'absconded'],
  // Perpetrators: shorthand and everyday words.
  ['perp', 'perps', 'perpetrator', 'offender', 'abuser', 'groomer', 'suspect'],
  // Everyday words for the child; the protocol says "child" and "young person".
  ['kid', 'kids', 'child', 'children'],
  ['teen', 'teens', 'teenager', 'teenage', 'adolescent', 'young person', 'young people'],
  ['pupil', 'student', 'learner', 'young person', 'child'],
  ['lad', 'lads', 'boy', 'boys', 'young men', 'young person'],
  // Girls: the protocol mostly says "young person", sometimes "young women".
  ['girl', 'girls', 'young woman', 'young women', 'young person'],
  // In a health setting the patient is the child.
  ['patient', 'patients', 'child', 'young person'],
  // Adult men, in everyday words.
  ['man', 'men', 'bloke', 'blokes', 'guy', 'guys', 'male', 'adults'],
  // Friends and peers.
  ['mates', 'friends', 'crowd', 'peer group'],
  // Family members the protocol groups as "family".
  ['mum', 'dad', 'mom', 'parent', 'uncle', 'aunt', 'stepdad', 'stepmum', 'brother', 'sister', 'sibling', 'daughter', 'son', 'cousin', 'grandparent', 'family'],
  // Classmates are peers.
  ['class', 'classmates', 'peers'],
  // A death in the family, in everyday words.
  ['bereavement', 'bereaved', 'grief', 'grieving', 'died', 'death', 'passed away', 'lost her', 'lost his', 'lost their', 'loss'],
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
  ['cce', 'county lines', 'drug running', 'trap house', 'cuckooing', 'carry drugs', 'carrying drugs', 'run drugs', 'deal drugs', 'dealing drugs'],
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
  ['trainers', 'designer', 'designer clothes', 'clothes', 'gifts'],
  ['present', 'presents', 'gift', 'gifts'],
  // Things a child could not pay for are the protocol's "unexplained" items.
  ['afford', 'expensive', 'flash', 'unexplained'],
  // Irregular and short forms of buying.
  ['buy', 'buys', 'bought', 'buying'],
  // Police or CSC removing a child for their safety.
  ['remove', 'removal', 'take the child', 'place of safety'],
  // Messages from someone: the protocol speaks of communication and contact.
  ['messages', 'messaging', 'texts', 'texting', 'dms', 'chatting', 'communication', 'contact'],
  // Fear and nerves.
  ['jumpy', 'nervous', 'anxious', 'on edge', 'scared', 'frightened', 'afraid', 'fear'],
  // Health professionals and settings; the protocol names GP surgeries, pharmacies and health professionals.
  ['pharmacist', 'pharmacy', 'chemist', 'pharmacies'],
  ['doctor', 'gp', 'practice nurse', 'health visitor', 'midwife', 'health professional'],
  // Autism and special educational needs: the protocol speaks of learning difficulties and disability.
  ['autism', 'autistic', 'asd', 'sen', 'send', 'special needs', 'learning difficulties', 'learning disability'],
  // Adult sex work (of a parent or someone close to the child).
  ['sex worker', 'sex workers', 'sex work'],
  // Whether something is against the law.
  ['illegal', 'legal', 'legally', 'unlawful', 'against the law', 'offence', 'crime'],
  // Sex, in everyday words; the protocol says "sexual activity".
  ['sex', 'have sex', 'sleeping with', 'intercourse', 'sexual activity'],
  // Where someone lives or takes children: the protocol speaks of addresses and premises.
  ['flat', 'house', 'address', 'premises'],
  // Being collected, in everyday words.
  ['picked up', 'pick up', 'collected', 'collecting'],
  ['car', 'cars', 'vehicle', 'vehicles'],
  // Remarks and name-calling.
  ['comments', 'remarks', 'name calling', 'harassment'],
  // Under the age of majority.
  ['underage', 'under age', 'minor', 'under 18'],
  // Repeat episodes.
  ['second', 'third', '2nd', '3rd', 'repeat', 'repeated', 'multiple'],
  // Calling the police.
  ['ring', 'call', 'calling', 'phoning', 'i phone', 'we phone', 'phone the police', 'phone 999', 'phone 101'],
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
  // Short forms.
  ['max', 'maximum'],
  ['min', 'minimum'],
  // "What does X stand for?" asks for an abbreviation or mnemonic.
  ['stand for', 'stands for', 'acronym', 'abbreviation', 'mnemonic'],
  // Abbreviations practitioners use that the protocol's glossary does not list.
  // Renting a home: the protocol speaks of tenancies, landlords and possession.
  ['tenant', 'tenants', 'tenancy', 'rented', 'renting', 'rents', 'lease'],
  // Orders by their initials, as officers and lawyers write them (those the glossary lists are expanded from it).
  ['cbo', 'criminal behaviour order'],
  ['stro', 'slavery and trafficking risk order'],
  ['stpo', 'slavery and trafficking prevention order'],
  ['fto', 'foreign travel order'],
  ['nmo', 'non-molestation order'],
  // The sex offenders register is the notification requirements.
  ['sex offenders register', 'sex offender register', 'rso', 'registered sex offender', 'notification requirements'],
  // Investigating officers.
  ['oic', 'officer in the case', 'sio', 'investigating officer'],
  // Statutory enquiries and plans under the Children Act 1989.
  ['s47', 'section 47 enquiry', 'child protection enquiry', 'child protection plan', 'cp plan'],
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
  // Police CSE categories ("cat 2" is read as "category 2" by knowledge/search.ts tokenize; a cat alone is a pet).
  ['category', 'categories', 'level'],
  // Unaccompanied children and asylum.
  ['uasc', 'unaccompanied', 'asylum', 'immigration status'],
  // Who attends a meeting.
  ['goes to', 'go to', 'attend', 'attends', 'attendees', 'invited', 'comes to'],
  // Premises used for drugs or abuse.
  ['crack house', 'drug house', 'drug den', 'premises'],
  // Moving people on: the police dispersal power.
  ['move on', 'moved on', 'move them on', 'disperse', 'dispersal'],
  // Missing school.
  ['truanting', 'truant', 'bunking off', 'skiving', 'skipping school', 'truancy'],
  // Something given in return: the definition's "in exchange for".
  ['changes hands', 'in exchange', 'in return', 'exchange'],
  // Keeping an adult away from a child: the notices and orders that prohibit contact.
  ['stop him contacting', 'stop contact', 'keep him away', 'no contact', 'prohibit contact', 'prohibitions'],
  // Restricting a child's liberty to keep them safe.
  ['lock her in', 'lock him in', 'locked unit', 'secure unit', 'secure accommodation', 'restrict liberty'],
  // Feelings a groomed child may voice about the abuser.
  ['loves him', 'in love', 'her boyfriend', 'relationship'],
  // Social workers and the service they work for.
  ['social worker', 'social workers', 'social services', 'children’s social care', "children's services"],
  // Taking someone's devices.
  ['seize', 'seizing', 'seizure', 'confiscate', 'confiscated', 'take his phone', 'take her phone'],
  ['laptop', 'computer', 'tablet', 'devices', 'device'],
  // Blaming the child for choosing: the protocol says children do not make informed choices to enter exploitation.
  ['know better', 'her choice', 'his choice', 'chose', 'choosing', 'choice', 'informed choices'],
  // What something is for: the protocol states its aims.
  ['achieve', 'aims', 'aim', 'purpose', 'goal', 'goals', 'objectives'],
  // Who answers for what: accountability and responsibility.
  ['accountable', 'accountability', 'responsible', 'responsibility', 'in charge'],
  // Money trouble: the protocol's economic vulnerability.
  ['poor', 'poverty', 'no money', 'hard up', 'skint', 'cant afford', 'economic', 'financial'],
  // Drinking, by the person who drinks.
  ['drinker', 'alcoholic', 'drinks', 'drinking', 'alcohol'],
  // Many sexual partners, in everyday words; the SAFEGUARD sign is a change in sexual behaviour.
  ['sleeping around', 'lots of partners', 'multiple partners', 'sexual behaviour'],
  // A child who will not talk to professionals: the SAFEGUARD sign is resistance to communicating.
  ['wont speak', 'wont talk', 'refuses to talk', 'refuses to engage', 'not engaging', 'shut off', 'distrust', 'resistance to communicating'],
  // Sharing what agencies know.
  ['tell other professionals', 'tell other agencies', 'share information', 'sharing information', 'information sharing', 'partnership', 'partner agencies'],
  // Comparing images.
  ['compare', 'comparing', 'comparison', 'match'],
  // Being made to do something: the offences speak of causing, inciting and coercion.
  ['made her', 'made him', 'makes her', 'makes him', 'forced', 'forcing', 'causing', 'inciting', 'coercion', 'coerced'],
  // Getting a child back: recovery.
  ['get her back', 'get him back', 'bring her back', 'bring him back', 'recover', 'recovery'],
  // Leaving the country.
  ['abroad', 'overseas', 'foreign', 'out of the country', 'leave the country', 'foreign travel'],
  // Agreeing to something: consent.
  ['agree', 'agreement', 'permission', 'allow', 'consent'],
  // Keeping a secret.
  ['between us', 'keep it secret', 'secret', 'secrets', 'confidential', 'not to tell'],
  // Confronting someone: challenging or approaching them yourself.
  ['confront', 'challenge', 'talk to the man', 'speak to the man', 'talk to him', 'speak to him', 'approach him', 'have a word'],
  // Harmful sexual behaviour described: a child touching other children.
  ['touching younger', 'touching other children', 'touching kids', 'harmful sexual behaviour'],
  // "Passed around" describes abuse by a group.
  ['passed around', 'passed between', 'shared around', 'group', 'groups', 'gangs and groups'],
];

/**
 * The questions each structured fact of an order or power answers, indexed with the fact so that
 * "how long does it last" finds the entry whose `facts.duration` says so.
 */
export const FACT_QUESTIONS: Readonly<Record<string, string>> = {
  whoApplies: 'who applies apply application',
  whoAuthorises: 'who authorises authorise authority grants',
  threshold: 'threshold criteria test grounds when age eligible',
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
  // "Called" names something ("is MASE still called MASE"); it does not ask who to phone.
  called: 'named',
  suicidal: 'suicide',
  abducting: 'abduction',
  fetal: 'foetal',
  abducted: 'abduction',
  abduct: 'abduction',
  // Doubled "l" before an ending, which the stemmer keeps (as in "calling"): fold to the word.
  controlling: 'control',
  controlled: 'control',
  controller: 'control',
  travelling: 'travel',
  travelled: 'travel',
  traveling: 'travel',
  traveled: 'travel',
  labelled: 'label',
  cancelled: 'cancel',
  modelling: 'model',
};

/**
 * Text-speak and clipped spellings, as practitioners type in a hurry on a phone: each is read as the
 * word it stands for before anything else (stop words, stemming, synonyms), so "wat r the signs",
 * "msgs from an older guy" and "shud i tell ppl" ask what the spelt-out question asks. Only forms that
 * cannot be another word in this context are listed ("u", "r" alone are; "cat", "pc" are not).
 */
export const TEXT_SPEAK: Readonly<Record<string, string>> = {
  abt: 'about', 'b4': 'before', bc: 'because', bcos: 'because', cos: 'because', coz: 'because', cuz: 'because',
  cud: 'could', shud: 'should', shd: 'should', wud: 'would', wld: 'would', cld: 'could', hv: 'have', hav: 'have',
  r: 'are', u: 'you', ur: 'your', y: 'why', n: 'and', wen: 'when', wer: 'where', wht: 'what', wat: 'what', wot: 'what',
  hw: 'how', whos: 'who is', thru: 'through', tho: 'though', gonna: 'going to', gotta: 'have to', wanna: 'want to',
  ppl: 'people', peeps: 'people', 'sum1': 'someone', 'som1': 'someone', 'any1': 'anyone', 'every1': 'everyone', 'no1': 'no one',
  msg: 'message', msgs: 'messages', msgd: 'messaged', msging: 'messaging', txt: 'text', txts: 'texts', txtd: 'texted', txting: 'texting',
  pic: 'picture', pix: 'pictures', pik: 'picture', piks: 'pictures', vid: 'video', vids: 'videos', fone: 'phone', fones: 'phones',
  skool: 'school', skl: 'school', yp: 'young person', yps: 'young people', cyp: 'children and young people',
  '2day': 'today', '2nite': 'tonight', '2moro': 'tomorrow', '2morrow': 'tomorrow', nite: 'night', 'l8': 'late', 'l8r': 'later', 'w8': 'wait',
  plz: 'please', pls: 'please', thx: 'thanks', info: 'information', sw: 'social worker', sws: 'social workers', sg: 'safeguarding',
  pt: 'patient', pts: 'patients', mtg: 'meeting', mtgs: 'meetings', appt: 'appointment', yo: 'year old', yrs: 'years',
  dv: 'domestic violence', da: 'domestic abuse', mh: 'mental health', csa: 'child sexual abuse', cp: 'child protection',
  cin: 'child in need', soa: 'sexual offences act', kcsie: 'keeping children safe in education', ehcp: 'special needs',
  bday: 'birthday', til: 'until', tomoz: 'tomorrow', hrs: 'hours', mins: 'minutes', w: 'with',
  // "DNA" alone may be evidence; these forms only ever mean a missed appointment.
  dnaing: 'not attending', dnad: 'did not attend',
  gf: 'girlfriend', bf: 'boyfriend', ofc: 'of course', idk: 'i do not know', dunno: 'do not know',
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
    'he she her him his hers herself himself us another other others up down out off between use ' +
    'too year years yr yrs yo y o old olds aged').split(' '),
);

/**
 * Everyday English words that do not name a topic on their own ("keep", "here", "same", "having").
 * They still count for ranking, but the confidence rule (knowledge/searchConfidence.ts) weighs them
 * as common words: the protocol's 300-odd entries use many of them rarely, which would otherwise make
 * "flat" or "asked" look as distinctive as "custody". Protocol words ("report", "missing",
 * "meeting", "refer") are deliberately left out, even where they are everyday English too.
 */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set(
  ('accept act actually add beg afternoon again ago agree all allow almost already alright always anybody anyone anything ' +
    'anyway appear arrive ask asked asking away back bad basically become becoming before begin believe best better big bit ' +
    'break bring brought building came caught certain clear come coming common complete consider constantly continue cost ' +
    'day decide describe did different difficult doing done drop easy either else end enough entire even evening ' +
    'ever every everybody everyone everything exactly example fact fall far fast feel felt few fill find finish first ' +
    'follow forget free full further gave get getting give go goes going gone good great guess half hand handle hang ' +
    'happen happy hard having hear heavily help here high hold hope huge idea important instead keep kind knew last ' +
    'later least leave less let lie like likely little live long look looking loads lot lots made main make making ' +
    'many matter may maybe mean might mind minute moment month more most move much near nearly never new next nice ' +
    'nobody none normal nothing now often once only part pass people perhaps pick plenty point possible ' +
    'pretty probably put quick quickly quite rather reach ready real really reason recently right round run said same ' +
    'saw say saying says see seem seen set several short show side since sit small something sometimes soon sort start ' +
    'started stay still straight stuff such suppose sure take taken taking tell than thing things think ' +
    'taught thought time today together told tomorrow took true try trying turn turned turning understand used using usual usually ' +
    'various wait waiting walk want wanted watch way week well went whether while whole wish without wonder work ' +
    'working worried worry write wrong yesterday yet').split(' '),
);

/** London's boroughs: a practitioner naming one is saying where, not what, so they weigh as everyday words. */
export const LONDON_BOROUGHS: ReadonlySet<string> = new Set(
  ('barking dagenham barnet bexley brent bromley camden croydon ealing enfield greenwich hackney hammersmith fulham ' +
    'haringey harrow havering hillingdon hounslow islington kensington chelsea kingston lambeth lewisham merton newham ' +
    'redbridge richmond southwark sutton tower hamlets waltham forest wandsworth westminster').split(' '),
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

/** The protocol's own ways of naming a band ("under 16", "under the age of 13", "16 and 17-year-olds"), as the band's term. */
const BAND_NAMES: [RegExp, string][] = [
  [/\bunder(?:\s+the\s+age\s+of)?\s+13\b/gi, 'ageunder13'],
  [/\bunder(?:\s+the\s+age\s+of)?\s+16\b/gi, 'ageunder16'],
  [/\b16[- ]?(?:and|or|to|-)\s*17\b|\b1[67][- ]year[- ]olds?\b/gi, 'age16to17'],
];

/** An entry's text with the age bands it names added as terms, so an age in a question meets the entries about its band. */
export const withAgeBandTerms = (text: string): string =>
  [text, ...BAND_NAMES.flatMap(([pattern, band]) => (text.match(pattern) ?? []).map(() => band))].join(' ');

/**
 * Ages ("a 15 yr old", "14yo", "aged 12", "she's 14") become an age band; questions
 * about age ("how old", "what age", "old enough") ask about "age"; school years ("yr 9") carry no topic.
 */
export const ageBands = (text: string): string => withAgeGap(text, bandsOnly(text));

/** A child's age and an adult's in one question ("she's 14, her boyfriend is 19") describe an age gap: an older person. */
const ADULT_AGE = /\b(?:boyfriend|girlfriend|bf|gf|partner|man|guy|he|adult)\s*['’]?\s*(?:is|s|was|aged)\s+(?:about\s+|around\s+)?(1[89]|[2-9]\d)\b/i;
const withAgeGap = (typed: string, banded: string): string => (/ageunder1[36]|age16to17/.test(banded) && ADULT_AGE.test(typed) ? `${banded} older` : banded);

const bandsOnly = (text: string): string =>
  text
    .replace(/\b(?:aged\s+)?(\d{1,2})\s*-?\s*(?:y\/?o|(?:yrs?|years?)\s*-?\s*olds?)\b/gi, (_m, n: string) => ageBand(Number(n)))
    .replace(/\baged\s+(\d{1,2})\b/gi, (_m, n: string) => ageBand(Number(n)))
    .replace(/\b(?:she|he)\s*['’]?\s*(?:is|s|was)(?:\s+only|\s+just)?\s+(1[0-7]|[1-9])\b(?!\s*(?:am|pm|days?|hours?|weeks?|months?|times?|%))/gi, (_m, n: string) => ageBand(Number(n)))
    .replace(/\b(?:how old|what age|old enough|too old|too young|age limit)\b/gi, ' age ')
    .replace(/\b(?:yr|year|y)\s*(\d{1,2})\b/gi, ' ');
