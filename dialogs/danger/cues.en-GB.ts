import { cueSetSchema, type CueSet } from './cueSet.schema';
import { MODIFIERS_EN_GB } from './modifiers.en-GB';
import { HARM_UNNAMED_EN_GB, HOME_AS_PLACE_OF_HARM_EN_GB, HOME_COMPANY_WORDS, MISSING_EPISODE_NAMES_EN_GB, NEVER_SAFE_COMPANY_EN_GB, PRESENT_STATE_EN_GB, REPORTED_BEFORE_EN_GB, SAFE_COMPANY_WORDS, SAID_SAFE_NOW_EN_GB, SAFE_CLAIM_ANY_EN_GB, THREAT_NAMES_EN_GB } from './safeNow.en-GB';
import { CHILD_EN_GB as CHILD } from './childWords.en-GB';
import { REPEATED_PATTERN_EN_GB, SEEN_NOW_EN_GB } from './patternNow.en-GB';
import { MISSING_EN_GB, MISSING_STILL_EN_GB } from './missing.en-GB';
import { EMERGENCY_NOW_EN_GB, HARM_AS_HABIT_EN_GB, INJURIES_NOW_EN_GB, SELF_HARM_INTENT_NOW_EN_GB } from './selfHarmNow.en-GB';
import { PRESENT_EN_GB } from './presentWords.en-GB';
import { CLAUSE_NOW_OPENERS_EN_GB, NOT_OVER_EN_GB, PAST_EVENT_TIMES_EN_GB, RECENT_PAST_EN_GB } from './pastClause.en-GB';

/**
 * British English danger cues. Patterns match the normalised text: lower case, no punctuation,
 * contractions and text-speak expanded ("shes" -> "she is", "rn" -> "right now"), spelling
 * corrected towards the cue words. Recall first: when in doubt, a cue belongs here.
 */

// Who a cue is about: a pronoun or a child.
const WHO = `(?:her|him|them|me|us|my \\w+|the ${CHILD}|a ${CHILD}|this ${CHILD}|our ${CHILD}|${CHILD})`;
const ADULTS = '(?:a man|an? (?:older |adult |unknown |strange )?(?:man|male|bloke|guy|adult|stranger|woman)|(?:two|2|three|3|four|4|several|some|older|adult|unknown|strange|grown|the) (?:older |adult |unknown )?(?:men|males|guys|blokes|adults|strangers|lads|boys)|men|older men|strangers|(?:his|their) (?:mates|friends)|(?:his|her|their) (?:pimp|dealer)|the gang|a gang|him|them)';
const VEHICLE = '(?:car|van|cab|taxi|minicab|uber|vehicle|lorry|truck|back seat|boot)';
// Issue 8, the eleventh round: a taxi or car sent for the child by the adult is the pick-up about to happen (force, with its own time).
const SENT_FOR = `(?:he|they|someone|somebody|a man|men|the (?:man|men|guy|bloke)|his (?:mates?|friends?)) (?:has |have |had |just )*(?:sent|ordered|booked|paid for|is sending|are sending) (?:(?:her|him|them) )?(?:an? |the )?(?:\\w+ )?${VEHICLE}`;
const PLACE = '(?:flat|house|hotel|room|bedroom|bathroom|party|house party|trap house|address|stranger\\w* house|\\w+s (?:flat|house|place|car)|bnb|airbnb|hostel|car park|alley|garage|basement|cupboard|penthouse|corridor|lobby)';

export const CUES_EN_GB: CueSet = cueSetSchema.parse({
  locale: 'en-GB',
  rewrites: {
    rn: 'right now', atm: 'at the moment', rite: 'right', noww: 'now', nw: 'now',
    // Issue 8, the seventh exploratory test: text-speak times and "shld" read as the words they stand for, so "last wk … shld i
    // report it" is read as "last week … should i report it" is (a time past, a question), not as words no rule knows.
    yday: 'yesterday', ystday: 'yesterday', tdy: 'today', '2mrw': 'tomorrow', '2moz': 'tomorrow', wknd: 'weekend', wkend: 'weekend', mnth: 'month', shld: 'should',
    '2nite': 'tonight', '2night': 'tonight', tonite: 'tonight', tnight: 'tonight', '2day': 'today', '2moro': 'tomorrow', tmrw: 'tomorrow', tomoz: 'tomorrow',
    u: 'you', ur: 'your', r: 'are', pls: 'please', plz: 'please', plzz: 'please', wiv: 'with', wid: 'with', w: 'with',
    whats: 'what is', whos: 'who is', wheres: 'where is', theres: 'there is', thats: 'that is', heres: 'here is',
    im: 'i am', ive: 'i have', shes: 'she is', hes: 'he is', theyre: 'they are', theyve: 'they have', theyll: 'they will', hell: 'he will', shell: 'she will',
    wont: 'will not', cant: 'cannot', dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not', arent: 'are not', wasnt: 'was not',
    hasnt: 'has not', havent: 'have not', couldnt: 'could not', wouldnt: 'would not', aint: 'is not', dunno: 'do not know',
    werent: 'were not', hadnt: 'had not', shouldnt: 'should not', mustnt: 'must not', neednt: 'need not', mightnt: 'might not',
    gonna: 'going to', gunna: 'going to', wanna: 'want to', gotta: 'got to', bein: 'being', goin: 'going', takin: 'taking', comin: 'coming', tryin: 'trying',
    sez: 'says', m8: 'mate', m8s: 'mates', sum: 'some', cos: 'because', coz: 'because', cuz: 'because', thru: 'through', ppl: 'people',
    bf: 'boyfriend', gf: 'girlfriend', yp: 'young person', yo: 'year old', yr: 'year', yrs: 'years', hr: 'hour', hrs: 'hours', min: 'minutes', mins: 'minutes', secs: 'seconds',
    b4: 'before', skool: 'school', gurl: 'girl', pupl: 'pupil', dauter: 'daughter', daugther: 'daughter', forsed: 'forced', raype: 'rape', od: 'overdose', oded: 'overdosed', ods: 'overdoses',
    gt: 'got', nife: 'knife', knif: 'knife', kms: 'kill myself', kys: 'kill yourself', gona: 'going to', fone: 'phone', nite: 'night', lil: 'little', dor: 'door', bk: 'back', sed: 'said',
    n: 'and', wat: 'what', wot: 'what', sum1: 'someone', txt: 'text', bfs: 'boyfriends', gfs: 'girlfriends', da: 'the', ma: 'my', mi: 'my', cum: 'come', hav: 'have',
    hlp: 'help', av: 'have', ther: 'their', tryna: 'trying to', frm: 'from', txtd: 'texted', txtng: 'texting', d8r: 'daughter', shez: 'she is', tkn: 'taken', gne: 'gone', gal: 'girl', sis: 'sister',
    unconsious: 'unconscious', trafiking: 'trafficking', trafikking: 'trafficking', trafficing: 'trafficking', trafficed: 'trafficked', trafiked: 'trafficked', drugd: 'drugged', kidnaped: 'kidnapped', raepd: 'raped', rapped: 'raped', abussed: 'abused', bleedin: 'bleeding', batter: 'beat', battering: 'beating', battered: 'beaten',
  },
  keepAsTyped: [
    'stating', 'sweeping', 'begin', 'within', 'cabin', 'margin', 'cousin', 'basin', 'virgin', 'admin', 'origin', 'robin', 'muffin', 'pumpkin', 'napkin', 'satin', 'latin', 'dolphin', 'penguin', 'martin', 'kevin', 'goblin',
    'looked', 'looking', 'talking', 'might', 'trying', 'sneaking', 'driver', 'drivers', 'policy', 'snapchat', 'officer', 'shops', 'throat', 'throats', 'showed', 'shown', 'shared', 'sharing', 'scarred', 'picture', 'drank', 'stable', 'taking', 'takes', 'looks', 'liked', 'likes', 'lacked', 'rocked', 'racing', 'rating', 'rated', 'taped', 'dated', 'hated', 'raced', 'traced',
    'forces', 'forget', 'forged', 'force', 'heard', 'hearing', 'hunted', 'wrote', 'tired', 'fired', 'hired', 'hosted', 'based', 'missed', 'misses', 'mixing',
    'sending', 'spending', 'ending', 'threats', 'treat', 'treated', 'treating', 'attach', 'attached', 'detach', 'helped', 'steal', 'stole',
    'tracked', 'tracking', 'packed', 'picked', 'packing', 'stable', 'tablet', 'table', 'bleep', 'sheds', 'hitting', 'sitting', 'fitting', 'kitting',
    'drugs', 'drags', 'danced', 'dancing', 'bullied', 'bullying', 'overdue', 'collapse', 'choked', 'chose', 'chosen', 'locker', 'lockers', 'blocked',
    'streamed', 'streaming', 'streams', 'screening', 'screened', 'staring', 'stared', 'writing', 'written', 'filling', 'filled', 'explained', 'explains', 'hotels', 'passenger', 'passengers', 'waving', 'voting', 'hosting', 'costing', 'posting', 'bought',
  ],
  names: [
    'emergency protection orders?', 'epos?', 'emergency (?:department|departments|services?|contacts?|contact number|accommodation|placements?|procedures?|duty team|department safeguarding \\w+|foster (?:carers?|care|placements?|homes?)|(?:strategy )?(?:meetings?|discussions?)|respite|beds?|appointments?)',
    'accident and emergency', 'a and e', 'a e', 'ae', 'child abduction warning notices?', 'abduction warning notices?', 'child abduction act', 'abduction act', 'cawns?',
    'sexual (?:risk|harm prevention) orders?', '(?:slavery and )?trafficking (?:and exploitation )?risk orders?', 'forced marriage protection orders?',
    'female genital mutilation protection orders?', 'police protection(?: powers?| officers?)?', 'closure orders?', 'risk of sexual harm orders?',
    'section \\d+\\w*', 's\\d+\\w*', 'the offence of \\w+', 'offences? of \\w+', 'emergency abroad', 'lockdown drills?', 'safety plan', 'waiting rooms?', '(?:\\w+ ){0,2}(?:awareness|prevention|safety) (?:workshops?|talks?|sessions?|programmes?|assembl(?:y|ies)|training)', 'non emergency', '101 or 999', '999 or 101',
    '(?:\\w+ ){1,2}prevention orders?', 'knife skills', 'emergency (?:contraception|contraceptive|pill)', '(?:i|we) (?:have )?(?:taken|took) (?:her|his|their) (?:phone|ipad|tablet|laptop)(?: (?:off|away from) (?:her|him|them))?', '(?:fire|bomb|evacuation|lockdown|scare) drills?',
    '(?:forced marriage|fgm|cse|cce|county lines|trafficking|missing|safeguarding|abuse|exploitation) (?:policy|policies|unit|guidance|assembly|awareness|lesson|training|team|procedures?)',
    // Idioms: longing for someone, missing lessons, a cycle, a danger to exams.
    'missing (?:her|his|their|my) (?:mum|dad|mother|father|family|friends|parents|nan|gran|brother|sister|home|old school)', 'missing (?:a lot of |lots of |some |too much )?(?:school|lessons|classes|days|appointments|sessions)',
    'trapped in a (?:cycle|pattern|loop)', 'in danger of (?:fail\\w*|los\\w*|miss\\w*|drop\\w*|exclusion|being excluded)', 'help me cards?', '(?:drink )?spiking (?:awareness|campaign|kits?)',
    // A suspicion of something that lasts (exploited, groomed, trafficked) is a worry to refer, not an act to stop now.
    '(?:worried|concerned|think|thinks|suspect|suspects|wonder\\w*|believe|feel|signs?) (?:that |if )?(?:\\w+ ){0,8}(?:is|are|might be|may be|could be|has been) (?:being )?(?:sexually )?(?:exploited|groomed|trafficked|radicalised)',
    '(?:might|may|could) (?:be )?(?:being )?(?:sexually )?(?:exploited|groomed|trafficked)',
    '(?:worried|concerned|think|thinks|suspect|suspects|wonder\\w*|believe|feel) (?:that |if )?(?:\\w+ ){0,8}(?:is|are|might be|may be|could be|has been) (?:dealing|selling|running|carrying) (?:drugs|county lines)',
    '(?:might|may|could) be (?:selling|pimping|trafficking|exploiting|abusing|grooming) (?:her|him|them)',
    // A weapon taken off a child is in safe hands: "the knife I confiscated".
    '(?:knife|knives|weapon|weapons|blade|gun)s? (?:that )?(?:i|we|staff|security|they) (?:have )?(?:confiscated|seized|took off|taken off)', '(?:confiscated|seized|handed in|took off (?:her|him|them)|taken off (?:her|him|them)) (?:a |the |his |her )?(?:knife|knives|weapon|weapons|blade|gun)',
    // "What now" asks for the next step; it is not when a danger happens.
    '(?:should|do|can|must|shall) (?:i|we) still', '(?:so )?what (?:do (?:i|we) do |should (?:i|we) do |happens |should happen )?now$', '^now what', '(?:what are the )?next steps',
    // A thing locked away, not a child: "its locked in the safe".
    '(?:it|its|phone|phones|device|devices|laptop|ipad|tablet|evidence|bag|items?|drugs|knife|weapon)(?: is| was| has been| are| were| now)? locked (?:away|up|in (?:a|the|our) (?:safe|cabinet|filing cabinet|drawer|office|locker))',
    // 999 as a call already made, or as one route weighed against another, is told of or asked about; what else the message says still counts.
    '(?:i|we|they|he|she|someone|staff|mum|dad|police) (?:have |has |had |already )*(?:called|rang|rung|phoned|dialled|dialed) 999',
    '(?:(?:a )?(?:call|calls|calling|ring|ringing|phone|phoning|dial|dialling) (?:to )?)?999 or (?:a |an |the |make a |call |ring )?(?:mash|mase|dsl|101|social care|social services|childrens services|lado|\\w+ referral|referral)',
    '(?:mash|mase|dsl|101|social care|social services|a referral|referral) or (?:a )?(?:call(?:ing)? |ring(?:ing)? )?999',
    '(?:i|we|they|he|she|someone|staff|mum|dad|police) (?:have |has |had |already )*(?:made|placed|logged) (?:a |an |the )?999 calls?', '(?:a|the|her|his|their|my|our) 999 call (?:was|were|has been|had been) (?:made|placed|logged)',
    // Help sought, received, refused, offered, given or had, told of someone ("she sought help", "she was offered help"), is a report
    // of help, not a cry for it, and "can you help" asks the assistant; only the word "help" is taken out, so what else is said still counts.
    // A plea told ("she texted me help", "she wants help", "please can you help", "she asked can you help", "just help") still alarms;
    // "has her, help" is no report.
    '(?<=(?:seek|seeks|seeking|sought|receive|receives|receiving|received|accept|accepts|accepting|accepted|refuse|refuses|refusing|refused|decline|declines|declining|declined|reject|rejects|rejecting|rejected|(?:turn|turns|turning|turned) down|access|accesses|accessing|accessed) (?:(?:the|some|any|more|extra|professional|specialist|their|our) )?)help',
    '(?<=(?:offer|offers|offering|offered|gave|given|giving|provide|provides|providing|provided) (?:(?:her|him|them|the|some|any|more|extra|professional|specialist|their|our) )?)help',
    '(?<=(?:got|gets|had|has|have|having) (?:(?:some|any|more|extra|professional|specialist) )?)help', '(?<=(?:i|we) (?:want|wanted|would like|am trying|are trying|tried|try) to )help(?= (?:her|him|them))', '(?<=(?<!(?:please|said|says|saying|asked|asks|asking|texted|messaged|whispered|mouthed|wrote) )(?:can|could) you )help$',
    // "Emergency" in a question of what to do in one, or of what counts as one, is asked about; a medical or planning name is a name.
    '(?<=(?:who|what|where|how|which) (?:\\w+ ){0,5}in an )emergency', '(?<=(?:counts?|counted|classed|class|treated|defined|qualif(?:y|ies)) as an )emergency',
    'emergency (?:room|surgery|operations?|(?:medical )?treatment|admissions?|dentist|(?:care |safety )?plans?|planning|numbers?|lines?|funds?|funding|grants?|payments?)',
    // The writer asking for help with a task of their own ("help me write a referral", "help us understand the protocol"), and help as
    // the purpose of a plan or a service ("a plan to help her"), are no plea; "help me find", "help me get out" and "someone to help her" still are.
    'help(?= (?:me|us) (?:to )?(?:understand|write|draft|word|phrase|fill (?:in|out)|complete|record|document|prepare|summari[sz]e|plan (?:a|an|the|my|our)|make sense of))',
    '(?<=(?:plan|plans|support|services?|ways?|strategies|work|working|resources?|interventions?|programmes?|groups?|agencies|professionals) to )help(?= (?:her|him|them))',
    // A relationship ending ("her boyfriend dumped her"), children screaming in play, and a note from a parent or a note passed in class are everyday.
    '(?<=(?:boyfriend|girlfriend|partner|ex) (?:has |had |just )?)dumped(?= (?:her|him|them)(?! (?:at|in|on|outside|near|by|off|somewhere|there)))', 'dumped(?= by (?:her|his|their) (?:boyfriend|girlfriend|partner|ex)(?! (?:at|in|on|outside|near|off)))',
    'scream(?:ing|ed)(?= (?:with|in) (?:laughter|delight|excitement|joy)| and laughing)',
    'note(?= from (?:her|his|their|the|a) (?:mum|mother|dad|father|parents?|carers?|gp|doctor|nan|gran|school|teacher))', '(?<=(?:passed|passing|passes|passed me|passed her|passed him) a )note(?= in (?:class|lessons?|the lesson|assembly))',
    // A man described as a danger to children in general is an assessment of him; "unsafe sex" is a health term; "not safe to assume" an idiom.
    'danger(?= to (?:children|kids|young people|girls|boys|others|the public|the community|society))', 'unsafe(?= (?:sex|sexual (?:activity|practices|behaviour|intercourse)))', 'not safe(?= to (?:assume|say|rely|presume|conclude))',
    // "Stranger danger" is a lesson's name; "danger signs" are what the protocol calls warning signs.
    'stranger danger', 'danger (?:signs?|signals?)',
    // A law in force, a police force, the writer's own procedure ("when i call the police", "can we take a pupils phone off her"),
    // and help already on its way: names and routes, not danger; what else the message says still counts.
    '(?:in|into|out of) force', '(?:police|task|neighbouring) forces?',
    '(?<=(?:when|if|before|after|once) (?:i|we|you|staff) )call the police',
    '(?:(?:can|could|should|may|must|do|are|am) (?:i|we)|(?:i|we)(?: (?:have|had|will|would|did|then|just|always|normally|usually))?) (?:allowed to |able to |supposed to |meant to )?(?:take|confiscate|remove|search|seize) (?:a |the |her |his |their )?(?:\\w+s )?(?:phone|phones|ipad|tablet|laptop|device|devices)(?: (?:off|away from) (?:her|him|them))?',
    'will not stop (?:talking|chatting|laughing|going on|moaning|arguing|eating)', '(?:has|have) to be (?:done|completed|reported|referred|recorded|logged|signed|agreed|authori[sz]ed|approved|held|chaired|police|in writing|within)',
    '(?:the police|police|officers?|an? ambulance|the ambulance|paramedics|help|backup|(?:a |the )?social worker) (?:is |are |has been |have been )?(?:already )?(?:on (?:the|their|its|his|her) way|en route)',
    'missing episodes?', 'missing from (?:home|care) (?:interview|episodes?|coordinator)', '(?:returned|came back|comes back|back) (?:home )?(?:from|after) (?:being )?missing', 'after being missing',
  ],
  cues: {
    alarm: [
      // The child's own plea or signal to someone nearby, or a call that ends.
      'let me go(?! (?:and|to|get|check|see|ask|home))', '(?:typed|texted|text|said|wrote|messaged|whispered|mouthed|shouted|screamed|sent|rang) (?:me |us )?(?:the word )?help', 'ask(?:ed|s)? (?:me |us |staff )?for help(?! (?:with|on|about|from))',
      'shak(?:e|es|ing) (?:her|his|their) head', '(?:slipped|passed|handed|holding|held|hold) (?:me |us |up )?(?:a )?note', 'keeps? looking at me', 'waving (?:at|for|from)',
      '(?:was|got|call) cut off(?! from)', 'get me out', 'pick me up', 'do not (?:take|make|send|leave) me', '(?:asked|asking|begged|begging) (?:us|me|staff|reception) (?:not to (?:let|leave|send|make)|to (?:call|help|hide|get))',
      'bang(?:s|ing|ed)? on (?:the|our|her|my|his) (?:door|window|glass|wall)', '(?:make|tell) (?:him|them) (?:to )?stop', 'will not stop', 'please come', 'i am (?:so )?scared',
      '(?:should|shall|do|can|must) (?:i|we) (?:call|ring|phone|dial) (?:999|the police|police)', '(?:line|phone|call) (?:went|goes) dead', '(?:can|could) hear (?:\\w+ ){0,3}(?:crying|screaming|shouting|sobbing|begging|banging)',
      '(?:in|at) (?:immediate |serious |real |grave )?(?:danger|risk of (?:harm|serious harm|death|being killed))',
      'immediate (?:danger|risk|threat|harm)', 'at (?:immediate |serious |significant )?risk (?:now|right now|tonight|today|of significant harm)', 'imminent (?:danger|risk|threat|harm)', 'danger', 'dangerous (?:situation|man|men)',
      'emergency', '999', 'sos', 'help me', 'please help', 'help please', 'help us', 'come (?:and )?get me', 'come now', 'call the police', '(?<=\\w )(?<!(?:get|for|early|some|any|of|with|need|extra|what|more|can|could|who|will|would) )help$', 'help (?:me|us|her|him|now|please|asap)',
      '(?:is|are|am|feels?|feel) (?:not|unsafe|never) safe', 'not safe', 'unsafe', '(?:is|are|am) scared for (?:her|his|their|my) (?:life|lives)',
      'on the (?:railway|train|tube|rail) ?(?:line|lines|track|tracks)?', 'on the edge of (?:the |a )?(?:\\w+ )?(?:roof|bridge|platform|cliff|balcony|building|car park)', 'on the (?:motorway|roof|ledge|tracks|dual carriageway|hard shoulder|bypass|ring road)', 'in the (?:river|canal|sea|water)', 'begging (?:him|them|someone) to stop',
      'in the boot', 'dumped', 'screaming', 'scream(?:ed|s)? for help', 'shouting for help', 'asking for help(?! (?:with|on|about))', 'crying for help', 'banged on the window', 'terrified', 'at risk tonight',
    ],
    now: [
      'within the (?:last|past) (?:hour|few minutes|\\d+ (?:minutes|hours))', '\\d{1,2} (?:am|pm)', 'for (?:two|three|four|\\d+|an?|a few|several) (?:hours|hour|minutes)',
      'right now', 'now', 'at the moment', 'currently', 'as we speak', 'this (?:minute|second|moment|evening|afternoon)', 'tonight', 'today', '(?<!(?:was|were|been|had|is|are) )later(?: today| on)?',
      'this weekend', 'tomorrow', 'at (?:\\d+|midnight|lunch|lunchtime)(?: ?(?:am|pm|tonight|today))?', 'at home time', 'by (?:\\d+|midnight|tonight|tomorrow)',
      'in (?:an?|half an|the next|\\d+|ten|five|twenty|thirty|a few|a couple of) ?(?:\\w+ )?(?:minutes|minute|hours|hour|seconds)',
      '(?:\\d+|an?|ten|five) (?:minutes|hours|hour) ago', 'any (?:minute|moment|second|time now)', 'soon', 'on (?:his|her|their|the|my) way', 'just now',
      'about to', SENT_FOR, '(?:has|have) just', 'coming (?:to|for|round|over|back)', '(?:just )?(?:turned|showed) up', 'has arrived', 'in the morning', 'is coming', 'are coming', 'waiting (?:for|outside|to|in)', 'is waiting', 'are waiting',
      'still', 'live', 'after school', 'after (?:her|his|the) appointment', 'every (?:night|day|weekend)', 'there now', '(?:is|are|am) here', 'here now',
      'has (?:\\d+|one|an?) (?:hour|hours|minutes)', 'has until', '(?:it is|its) (?:now )?(?:\\d{1,2}(?: \\d\\d)?|midnight|gone \\d+)(?: ?(?:am|pm))?(?: now)?$', 'til (?:midnight|tonight|\\d+)', 'crying', 'screaming', 'shouting',
    ],
    harm: [
      'exploit(?:s|ing)? (?:her|him|them)', 'giv(?:e|es|ing|en) (?:\\w+ ){0,3}(?:drugs|alcohol|vodka|pills)',
      '(?:sexual(?:ly)? )?assault\\w*', 'rape', 'raped', 'rapes', 'raping', 'rapist', 'abuse', 'abused', 'abusing', 'abuses', 'molest\\w*', 'attack\\w*',
      'beat', 'beats', 'beaten', 'beating', 'hit', 'hits', 'hitting', 'hurt', 'hurts', 'hurting', 'stab(?:s|bed|bing)?', 'stab wounds?', 'punch\\w*', 'kick\\w*', 'strangl\\w*', 'chok(?:e|ed|es|ing)',
      'bleeding', 'bleed', 'blood', 'injur\\w*', 'wounds?', 'thr(?:ew|own|owing) (?:her|him|them)', 'thrown', 'slapp\\w*', 'smack\\w*', 'bruis\\w*', 'burn(?:t|ed|ing)? (?:her|him|them)', 'touch(?:ed|ing|es)? (?:her|him|them)', 'touched', 'grop\\w*', 'punish\\w*',
      '(?:have|having|has) sex', 'sex with', 'sex acts?', 'for sex', 'sleep(?:ing)? with',
      // A child staying the night at a man's or with him: "my niece is 15 … shes at his tonight staying over" (over-now-twins-dev.json).
      `(?:at (?:his|their|a mans|the mans|an? (?:older )?(?:man|guy|bloke)s? (?:flat|house|place))|with (?:him|them|a man|an older \\w+|older \\w+))(?: \\w+){0,2}? (?:staying|sleeping|to stay|to sleep|stays|sleeps) (?:over|the night)`,
      `(?:staying|sleeping|to stay|to sleep|stays|sleeps) (?:over|the night) (?:at (?:his|their|a mans|the mans|an? (?:older )?(?:man|guy|bloke))|with (?:him|them|a man|an older|older))`, 'sexual(?:ly)? exploit\\w*', 'exploited', 'being exploited',
      'pimp\\w*', 'prostitut\\w*', 'traffick\\w*', 'sold', 'sell(?:s|ing)? (?:her|him|them)', 'being sold', '(?:be|being|get|getting) shared', 'shouting at (?:her|him|them)', 'passed around', 'passing (?:her|him|them) around', 'passed between',
      '(?:film|record|video|photograph|stream|livestream)\\w* (?:her|him|them)', 'filmed', 'filming', 'live ?stream\\w*', 'webcam', 'on camera', 'video call',
      'undress\\w*', 'take (?:her|his|their) clothes off', 'naked', 'pictures of (?:her|him|them) undressed', 'cutting', 'self harm\\w*', 'bullied and beaten',
      'gave (?:her|him|them) drugs', '(?:be|being|get|getting) cut', 'fgm', 'genital mutilation', 'circumcis\\w*', 'cutting ceremony', 'expos\\w* (?:himself|themselves)',
      'suppl(?:y|ies|ied|ying) (?:her|him|them) with', 'plying (?:her|him|them)', `buy(?:s|ing)? (?:\\w+ ){0,2}(?:drinks?|shots|vodka|alcohol|booze|spirits) (?:for|to) (?:her|him|them|(?:(?:a|an|the|two|some|these|those) )?(?:\\w+ )?(?:${CHILD}|girls|boys|teens|teenagers|children))`, `taking (?:photos|pictures|pics|videos) of ${WHO}`, '(?:she|he|they|i|girl|boy|child|kids|children|daughter|son) (?:is|are|am) being used', 'used (?:her|him|them) (?:to|for)', 'giving (?:her|him|them) (?:drugs|drink|drinks|alcohol|vodka)', 'spiking', 'sexual', 'marri\\w*',
    ],
    force: [
      // Someone directing the child now, or taking a child they have no right to.
      'telling (?:her|him|them|my \\w+) to', 'asking (?:her|him|them|my \\w+|the \\w+|a \\w+) to (?:show|undress|strip|send|film|touch|meet|come|go|get)', 'let (?:her|him|them) go with', 'not on the (?:\\w+ )?list', '(?:answer|speak)(?:s|ing)? (?:\\w+ ){0,2}(?:questions? )?for (?:her|him|them)(?! (?:homework|coursework|exams?|tests?|assignments?|project|course|own))', '(?:run|running|ran|hold|holding|deal|dealing) (?:drugs|county lines|a line)', 'stop (?:him|them|her) (?:taking|leaving|from taking|driving)', 'follow (?:the|his|their) (?:car|van)',
      'force', 'forced', 'forcing', 'forces', 'coerc\\w*', 'made (?:her|him|them|me)', 'mak(?:e|es|ing) (?:her|him|them|me)', 'has to (?:go|see|work|meet|be|pay|deliver)',
      'have to (?:go|see|work|meet|be|pay)', 'told (?:her|him|them) to (?:come|go|meet)', 'or else', 'or they will', 'or he will', 'unless',
      'pressur\\w*', 'made to', 'being made', 'offer(?:s|ing)? (?:her|him|them)? ?(?:lifts?|drinks?|drugs|money|alcohol|a lift)', 'dropp\\w* (?:her|him|them)? ?off', 'demanding', 'pick(?:s|ing|ed)? (?:her|him|them|my \\w+) up', 'pick up (?:her|him|them)', 'picking up a',
      'collect(?:s|ing|ed)? (?:her|him|them)', `collect(?:s|ing) (?:a|the|our|one of our) (?:\\w+ )?${CHILD}`, 'to collect (?:her|him|them|a)', 'be collected', 'here to collect', 'come (?:and )?(?:get|take|find) (?:her|him|them)',
      'coming (?:to|for) (?:get |take )?(?:her|him|them)', 'fl(?:y|ying|ies|own|ew) (?:out|abroad|to)', 'flight', '(?:sent|taken|taking|send|sending) (?:her|him|them)? ?abroad', 'coming (?:round|over)', `take ${WHO}`, `taking ${WHO}`, 'taken (?:to|by|somewhere|abroad)',
      'driv(?:e|es|ing|en) (?:her|him|them|round|around|to)', 'being driven', 'being moved', 'moved to', 'sent to', 'sending (?:her|him|them) to',
      'meet(?:ing|s)? (?:a|an|her|him|them|men|this|some|older|the man|up)', 'to meet', 'get (?:her|him|them|the kids) in(?:to)? (?:their|his|a|the)',
      'got in(?:to)? (?:a|the|his|their) (?:\\w+ )?' + VEHICLE, 'went off with', 'gone off with', '(?:gone|went|left|going|walked off|run off|ran off) (?:with|wiv) (?:the|a|an|some|two|older|\\d+) (?:\\w+ )?(?:man|men|male|adult|adults|stranger|guy|bloke|lads)', '(?:drove|driven|driving|drive|drives|ran|run|walked|sped) off with', 'not allowed (?:unsupervised|contact|to (?:see|have|be with) (?:her|him|them))', 'left with', 'led away', 'off with (?:two|2|some|older)',
      'carry(?:ing)? (?:drugs|knives|a knife|weapons)', 'deliver\\w* (?:drugs|a package)', 'sell(?:ing)? drugs', 'owes?', 'debt', 'cuckoo\\w*', 'county lines trap',
      'get (?:her|him|them) (?:the minute|when|as soon)', 'will get (?:her|him|them)', 'searching for (?:her|him|them)', 'searching the', 'looking for (?:her|him|them)', '(?:are|is) after (?:her|him|them)',
      'prove (?:herself|himself|themselves)', SENT_FOR, 'going with (?:him|them|one of|older|a man|men)', 'telling (?:her|him|them) to (?:come|go|meet|send|get)',
      // Issue 8, the tenth round: a child going back to the danger ("she is going back there tonight", a follow-up about the flat
      // already told). With a time, or told as going on, it is the danger to come; only the model alarmed, and not under nine words.
      `(?:she|he|they|${CHILD}) (?:is |are |has |have |will |wants to |want to )?(?:going|gone|go|goes|went|heading|getting) back (?:there|to (?:him|them|(?:his|their|that|the|an?|those) (?:\\w+ )?(?:man|men|mans|flat|house|place|address|party|hotel|room|car|mates|friends|guys|lads|boyfriend)))(?!\\w)`,
      // Control of what the child may say or do, by the adult beside her: "shes not allowed to speak".
      'controlling', 'not allowed to (?:speak|talk|answer|say|look|leave|go|have|eat|use)', '(?:will|would|does|do) not let (?:her|him|them) (?:speak|talk|answer|say)',
      'brought (?:in |round |over |along |back )?(?:her|him|them|a|an|young|two|\\d+)', 'being brought', 'brings (?:her|him|them)', 'following (?:her|him|them)', 'followed', 'being followed', 'chasing', 'chased', 'circling', 'demanding to see',
      'wants? me to keep going', '(?:did|does) not want to (?:go|leave)', 'asking for (?:a|her|him|the) ', 'to see (?:him|them)', 'to go to (?:a|an|the|his) (?:\\w+ )?(?:car|flat|house|hotel)', 'not her dad', 'not his dad', 'is not (?:her|his) (?:dad|father|uncle)', 'does not want to go', 'does not want to',
    ],
    captivity: [
      // Taken, pulled or refused leave, said in the words people use for it.
      'refus\\w* to let (?:her|him|them|me)', '(?:we|they) (?:have got|have|got) (?:her|him|them|your \\w+)(?= |$)', 'pull(?:s|ing|ed)? (?:her|him|them) (?:up|away|out|along|back)', 'just (?:took|taken|grabbed|snatched) (?:her|him|them|my \\w+)', '(?:took|taken) (?:her|him|them|my \\w+) (?:in|into) (?:a|the|his|their) (?:\\w+ )?' + VEHICLE,
      // A child taken by someone: "someone took my daughter", not "he took my son to football".
      '(?:someone|somebody|a man|men|they|he|she|a stranger|an adult) (?:has |have |just )?(?:took|taken|snatched) (?:my|our|her|his|the|a) (?:daughter|son|child|kid|baby|girl|boy|sister|brother|niece|nephew|grandchild)(?! (?:to|for|out|home|shopping|swimming))\\b',
      // Issue 8, the tenth round: "he took her" said with nowhere she was taken to, or taken from somewhere, or not brought back, is
      // a child taken now ("he always picks her up from school, he took her"): the pattern beside it makes it more serious, never less.
      '(?:he|they|someone|somebody|a man|men|the (?:man|men|driver|guy|bloke)|a stranger|an adult) (?:has |have |just )?(?:took|taken|snatched) (?:her|him|them)(?=$| from | away| off| and (?:will not|would not|drove|ran|went|left|walked|now))',
      '(?:will not|would not|refus\\w* to) (?:bring|give|send) (?:her|him|them) (?:back|home)',
      'took (?:her|him|them) (?:round|behind|into) (?:the )?(?:back|woods|bushes|alley)', '(?:pull|push|drag)\\w* (?:\\w+ ){0,3}(?:out of|into|off) (?:a|the|his|their) (?:\\w+ )?' + VEHICLE,
      'pretend\\w* to be (?:her |his |their |the |a )?(?:mum|mother|dad|father|parent|carer|uncle|aunt)',
      'lock(?:s|ed|ing)? (?:her|him|them|me|the doors?|herself|himself)?\\s?(?:in|up|inside|out)', 'locked', 'trapped', 'traps? (?:her|him|them)',
      '(?:held|holding|hold|holds) (?:her|him|them|me|captive|hostage|against)', 'being held', 'is held', 'held at', 'held in', 'hostage', 'captive',
      'tied (?:up|her|him)', 'ti(?:e|es|ing) (?:her|him|them) up', 'chained', 'kept (?:in|inside|locked|at|there)', 'keep(?:s|ing)? (?:her|him|them) (?:in|inside|there|at|locked)',
      '(?:will|would|does|do|did) not let (?:her|him|them|me) (?:go|leave|out|come)', 'not let (?:her|him|them|me)', 'not allowed (?:to leave|out)',
      'cannot (?:leave|get out|escape|get away|get home)', 'cannot get (?:a (?:train|bus|lift|taxi|cab) )?(?:home|back)', 'no way (?:to get )?(?:home|back)', 'no money to get (?:home|back)', 'could not (?:leave|get out|escape)', 'refusing to leave', 'escaped', 'barricad\\w*',
      'kidnap\\w*', 'abduct\\w*', 'snatch\\w*', 'dragg\\w*', 'drag(?:s)? (?:her|him|them)', 'bundl(?:ed|ing)', 'bundles? (?:her|him|them)', 'grab(?:s|bed|bing)? (?:her|him|them|a)', 'grabbed',
      '(?:pull|push)(?:ed|ing|s)? (?:her|him|them)? ?(?:into|in) (?:a|the|his|their)', '(?:forced|forcing|made) (?:her|him|them) (?:into|in) (?:a|an|the|his|their)', 'being (?:pulled|pushed)', 'pulling her arm',
      '(?:took|taken|taking|take) (?:\\w+ ){0,3}(?:away|off|somewhere|upstairs)', 'being (?:taken|moved|driven|led)', 'taken by', 'has taken', 'have taken', 'they have got', 'has got (?:her|him|them)',
      'he has got her', 'got (?:her|him|them|me) in (?:his|a|the|their)', 'took (?:her|his|their|my) (?:phone|shoes|passport)', 'taken (?:her|his|their|my) phone',
      'have (?:her|his|their) (?:phone|little sister|sister|brother)', 'has (?:her|his) phone', 'wants to leave', 'wants? to go home', 'handcuff\\w*', '(?:has|have|took|taken|keeps?|kept) (?:her|his|their) passports?', 'not letting (?:her|him|them|me|us) (?:out|go|leave|in)', 'padlock\\w*', 'door (?:is |was )?locked', 'bolted', 'being carried', 'carried (?:her|him|them|into|down|up|out)',
      'shov(?:e|ed|ing) (?:her|him|them|into)', 'shoved', 'held down', 'pinned (?:down|her|him)', 'left (?:alone )?in (?:a|the) (?:car|van)', 'left alone', 'abandoned', 'cannot remember how', 'will not leave (?:her|him) alone', '(?:he|they|she) (?:is|has|have|are) got (?:her|him|them|me)',
      `got in(?:to)? (?:a|an|the|his|their) (?:\\w+ )?${VEHICLE} with`, `(?:getting|got|get) in(?:to)? (?:a|an|the|his|their) (?:\\w+ )?${VEHICLE} (?:with|wiv)`,
    ],
    intoxication: [
      'something in (?:her|his|my|their|your) drink', 'do(?:es)? not know how (?:she|he|they|i) got (?:there|here)', 'do not feel right', 'barely awake', 'not waking', 'floppy', '(?:barely|not|hardly) (?:responsive|responding|conscious|breathing)',
      'drunk', 'wasted', 'intoxicated', 'high on', 'so high', 'very high', 'off (?:her|his|their) (?:face|head)', 'pass(?:ed|es|ing)? out', 'unconscious', 'semi conscious',
      'unresponsive', 'not breathing', 'cannot (?:wake|breathe|stand|walk|stay awake)', 'can barely (?:stand|walk|stay awake)', 'barely stay awake', 'cant wake',
      'overdos\\w*', 'collaps\\w*', 'spiked', 'spiking', 'drugged', 'paralytic', 'out of it', 'incoherent', 'slurr\\w*', 'being sick', 'vomit\\w*',
      'not making sense', 'under the influence', 'injected', 'took (?:loads|lots|all) of (?:pills|tablets)', 'taken something', 'put something in (?:her|his) drink', 'seizure',
    ],
    presence: [
      // A risky adult near the child now: nearby, parked up, in a vehicle, answering the child's phone. "A man online" is not near
      // her: a school nurse's "a yr 8 boy told me a man online sent him money for pics. DSL or MASH" was no place (issue 8, round 8).
      // Whatever he does or says online (a threat, a meeting now) is still its own cue.
      'nearby', 'close by', 'at the (?:school )?gates?', 'by (?:himself|herself|themselves)', 'parked (?:outside|across|opposite|near|up|by|in)', 'across the road', 'opposite (?:our|the|her|his) (?:house|home|flat|school)', `(?:of|from) (?:a|an|the|his|their) (?:\\w+ )?${VEHICLE}`,
      '(?:man|male|bloke|guy|driver|adult|stranger)(?: is| are)? (?:in (?:his|their) )?(?:late |early |mid )?[2-9]0 ?s', 'someone else answered', 'answered (?:her|his|their) phone', '(?:a |the )?(?:man|mans|adult|male) voice',
      `with ${ADULTS}`, 'with (?:a |an |the )?(?:older |adult |\\d+ |two |three )?(?:man|men|male|males|adults?)', `(?:in|into|at|inside|from) (?:a|an|the|his|their|my|this|that|some|another) (?:\\w+ )?${VEHICLE}`,
      'in the back', 'back of (?:my|the|a|his) \\w+', `(?:in|at|inside|to|from) (?:a|an|the|his|their|my|this|that|some|another|our) (?:\\w+ )?${PLACE}`, 'room \\d+', 'upstairs',
      'in (?:the )?room', '(?:going )?to (?:his|their|a|the) room', 'outside (?:the|a|my|her|his|our)? ?(?:\\w+ )?(?:school|gates?|house|home|shop|hotel|station|club|pub|park|takeaway|flat)', 'getting in(?:to)? (?:different |other |strangers |mens |men s )?cars', 'on the (?:roof|bridge|ledge)',
      'a (?:man|bloke|stranger|male)(?! online| on (?:snapchat|instagram|insta|tiktok|facebook|whatsapp|discord|the internet|an app|social media))', 'men', '(?:an? )?[2-9]\\d ?(?:year old|yr old|yo)(?! (?:girl|boy|daughter|son|pupil|child|kid))', '(?:the|that|a) (?:man|men|guy|guys) (?:is|are) back', '(?:turned|turns|showed|shows) up', 'at (?:our|the|her|his|my) (?:front )?door', 'into (?:her|his|their|my) (?:bedroom|room|bed)',
      'alone', 'walking (?:down|along|on) (?:the|a) (?:\\w+ )?(?:road|street|motorway)', 'sleeping (?:rough|in|on)', 'in the (?:stairwell|underpass|doorway|street|bushes|woods)', 'blokes', 'strangers?', 'adults', 'an adult', 'in (?:her|his|their|my) (?:bedroom|room|bed)', 'hiding (?:in|from|under|behind)', 'wheelie bin',
      'waiting for (?:her|him|them)', 'older (?:man|men|males?|guys?|boys|lads|blokes)', 'adult (?:man|men|males?)', 'grown men', '\\d\\d ?(?:year old|yr old) (?:man|men|male|bloke)',
      'checked in with', 'checking in with', '(?:man|men|adult|adults|male|males) (?:with|and) (?:a|an|two|\\d+)? ?(?:young |teenage |school ?)?(?:girl|girls|boy|boys|child|children|kid|kids|teenager|teenagers|\\d+ year olds?)',
      // An adult with children who look young: "is with 2 very young looking girls with school bags".
      'with (?:\\w+ ){0,2}(?:very |really )?(?:young(?: looking)?|teenage|underage|school ?age) (?:girls?|boys?|children|kids|teens?)',
      // Places that are risky whoever is there, and a private space closed up with an adult inside.
      // The adult who is with the child now: "the man with her".
      '(?:the|a|an|this|that) (?:older |adult |much older )?(?:man|men|male|males|bloke|guy|adult|adults) (?:who is |that is )?with (?:her|him|them)(?! (?:before|last|yesterday))',
      '(?:man|men|male|adult|bloke|guy|stranger|he) (?:who is |is |was |hiding )?(?:in|inside) (?:the |a )?(?:girls |boys |ladies |disabled |childrens )?(?:toilets?|changing rooms?|showers?|cubicles?)',
      // Stranded, or shown by her location somewhere else than she said: it needs a second cue or a time.
      'stranded', '(?:location|snap map|find my \\w+|tracker|tracking) (?:\\w+ ){0,2}(?:is|shows|says|showing|puts (?:her|him|them)) (?:at|in|near)', '\\d+ miles away',
      'trap ?house', 'crack ?house', 'brothel', '(?:curtains?|blinds?|door) (?:shut|closed|drawn|locked)', '(?:found|caught|walked in on) (?:him|them|a man|an? \\w+|her \\w+|the \\w+) (?:in|with)', '(?:turning|showing) up',
      'looks? (?:about|around|like|under|no older than) (?:\\d+|a child|young)', 'paid (?:in )?cash', 'no visitors', 'do not disturb', 'wandering (?:around|alone|the streets)', 'alone at night',
      'no shoes', 'in a (?:property|premises|bedsit|squat|caravan|tent|shed|warehouse|nightclub|club|motel|guest house|stairwell|underpass)', '(?:is|are) (?:waiting )?outside', '(?:men|he|they|the man) (?:are|were|is|will be)? ?(?:present|there|upstairs|inside|outside|here)', 'with the suspect',
      'with (?:a |the )?(?:known |registered )?(?:offenders?|sex offenders?|nominals?|exploiters?|abusers?)', 'staying at', 'in a flat', 'at (?:an|the) address', 'at (?:his|their)(?= (?:tonight|now|right now|at the moment|overnight|for the night))',
    ],
    threat: [
      // Words to the child that say the adult knows where they are and is coming, or a deadline with an "or".
      'know(?:s)? where (?:you|she|he|they|we) (?:live|lives)', 'know(?:s)? where you are', 'coming (?:to get|for) (?:you|her|him|them)', 'see you (?:tonight|soon|later|tomorrow)',
      'picture of (?:our|her|his|their|the) (?:house|building|home|school|front door)', 'ha(?:ve|s) (?:her|his|their|our) address', 'regret it', 'if (?:you|she|he) (?:do|does) not (?:come|send|pay|do)', 'pay up',
      'or (?:we|i|they|he|she) (?:will )?(?:come|post|send|hurt|kill|tell|share|find|get)',
      // Whoever harmed the child is near her again: "the men who hurt her are in the waiting room".
      // Issue 8, the tenth round: the family's man who hurt her, there with her now ("her mums boyfriend, who hurt her, is there
      // with her"), was one kind of danger to the rules, and the classifier (0.11) took it away.
      '(?:man|men|guy|guys|he|they|people|person|boys|lads|gang|one|boyfriend|partner|stepdad|dad|father|uncle|brother|cousin|carer) who (?:hurt|attacked|raped|abused|assaulted|took|beat|stabbed|groomed|exploited|trafficked) (?:her|him|them) (?:is|are)(?: +\\S+){0,4} +(?:here|there|outside|back|waiting|asking|looking|coming|searching|with (?:her|him|them))',
      // A demand with what follows if it is not met: "send another vid by 4 or everyone sees the first one".
      'or (?:everyone|everybody|people|the whole school|all (?:your|her|his) \\w+|your (?:mum|dad|parents|family)) (?:will )?(?:sees?|gets?|knows?|finds? out)',
      // ...or the images go out, or the child is told she is dead: "or the pics go online", "or you are dead".
      'or (?:it|they|the (?:pics?|pictures?|photos?|videos?|vids?|nudes?)) (?:will )?(?:go(?:es)?|gets?|get) (?:everywhere|out|online|round|public|viral)', 'or (?:you are|your|you re|she is|he is) dead',
      'send (?:me )?(?:another|more|a new) (?:vid|video|videos|pic|pics|picture|pictures|photo|photos|nude|nudes)',
      // A condition put to the child with what follows it: "if ur not at the car park by 6 we come to ur house".
      'if (?:you|your) (?:\\w+ ){1,8}(?:we|i|they|he|she) (?:will |are going to |is going to |going to )?(?:come|post|send|hurt|kill|tell|share|find|get|leak|show|put)',
      'threat\\w*', 'blackmail\\w*', 'sextort\\w*', '(?:will|going to|said (?:he|they) will|says (?:he|they) will|would) (?:kill|hurt|harm|rape|beat|stab|punish|post|share|leak|send|expose|find|come|make|finish|take)',
      'make (?:her|him|them) pay', 'or else', 'do (?:it|that) again', 'watching (?:her|him|them|the house)', 'told (?:staff|us|me) to go away', 'unless (?:she|he|they)', 'leak\\w*', 'expos(?:e|ing) (?:her|him|them)', '(?:post|share|send)\\w* (?:her|his|the|their) (?:nudes|pictures|photos|pics|images|videos)',
      'has (?:\\d+|one|an?) (?:hour|hours|minutes|day)', 'has until', 'til (?:midnight|tonight|\\d+)', 'deadline', 'knows where (?:she|he|they) lives?', 'getting angry', 'cannot go home', 'scared to (?:go|leave)', 'hiding from', 'refusing to go home',
    ],
    // How the child feels: with another danger told now it corroborates; on its own it is a worry ("scared of a boy at school").
    fear: ['distress\\w*', 'hysterical', 'scary', 'scared', 'terrified', 'frightened', 'petrified', 'panick\\w*', 'in a state'],
    missing: MISSING_EN_GB,
    selfHarm: [
      'tonight is the night', 'paracetamol', '(?:does not|nothing) matters? any ?more', 'no point any ?more', 'cannot go on', 'better off without me', 'pictures? of (?:her |his |their )?(?:cuts|wounds)', 'not be here (?:tomorrow|anymore|any more)',
      'kill (?:herself|himself|themselves|myself)', 'end (?:her|his|their|my) (?:life|lives)', 'end it', 'suicid\\w*', 'want(?:s)? to die', 'wants? to be dead',
      'self harm\\w*', 'cutting (?:herself|himself|themselves)', 'cut (?:herself|himself)', 'jump\\w*', 'on the (?:roof|ledge|bridge)', 'took (?:an? )?overdose',
      'taken (?:an? )?overdose', 'pills', 'tablets', 'saying goodbye', 'says goodbye', 'goodbye (?:message|messages|texts?|notes?|letters?)', 'texted saying goodbye', 'do more', 'knife to (?:herself|himself)', 'harm (?:herself|himself)',
    ],
    weapon: ['knife', 'knives', 'gun', 'guns', 'machete', 'blade', 'weapon', 'weapons', 'stab(?:s|bed|bing)?', 'firearm', 'acid'],
  },
  pastAuxiliaries: ['was', 'were', 'had', 'had been'],
  progressiveAuxiliaries: ['is', 'are', 'am'],
  progressiveEnding: 'ing',
  passiveProgressiveAuxiliaries: ['is being', 'are being', 'am being'],
  conditions: ['(?:sexual(?:ly)? )?exploit\\w*', 'groom\\w*', 'traffick\\w*', 'abuse[ds]?', 'abusing', 'prostitut\\w*', 'used'],
  repeatedPattern: REPEATED_PATTERN_EN_GB,
  missingStill: MISSING_STILL_EN_GB,
  seenNow: SEEN_NOW_EN_GB,
  saidSafeNow: SAID_SAFE_NOW_EN_GB,
  safeClaimAny: SAFE_CLAIM_ANY_EN_GB,
  missingEpisodeNames: MISSING_EPISODE_NAMES_EN_GB,
  homeCompanyWords: HOME_COMPANY_WORDS,
  homeAsPlaceOfHarm: HOME_AS_PLACE_OF_HARM_EN_GB,
  harmUnnamed: HARM_UNNAMED_EN_GB,
  injuriesNow: INJURIES_NOW_EN_GB, selfHarmIntentNow: SELF_HARM_INTENT_NOW_EN_GB, emergencyNow: EMERGENCY_NOW_EN_GB, harmAsHabit: HARM_AS_HABIT_EN_GB,
  reportedSafeBefore: REPORTED_BEFORE_EN_GB,
  tellingTimes: ['now', 'today'],
  safeCompanyWords: SAFE_COMPANY_WORDS,
  threatNames: THREAT_NAMES_EN_GB,
  neverSafeCompany: NEVER_SAFE_COMPANY_EN_GB,
  presentState: PRESENT_STATE_EN_GB,
  clauseNowOpeners: CLAUSE_NOW_OPENERS_EN_GB,
  pastEventTimes: PAST_EVENT_TIMES_EN_GB,
  recentPast: RECENT_PAST_EN_GB,
  notOver: [...NOT_OVER_EN_GB, ...NEVER_SAFE_COMPANY_EN_GB],
  present: PRESENT_EN_GB,
  denialTimes: ['right now', 'now', 'at the moment', 'tonight', 'today', 'this morning', 'last night', '(?:at )?\\d{1,2}(?: \\d\\d)?(?: ?(?:am|pm))?(?: this morning| last night| today)?'],
  clockTimes: ['\\d{1,2}(?: \\d\\d)? ?(?:am|pm)', 'at (?:\\d+|midnight)(?: ?(?:am|pm))?'],
  broadTimes: ['today', 'tomorrow', 'this weekend', 'later(?: today| on)?', 'in the morning', 'after school', 'every (?:night|day|weekend)', 'live', 'at home time'],
  claims: [
    '(?:he|they|she|the (?:man|men|adults?|males?|driver)|his friends|her friends) (?:is |are )?(?:say|says|saying|said|claim\\w*|insist\\w*) (?:that )?(?:she|he|they) (?:is|are|was|just had) (?:fine|ok|okay|alright|safe|too much|drunk)',
  ],
  modifiers: MODIFIERS_EN_GB,
});
