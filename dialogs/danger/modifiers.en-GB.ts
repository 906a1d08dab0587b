/**
 * British English words that change what a danger cue found in the same message means (dialogs/danger/cues.en-GB.ts):
 * each modifier is defined in cueSet.schema.ts, where the tempering ones, towards whose words spelling is never
 * corrected, are named. Patterns match the normalised text, as the cues do.
 */
export const MODIFIERS_EN_GB = {
  past: [
    'the first time', '(?:a )?history of', '(?:was|were) (?:\\w+ )?at (?:[1-9]|1[0-7])(?! ?(?:am|pm))', '(?:was|were|did|happened|came|went) (?:\\w+ ){0,8}(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    // A clock time told with its day, or old scars: "at 3am last night", "scars from self harming".
    '(?:at )?\\d{1,2}(?: \\d\\d)? ?(?:am|pm)? (?:last night|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))', '(?:old )?scars', 'last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)', 'at (?:christmas|easter|the weekend)', 'over (?:half term|the holidays|the weekend|easter|christmas)',
    'in (?:january|february|march|april|may|june|july|august|september|october|november|december)', 'from (?:19|20)\\d\\d', '(?:is|am|are) (?:1[89]|[2-9]\\d|an adult|grown up) now', '(?:is|am|are) \\d+ now and',
    'last (?:year|month|week|term|summer|spring|autumn|winter|christmas)', 'years? ago',
    // "wk" is left as typed by the normaliser (a rewrite would change messages the classifier is trained on, and so retrain it):
    // read here as "week" (issue 8, the seventh exploratory test: "last wk a guy booked a room cash").
    'last wks?', 'wks? ago', 'months? ago', 'weeks? ago', 'in the past', 'previously', 'used to',
    'historic\\w*', 'when (?:she|he|they|i) (?:was|were) (?:younger|little|small|a child|\\d+)', 'as a (?:child|teenager)', 'in (?:19|20)\\d\\d', 'back in (?:19|20)\\d\\d',
    'before (?:she|he|they) came', 'was \\w+ before', '(?:happy|settled|well) now', 'has been (?:well|settled|doing well)', 'now (?:settled|safe|in (?:foster|a placement|prison|custody))', 'is dead', 'died',
    'last (?:weekend|saturday|sunday|friday)', 'over the summer', 'several times this year', 'this year', 'this term',
    'a lot this term', '(?:went|gone|go|goes|been|run|ran|runs) (?:missing|away) (?:once|twice|\\w+ times|a few times|several times|a couple of times|a lot|regularly|before|in the past)', 'for (?:two|2|\\d+) (?:weeks|years|days) in',
  ],
  denial: [
    '(?:is|are|am) not in (?:any |immediate )?danger(?: now)?', 'not in (?:any |immediate )?danger', 'no (?:immediate )?danger', 'no longer in danger', 'out of danger',
    '(?<!not |never |un)(?:is|are|am|now|feels?|and) safe(?: now| and well)?', 'safe and well', 'is ok', 'is fine', 'are fine', 'at home with (?:her|his|their|my|me)', 'with (?:her|his|their|my) (?:mum|dad|mother|father|parents|carer|carers|foster carer|foster carers|grandmother|grandparents|nan|teacher|social worker)',
    // Being with us, not "will not come with us" or "placed with us" (where she is not now).
    '(?<!(?:not|come|coming|go|going|leave|leaving|placed|live|lives|living|talk|speak|speaking|contact|touch|away|back|off) )with (?:me|us|officers|police|the police)', '(?:he|they|the (?:man|men|suspect|suspects|offender|offenders)) (?:is|are|was|were) (?:now )?(?:in custody|in prison|remanded)', 'is arrested', 'was arrested', 'been arrested', '(?:now )?discharged (?:home|to (?:her|his|their) \\w+)',
    'now (?:at home|home|in (?:foster care|a placement|care|hospital)|settled|safe)', 'doing well', 'is well', 'happy and settled', 'getting (?:help|support)', 'has support',
    'not an? (?:emergency|urgent)', '(?:is|now) (?:stable|calm|settled)', 'at home now', 'in an? (?:stable|safe|new|secure) placement', 'nothing urgent', 'doing (?:better|ok|okay|fine|well)', '(?:is|are|now) (?:seeing|getting help from|under|supported by) (?:camhs|a counsell?or|counsell?ing|a therapist|the gp|a doctor|the nurse|services)',
    '(?:is|are) (?:now )?in (?:foster care|a (?:foster )?placement|a refuge)(?: now)?', '(?:(?:is|are|was|were|been) (?:now )?(?:moved )?)?(?:in|to|at) a safe house', '(?:has |have )?blocked (?:him|them|her|the (?:account|number|user|profile))', '(?:is|are) (?:at|with) (?:her|his|their|my) (?:nans?|grans?|grandparents?|grandmas?|grandads?|mums?|dads?)(?: (?:house|place|flat))?(?= |$)', 'nothing (?:is )?(?:happening|going on)', '(?:they|he|she) (?:have|has|had) (?:checked out|left)(?! (?:with|wiv|together))',
    '(?:is|are) (?:now )?(?:back )?(?:at )?home(?: now| safe| and safe)?$', 'comes? (?:home|back) (?:fine|ok|okay|safe)', '(?:is|are) (?:now )?(?:in bed|tucked up)', '(?:has|have|had) stopped(?: (?:self harming|cutting|harming (?:herself|himself|themselves)|doing it|it))?$', '(?:is|are) (?:at|in) (?:school|class|lessons)',
    'no (?:immediate |current |further |ongoing |obvious )?(?:risks?(?! assess)|threats?|injur\\w*|weapons?)', '(?:low|minimal) risk(?! of)',
    '(?<!not |never |un)safe (?:with|at|in) (?:her |his |their |the |a |foster )?(?:carers?|parents|mum|dad|family|home|placement|nan|gran|grandparents|foster carers?)', '(?:in|to) a place of safety', '(?:police|officers?|social workers?|paramedics|an ambulance|the ambulance) (?:have |has )?(?:taken|took|brought|removed) (?:her|him|them)(?: to (?:a place of safety|hospital|a refuge|safety))?', 'moved out of (?:the )?area', 'none (?:here|there|in)', 'seems? (?:fine|happy|ok|well)',
  ],
  returned: [
    // Back where the child lives, said of the child: "she is back at her placement", not "he is back at her placement" (the man).
    '(?:she is back (?:at|in|to) her|he is back (?:at|in|to) his|they are back (?:at|in|to) their) (?:placement|foster (?:home|placement|carers?)|childrens home|care home|residential home)',
    // The same with the child left unsaid, after another clause: "no disclosure, back at her placement now". A man's return names him.
    '(?<!(?:he|she|they|man|men|male|males|guy|guys|bloke|adult|adults|is|are|was|were|s|not|yet|never|isnt|arent|wasnt|not come|not got|come|got|go|get|gone|went|going) )back (?:at|in|to) (?:her|his|their) (?:placement|foster (?:home|placement|carers?)|childrens home|care home|residential home)',
    // A child missing, then found: "a missing from care found at an address", "misper located".
    '(?:missing|misper)(?: from (?:care|home|placement|school))? (?:was |who was |has been )?(?:found|located|recovered)',
    'has been found', 'was found', 'were found', 'been located', '(?:has|have|had) (?:come|came) (?:home|back)', 'came (?:home|back)', 'returned (?:home|to placement|last night|this morning)',
    '(?:she|he|they) (?:is|are) back(?: home| at school| in class| in placement| in the unit)?', 'no longer missing', 'not missing', 'back in (?:placement|the unit|school|class|care)',
  ],
  procedure: [
    '^(?:how|what|who|which|when|where|why|is it|is there|are there|can|could|should|do|does|did|would|will|tell me|explain|define)\\b.*\\b(?:order|orders|sro|shpo|tero|cawn|epo|power|powers|section|s46|protocol|form|forms|referral|refer|mase|mash|nrm|strategy|threshold|offence|law|legal|legislation|illegal|last|apply|applies|breach|notice|guidance|category|categories|tier|tiers|definition|mean|means|stand for|crime code|flags?|code|script|wording|process|procedures?|training|signs|rule|interview|number|search|searches|searching|confiscate|sentence|scenario|consent|age of consent|helplines?|services?|charity|charities|organisations?|website|resources|advice|course|support group)\\b',
    '(?:do|should|shall|can|must) (?:i|we) (?:just )?(?:log|record|document|note|minute) (?:it|this|that)',
    'how (?:do|can|would|should|could|will) (?:i|we|you|staff|someone|parents) (?:tell|know|spot|recogni[sz]e|identify|notice|find out) (?:if|whether|that|when|the signs)', 'how (?:do|can|should) (?:we|i) (?:stop|prevent) (?:it|this|that) (?:from )?happening',
    '(?:should|do|can|shall|must) (?:i|we) (?:tell|report|inform|let) (?:\\w+ ){0,3}about',
    '(?:is|would|does|could) (?:that|this|it) (?:count as |be |be classed as |classed as |still )?(?:cse|cce|abuse|exploitation|grooming|an offence|a crime|illegal|ok|okay|normal|allowed)',
    '^(?:is|are|was) (?:\\w+ ){1,3}(?:a |an )?(?:crime|offence|criminal offence|illegal|against the law|legal|allowed)', 'what is (?:an?|the) ', 'what is \\w+ing$', 'how (?:do|can|should) (?:i|we) (?:check|know|make sure)', '(?:anything|something) in the protocol', '(?:in|does) the protocol (?:about|say|cover)', '(?:which|what) (?:cris |crime )?(?:classification|outcome code|box)', 'what are the ', 'how long', 'how do (?:i|we) (?:talk|support|help|respond|speak)', '(?:how|what) (?:else )?(?:can|could|should|would|shall) (?:i|we|staff|school|you) (?:best |still |do (?:to |for (?:her|him|them) )?)?help(?: (?:her|him|them))?', 'who applies', 'which section', 'what does', 'stand for', 'what number', 'scenario', 'for english', 'story about', 'nightmare',
  ],
  supposed: [
    // Only a case with no particular child in it: "what if he comes back tonight" is a worry about now.
    'what if (?:a|an|any|someone|somebody)', 'hypothetical\\w*', 'suppose (?:a|an|that|if)', 'supposing', 'imagine (?:a|an|that|if)', '^say (?:a|an)', 'would it count', 'would it be (?:an emergency|urgent|a 999)',
    'what would (?:i|we|you|staff) do if', 'in a scenario', '(?:if|when) (?:a|an) (?:\\w+ ){0,3}(?:says?|tells?|discloses?|looks?|seems?|appears?|brings?)', 'if (?:a|an|any) (?:\\w+ ){0,3}(?:said|told|disclosed|ever)', 'say to (?:a|an|any) (?:\\w+ ){0,2}who',
    'what do (?:i|we) do if (?:a|an|the) (?:\\w+ )?(?:says|tells|discloses)', '(?:if|when) (?:a|an|the) (?:patient|pupil|child|young person|guest|passenger|resident) (?:\\w+ )?(?:says|tells)',
  ],
  framed: [
    // Genres of text, never places: "at football training" is where a child may be now.
    'training (?:scenario|case|exercise|session|question|video|course|day|materials?|what|how|which)', '(?:for|in|during) (?:our|the|a|my) (?:\\w+ )?training', 'scenario', 'exercise', 'doing a drill', 'a drill (?:about|on|for)',
    '(?:a |the )?news (?:report|story|article|item|bulletin)', '(?:in|on) the (?:news|paper|papers|local paper)', 'documentary', 'an article', 'is it true', 'a rumou?r', 'posted on (?:facebook|nextdoor|a (?:local |parents |community )?(?:group|forum|page))',
    'role play', 'quiz', 'for (?:a|an|my|our|the) (?:\\w+ )?(?:lesson|assembly|presentation|project|homework)', '(?:on|at|in|from) (?:a|the|our|my) (?:\\w+ )?(?:course|conference|webinar|seminar|workshop|lecture|briefing) (?:about|on)', '(?:in|playing) (?:a|the|an online|her|his|their) (?:\\w+ )?game', 'a game (?:they|we|she|he|you) play', 'case study', 'tabletop', 'inset', 'headlines?', 'the news', 'news says', 'lyrics', 'essay', '(?:a|wrote a|writing a) story (?:\\w+ ){0,2}(?:about|for)', 'the film we', '(?:our|the|a) (?:leaflet|poster) (?:says|said|about|on|for|tells|explains)', 'in (?:our|the|a) (?:leaflet|poster)',
    '(?:our|the|school|trust|hotel|company|force|council) (?:\\w+ )?(?:policy|policies|guidance|handbook) (?:says|said|states|tells|is)',
    'research (?:says|shows|suggests|found)', 'statistics', 'define', 'definition', 'in law', 'difference between', 'case notes', 'chronology', 'in (?:her|his|their|my) statement',
    '(?:at|in) the (?:abe |video )?interview', 'debrief', 'reflecting', 'in supervision', 'looking back', '(?:was|were|been) (?:convicted|sentenced|charged)', 'writing (?:up|a)', 'write up', 'logging that', 'drawing (?:\\w+ )?of', '(?:a|as a|making a|made a) joke', 'joking', 'drew (?:a |some )?pictures?', 'spate of', 'rise in', 'increase in',
  ],
  immediate: [
    'right now', 'as we speak', 'at the moment', 'this (?:minute|second|moment)', 'just now', 'currently', 'in (?:\\d+|ten|five|twenty|a few) (?:minutes|mins)',
  ],
  hypothetical: ['\\b(?:if|when|whether|in case)\\b', 'might be', 'may be', 'could be', 'what should (?:i|we|a|staff) do', 'what do (?:i|we) do (?:if|when|about)', 'what happens'],
  ongoing: [
    // "keeps", "every night" and "has been messaging" say a pattern, not that it is happening now; "was seen with" is a sighting told.
    'just', 'going to', 'will', '(?:is|are|am|be|been) being', '(?:man|men|guy|guys|lads|he|they) (?:is|are) back', '(?:looks|seems|appears) (?:to be )?(?:about|around|under|no older than|only) \\d+', '(?:looks|seems) (?:very |really |so )?young', 'being', '(?:is|are|am) \\w+ing', 'trying to', 'hiding',
    '(?:has|have) (?:just )?(?:got|gone|taken|locked|grabbed|brought|left|come)', '(?:is|are) (?:in|at|with|outside|inside|upstairs|on)', 'i am (?:driving|in|at|with)',
    'there (?:is|are) (?:a |an |\\d+ |some |two |three |several )?(?:older )?(?:man|men|adults?|guys|males|kid|kids|girl|girls|boy|child)',
  ],
  concern: [
    'worried', 'worrying', 'concern(?:ed|ing)?', 'crying', 'sobbing', 'in tears', 'hysterical', 'scared', 'afraid', 'frightened', 'upset', 'distress\\w*', 'panick\\w*', 'not answering', 'not replying', 'cannot (?:reach|contact|get hold of)',
    'someone', 'somebody', 'people', 'gang', 'gangs', 'older members', '(?:his|their) (?:friends|mates|mate|friend|cousin|brother)', 'client', 'customers?', '(?:a|an|the|some|two|older|unknown|strange) (?:man|men|guy|guys|lads|adults?|males?|person)', 'boyfriend', 'he', 'they', 'unknown', 'strange', 'weird', 'not right',
  ],
  specific: [
    '\\b(?:she|he|they|her|him|them|my|our|this|these|the (?:girl|boy|child|kid|pupil|student|patient|young person|resident))\\b',
  ],
};
