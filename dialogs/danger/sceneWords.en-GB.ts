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

/** Someone other than the child making that call: "her foster carer just rang me", "police rang me". */
export const OTHER_CALLER_EN_GB =
  /\b(?:carers?|mum|mom|mother|dad|father|parents?|police|officers?|school|teachers?|manager|colleague|staff|nurse|hospital|someone|somebody|neighbour|friend|gran|nan|aunt|uncle|brother|sister|placement|home)\s+(?:(?:has|had|just|then|also)\s+)*(?:rang|rung|ringing|phoned|phoning|called|calling)\b/i;
