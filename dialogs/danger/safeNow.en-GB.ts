/**
 * British English words for a child said to be safe now, and for what makes that claim no answer to a danger beside it
 * (issue 8, the ninth round; read by detector.ts, shape in cueSet.schema.ts). Patterns match the normalised text
 * ("shes safe at home w mum now" reads "she is safe at home with mum now").
 */

const CHILD = '(?:girl|boy|child|kid|pupil|student|teen|teenager|young person|daughter|son|niece|nephew|sister|brother|granddaughter|grandson|resident|patient|lad)';
const SUBJECT = `(?:she|he|they|(?:the|our|my|this) (?:\\w+ )?${CHILD}|${CHILD})`;
/**
 * Words just before the claim that make it someone else's ("she texted that she is safe with them now", "mum says"): such a claim
 * tempers nothing, but a live danger beside it still stands as one beside any claim of safety.
 */
export const REPORTED_BEFORE_EN_GB = '\\b(?:say|says|said|saying|told (?:me|us|her|him|them)|tells (?:me|us)|texted|messaged|claims?|claimed|insists?|insisted|thinks?|reckons?) (?:that )?$';
/** The family or carers a child may be safe with: named again outside the claim ("… her dad is the one who hits her"), they may be who harms her. */
export const SAFE_COMPANY_WORDS = [
  'mum', 'mam', 'mom', 'mother', 'dad', 'father', 'parents', 'parent', 'nan', 'nana', 'gran', 'granny', 'grandma', 'grandad', 'grandparents', 'carer', 'carers', 'family',
  'uncle', 'aunt', 'auntie', 'aunty', 'stepdad', 'stepmum', 'brother', 'sister', 'cousin',
];
/** A threat's name for what was sent or done ("the threatening messages"), not a threat told: beside a claim of safety it is not live. */
export const THREAT_NAMES_EN_GB = ['threat\\w*', 'blackmail\\w*', 'sextort\\w*'];
const COMPANY = '(?:(?:her|his|their|my|our|the) )?(?:foster )?(?:mum|mam|mom|mother|dad|father|parents?|nan|nana|gran|granny|grandma|grandad|grandparents|carers?|family|us|me|staff|police|officers|nurses)';
const PLACE = '(?:(?:at|back) home|home|(?:at|back at) (?:her|his|their|my|our) (?:placement|foster (?:home|placement|carers?)|nans?|grans?|grandparents?|mums?|dads?)(?: (?:house|place|flat))?|in (?:the )?hospital|at (?:the )?hospital|on the ward|in (?:an? |her |his |their )?(?:placement|foster care|refuge|safe house))';
// Home, or a children's home: "home", "back at the home", "at the childrens home".
const HOME = '(?:home|(?:the|her|his|their) (?:childrens |care |residential )?home)';
// What follows the claim may say who the company is ("with mum who…", "at home with her uncle"): then it is not said as safe. After
// its "now" a "who" is the writer's question ("… with mum now. who should i tell", its full stop gone), and the claim has ended.
const END = '(?:(?<= now)|(?! (?:who|which|that|where|and|with)\\b))';

export const SAID_SAFE_NOW_EN_GB = [
  // "she is safe at home with mum now", "she is safe with us now", "he is now safe at his nans"
  `${SUBJECT} (?:is|are) (?:now )?(?:back )?safe(?: and well)?(?: now)? (?:${PLACE}(?: with ${COMPANY})?|with ${COMPANY}(?: ${PLACE})?)(?: now)?${END}`,
  // "she is back at her placement and safe", "she is in hospital now and safe" (the place named first, so a "who" after it is a question)
  `${SUBJECT} (?:is|are) (?:now )?(?:back )?${PLACE}(?: now)?(?: with ${COMPANY})?(?: now)? and (?:is )?(?:now )?safe(?: now)?(?! and)`,
  // "she is with her foster carer now", "she is at home with mum now"
  `${SUBJECT} (?:is|are) (?:now )?(?:back )?(?:${PLACE} )?(?:now )?with ${COMPANY}(?: now)?${END}`,
  // "safe with us now, …" opening the message
  `^safe(?: now)? (?:${PLACE}|with ${COMPANY})(?: now)?${END}`,
  // Issue 8, the tenth round: home now, with no "safe" ("shes home now. what next", "shes back at the home now. do i do a
  // prevention interview"). Home may be where the harm is, so the family or the home's staff named at all make it live (detector.ts).
  `${SUBJECT} (?:is|are) (?:now (?:back )?(?:at )?${HOME}|(?:back )?(?:at )?${HOME} now)${END}`,
];

/** A missing episode named as a kind: beside a child said home now, the episode she came back from (issue 8, the tenth round). */
export const MISSING_EPISODE_NAMES_EN_GB = ['(?:missing|misper) from (?:care|home|(?:her|his|their|a|the) (?:placement|home|childrens home|care home))', 'mispers?'];
/**
 * Home named as the place of a harm, and a harm told without its word (issue 8, the eleventh round: "she is at home now, she was raped
 * there" got no card). After a harm, beside a child said home now, she is back where it happened; told with a past marker it is history.
 */
export const HOME_AS_PLACE_OF_HARM_EN_GB = ['there', 'at home', '(?:at|in) (?:the|her|their|our) (?:house|home)', 'in (?:the|her) (?:bed ?room|room|bed)', 'indoors'];
export const HARM_UNNAMED_EN_GB = ['(?:it|this|that) (?:all )?(?:happened|happens|has been happening|is happening|goes on|went on)'];
/** A children's home's people: beside a child said home now, named at all, they may be who harms her. */
export const HOME_COMPANY_WORDS = ['staff', 'worker', 'workers', 'keyworker', 'manager', 'resident', 'residents'];

/**
 * Any claim of safety, in a place or company not named above or someone else's ("she says she is safe now but she is still at his
 * flat", "yp is safe at placement now, but texted that she is going back to meet them at 8", "she is safe with her uncle now, the
 * uncle is the one who…"). It tempers nothing that the modifiers' denials do not already; it is read only to see a live danger beside
 * it, which the classifier may then not take away (the review's probes, issue 8's ninth round: all three were vetoed on main).
 */
export const SAFE_CLAIM_ANY_EN_GB = [
  `${SUBJECT} (?:is|are) (?:now )?(?:back )?safe(?: now)?(?: (?:with|at|in) (?:(?:her|his|their|the|a) )?\\w+)?`,
  // Issue 8, the eleventh round: the place named first ("shes in the school office now, safe, but her 'uncle' … is at reception").
  `${SUBJECT} (?:is|are) (?:now )?(?:in|at|with) (?:\\w+ ){1,4}?(?:now )?(?:and )?safe(?: now)?`,
];

/** Company that is never safe company, whatever else is said: she left with him, went off with them, is with him. */
export const NEVER_SAFE_COMPANY_EN_GB = [
  'with (?:him|them|a man|an? (?:older |adult )?(?:man|guy|bloke|male)|men|older \\w+|the (?:man|men|guy|guys|driver))',
  '(?:left|gone|went|go|goes|going|run|ran|drove|driven|walked|got) (?:off |away )?with',
];

/**
 * Someone there now, in a state that goes on: "he is parked outside the school", "he is waiting at the gates", "she is in his car",
 * "he is outside in the car". Told in the present it places the adult or the child there this minute, whatever else is said.
 */
export const PRESENT_STATE_EN_GB = [
  '(?:is|are) (?:still |now |just )?(?:parked(?: up)?|waiting|sat|sitting|stood|standing|lurking|loitering|hanging (?:about|around|round))(?: \\w+){0,2}? (?:outside|at|by|near|in|round|across|opposite|on|for)\\b',
  '(?:he|they|the (?:man|men|guy|guys|bloke|driver|adult)|men) (?:is|are) (?:still |now |back )?(?:outside|here|there|downstairs|upstairs|at the (?:door|gates?|front|school|house)|in (?:his|their|the|a) (?:car|van|cab))',
  `(?:she|he|they|the ${CHILD}) (?:is|are) (?:still |now )?(?:in|at) (?:his|their|the mans|a mans|an? (?:older )?mans) (?:car|van|cab|flat|house|place)`,
  // A child described as seen now: "a girl who looks well underage".
  '(?:looks|seems|appears) (?:to be )?(?:\\w+ )?(?:underage|under age|young|about \\d+|around \\d+|under \\d+|only \\d+|no older than)',
  // A child seen there, told in the present: "there is a teenage girl asleep in a car", or kept in: "hasnt come out for 2 days".
  'there (?:is|are) (?:still )?(?:a|an|one|two|three|\\d+|some) (?:\\w+ ){0,2}(?:girls?|boys?|child|children|kids?|teens?|teenagers?|young (?:person|people))',
  '(?:has|have) not (?:come|been|got) out',
  // Injuries she has now (issue 8, the tenth round: "she is home now, she has bruises on her neck" was read as calm).
  '(?:has|have|has got|have got) (?:\\w+ ){0,2}(?:bruises|bruising|injuries|cuts|wounds|marks|blood|burns)', '(?:is|are) (?:still |badly |really )?(?:hurt|injured|bleeding|bruised)',
  // Other children still there: "she says there are other girls at the flat".
  'there (?:is|are) (?:still )?(?:\\w+ ){0,2}(?:girls?|boys?|kids|children|young people|others) (?:still )?(?:at|in|with|inside|upstairs|there)\\b',
];
