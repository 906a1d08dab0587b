/**
 * Practitioners' words → the protocol's words. Used by knowledge/searchQuery.ts at query time only: when a
 * question contains any phrase of a group, the other phrases of that group are added to the query at a
 * reduced weight, so the practitioner's own word still counts most. Every group says why it exists.
 *
 * Audit rules: a group joins words that mean the same thing to a practitioner in this context; each
 * group must contain at least one phrase the reviewed entries actually use; no group may name a
 * single entry or exist to fix a single evaluation question. Abbreviations in the glossary are
 * expanded automatically (see abbreviationsOf in searchVocabulary.ts) and need no group here.
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
  // Being worried, in everyday words ("am i overreacting" asks whether to be); the protocol speaks of concerns.
  ['worried', 'concerned', 'worry', 'concern', 'concerns', 'overreacting', 'over reacting'],
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
  // Nails as practitioners see them (the SAFEGUARD sign says "new nails").
  ['nails', 'acrylics', 'acrylic nails', 'gel nails', 'nail extensions', 'manicure', 'manicures'],
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
  // Police CSE categories ("cat 2" is read as "category 2" by knowledge/searchTerms.ts tokenize; a cat alone is a pet).
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
  // A child judged able to decide for themselves (Gillick competence) is asked about their own consent.
  ['gillick competent', 'gillick competence', 'gillick', 'consent'],
  // Seeing a child alone, without whoever brings them: the protocol says they should be spoken to privately.
  // ("Privately" only in phrases: alone it stems as "private" does, and "private hire" is a taxi.)
  ['on her own', 'on his own', 'on their own', 'by herself', 'by himself', 'alone', 'spoken to privately', 'speak privately'],
  // Keeping a secret ("told me in confidence"; "confidence" alone is also self-esteem, so only the phrase).
  ['between us', 'keep it secret', 'secret', 'secrets', 'confidential', 'not to tell', 'in confidence'],
  // Confronting someone: challenging or approaching them yourself.
  ['confront', 'challenge', 'talk to the man', 'speak to the man', 'talk to him', 'speak to him', 'approach him', 'have a word'],
  // Harmful sexual behaviour described: a child touching other children.
  ['touching younger', 'touching other children', 'touching kids', 'harmful sexual behaviour'],
  // "Passed around" describes abuse by a group.
  ['passed around', 'passed between', 'shared around', 'group', 'groups', 'gangs and groups'],
];
