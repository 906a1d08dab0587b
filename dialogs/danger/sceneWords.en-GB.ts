/**
 * British English words for where the child is when danger is told, so the 999 card fits the scene (dialogs/danger/
 * audience.ts): locale data, beside the code that reads it. Patterns match the message as typed, any case. These shape
 * the card's wording only; whether the message is danger at all is the detector's to say.
 */

/** Rooms in a hotel that are not a guest's: a child there gets "where on the premises", not the room lines. */
const PUBLIC_ROOM = String.raw`(?:waiting|dining|breakfast|function|changing|meeting|conference|bath|rest|living|sitting|ball|games|locker|staff|boiler|plant|store|back|cloak|toilet|smoking|common|tv|luggage|baggage|laundry)`;

/** Words a guest room is told by: "a room", "the double", "his suite". */
const GUEST_ROOM = String.raw`(?:(?:hotel|guest|double|single|twin|family)\s+)?(?:rooms?|suite)`;

/**
 * A guest room let, the child in it or taken to it: "room 214", "went up to his room", "booked a double", "just checked
 * in" (issue 8: a room being booked is not one, nor is a lobby, a bar, the car park or reception).
 */
export const ROOM_LET_EN_GB = new RegExp(
  String.raw`\brooms?\s*(?:no\.?\s*)?\d+|\b(?:in|into|inside|up to|to|outside|from)\s+(?:(?:a|the|his|her|their|our|that|this|one of the|one of our)\s+)?${GUEST_ROOM}\b|\bbooked\b|\bchecked[ -]?in\b`,
  'i',
);

/** A guest room asked for and not yet let: "tryin to book a room", "is booking", "checking in", "wants a room". */
export const ROOM_ASKED_EN_GB = new RegExp(
  String.raw`\bbook(?:s|ing)?\b|\bcheck(?:s|ing)?[ -]?in\b|\b(?:get|gets|getting|wants?|wanting|wanted|asks? for|asking for|asked for|after|take|taking|rent|renting|hire|hiring|pay for|paying for)\s+(?:a|the|one)\s+(?:\w+\s+)?(?:rooms?|suite)\b`,
  'i',
);

/** Any guest room named, said neither as let nor as asked for ("a girl locked in 12", "a room upstairs"): taken as let. */
export const ROOM_NAMED_EN_GB = new RegExp(String.raw`(?<!\b${PUBLIC_ROOM}\s+)\brooms?\b|\bsuite\b`, 'i');

/** Who a possessive "her"/"his" names when it is not the child on the line: "on the phone with her mum". */
const SOMEONE_ELSE = String.raw`(?:mum|mom|mother|dad|father|parents?|carers?|foster|family|sister|brother|aunt|uncle|gran|nan|grandma|grandad|teacher|social|worker|manager|friend|boyfriend|girlfriend|partner|school|gp|doctor|nurse)`;

/** The child, as a writer names them on the line: "a 13 yr old patient", "the girl", "my yp". */
const A_CHILD = String.raw`(?:a|an|the|my|our|this|one\s+of\s+(?:my|our))\s+(?:[\w-]+\s+){0,3}?(?:child|girl|boy|patient|pupil|student|yp|young\s+person|kid|teen|teenager|daughter|son|\d+\s*yo)`;

/**
 * A call to the writer, or to their workplace: "just rang me", "is ringing me", "on the phone to me", "on the line with
 * her", "im on the phone with a 13 yr old patient", "just phoned the surgery … still on the phone to our receptionist"
 * (issue 8: a patient on the phone to the surgery got "keep the child with staff", though not there). "On the phone with
 * her mum" is someone else.
 */
export const CALL_TO_WRITER_EN_GB = new RegExp(
  [
    String.raw`\b(?:rang|rung|ringing|rings|phoned|phoning|called|calling|facetimed|facetiming|video\s*call(?:ed|ing))\s+(?:me|us)\b`,
    String.raw`\bon\s+the\s+(?:phone|line)\s+(?:to|with)\s+(?:me|us|them|her|him)\b(?!\s+${SOMEONE_ELSE}\b)`,
    String.raw`\bon\s+the\s+(?:phone|line)\s+(?:to|with)\s+${A_CHILD}\b`,
    String.raw`\b(?:rang|rung|ringing|phoned|phoning|called|calling)\s+(?:the|our)\s+(?:surgery|practice|clinic|school|office|ward|unit|reception|team|helpline|switchboard|front\s+desk)\b`,
    String.raw`\bon\s+the\s+(?:phone|line)\s+(?:to|with)\s+(?:our|the|a)\s+(?:receptionist|reception|colleague|duty\s+worker|switchboard|front\s+desk)\b`,
  ].join('|'),
  'i',
);

/** Someone other than the child, as a writer names them before what they did: "her foster carer just…". */
const OTHER_PEOPLE = String.raw`(?:carers?|mum|mom|mother|dad|father|parents?|police|officers?|school|teachers?|manager|colleague|staff|nurse|hospital|someone|somebody|neighbour|friend|gran|nan|aunt|uncle|brother|sister|placement|home)\s+(?:(?:has|had|just|then|also)\s+)*`;

/** Someone other than the child making that call: "her foster carer just rang me", "police rang me". */
export const OTHER_CALLER_EN_GB = new RegExp(String.raw`\b${OTHER_PEOPLE}(?:rang|rung|ringing|phoned|phoning|called|calling)\b`, 'i');

/**
 * The child messaging the writer: "just messaged me", "texted me", "is snapchatting me", "sent me a message" (issue 8: a
 * pupil messaging her teacher from a party got "keep the child inside" and nothing of keeping the messages going).
 */
export const MESSAGES_TO_WRITER_EN_GB =
  /\b(?:messag(?:ed|ing|es)|texted|texting|texts|dm['’]?d|dming|snap(?:chat)?(?:ped|ted|ping|ting)|whats\s?app(?:ed|ing|'d)?|sent|sending)\s+(?:me|us)\b|\b(?:sent|sending)\s+(?:me|us)\s+(?:a\s+)?(?:message|text|dm|snap)s?\b/i;

/** Someone other than the child sending those messages: "her mum just texted me". */
export const OTHER_SENDER_EN_GB = new RegExp(String.raw`\b${OTHER_PEOPLE}(?:messag(?:ed|ing)|texted|texting|dm['’]?d|whats\s?app(?:ed|ing)|sent)\b`, 'i');

/** Where the writer is, as a child is told leaving it: "the gate", "the clinic", "the front door". */
const THE_PREMISES = String.raw`(?:gates?|front\s+door|main\s+door|door|building|school|clinic|surgery|ward|hospital|unit|premises|site|grounds|home|hostel|reception)`;

/**
 * The child just gone from where the writer is: "shes gone out the gate now", "just left with him", "got in his car and
 * they drove off", "walked out of the clinic", "he took her" (issue 8: a pupil who had run out of the gate to a man's car got "keep the
 * child inside with staff"). Going is told as done: "shes goin with him" or "wants to go to him" is a child still there,
 * and so are "at the gate" and "waiting outside for her".
 */
export const CHILD_LEFT_EN_GB = new RegExp(
  [
    String.raw`\b(?:gone|went|walked|ran|run|slipped|climbed)\s+(?:off\s+)?out\s+(?:of\s+)?(?:the\s+|our\s+)?${THE_PREMISES}\b`,
    String.raw`\bleft\s+(?:the\s+|our\s+)?${THE_PREMISES}\b`,
    String.raw`\b(?:left|gone|gone\s+off|went\s+off|run\s+off|ran\s+off|driven\s+off|drove\s+off)\s+with\s+(?:him|her|them|the\s+\w+|an?\s+(?:older\s+)?\w+)\b`,
    String.raw`\b(?:got|jumped|climbed)\s+in(?:to)?\s+(?:his|their|the|a|an)\s+(?:\w+\s+)?(?:car|van|cab|taxi)\b`,
    String.raw`\b(?:drove|driven|sped|speeding)\s+(?:off|away)\b`,
    // A child taken (the eleventh exploratory test: "he took her" got "keep the child inside"); "took her phone" is not.
    String.raw`\b(?:he|they|someone|some\s+\w+|an?\s+(?:older\s+)?\w+|the\s+\w+)\s*(?:['’]?s|\s+has|\s+have|['’]?ve)?\s+(?:just\s+)?(?:took|taken)\s+(?:her|him|them)(?=\s*(?:$|[.,!?;]|away\b|off\b|from\b|in\b|into\b))`,
  ].join('|'),
  'i',
);

/**
 * The child told as somewhere away from the writer: "shes at a house party", "is at an older mans flat", "hes in his car"
 * (issue 8). The card then says nothing of keeping the child inside or with staff, which fits only a child who is there.
 */
export const CHILD_ELSEWHERE_EN_GB =
  /\b(?:she|he|they)\s*(?:['’]?s|\s+is|\s+are|['’]?re|\s+was|\s+were)\s+(?:still\s+|now\s+)?(?:at|in)\s+(?:a|an|his|their|some|this|that|the|someone['’]?s|an?\s+older\s+\w+['’]?s?)\s+(?:\w+\s+){0,2}?(?:party|house|flat|hotel|car|park|estate|bedsit|address|squat|club|garage|van)\b|\b(?:child|girl|boy|patient|pupil|student|yp|daughter|son)\s+(?:is|was)\s+(?:still\s+|now\s+)?(?:at|in)\s+(?:a|an|his|their|some|someone['’]?s|an?\s+older\s+\w+['’]?s?)\s+(?:\w+\s+){0,2}?(?:party|house|flat|hotel|car|park|estate|bedsit|address|squat|club|garage|van)\b/i;
