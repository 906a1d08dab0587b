/**
 * British English words for where the child is when danger is told, so the 999 card fits the scene (dialogs/danger/
 * audience.ts): locale data, beside the code that reads it. Patterns match the message as typed, any case. These shape
 * the card's wording only; whether the message is danger at all is the detector's to say.
 */

/** Rooms in a hotel that are not a guest's: a child there gets "where on the premises", not the room lines. */
const PUBLIC_ROOM = String.raw`(?:waiting|dining|breakfast|function|changing|meeting|conference|bath|rest|living|sitting|ball|games|locker|staff|boiler|plant|store|back|cloak|toilet|smoking|common|tv|luggage|baggage|laundry)`;

/**
 * A guest room named or booked: "going up to a room", "room 12", "checked in", "booked a double". A lobby, a bar, the car
 * park or reception is not one (issue 8: "girl about 13 in the lobby crying" got "keep the room as it is").
 */
export const ROOM_NAMED_EN_GB = new RegExp(String.raw`(?<!\b${PUBLIC_ROOM}\s+)\brooms?\b|\bsuite\b|\bbook(?:ed|ing)\b|\bcheck(?:ed|ing|s)?[ -]?in\b`, 'i');

/** A call to the writer: "just rang me", "is ringing me", "on the phone to me", "on the line with her". */
export const CALL_TO_WRITER_EN_GB =
  /\b(?:rang|rung|ringing|rings|phoned|phoning|called|calling|facetimed|facetiming|video\s*call(?:ed|ing))\s+(?:me|us)\b|\bon\s+the\s+(?:phone|line)\s+(?:to|with)\s+(?:me|us|her|him|them)\b/i;

/** Someone other than the child making that call: "her foster carer just rang me", "police rang me". */
export const OTHER_CALLER_EN_GB =
  /\b(?:carers?|mum|mom|mother|dad|father|parents?|police|officers?|school|teachers?|manager|colleague|staff|nurse|hospital|someone|somebody|neighbour|friend|gran|nan|aunt|uncle|brother|sister|placement|home)\s+(?:(?:has|had|just|then|also)\s+)*(?:rang|rung|ringing|phoned|phoning|called|calling)\b/i;
