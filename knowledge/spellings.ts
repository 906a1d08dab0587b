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
  cud: 'could', shud: 'should', shuld: 'should', shd: 'should', wud: 'would', wld: 'would', cld: 'could', hv: 'have', hav: 'have',
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
  gf: 'girlfriend', bf: 'boyfriend', approx: 'about', ofc: 'of course', idk: 'i do not know', dunno: 'do not know',
  shld: 'should', shldnt: 'should not', wk: 'week', wks: 'weeks', wkend: 'weekend', mnth: 'month', mth: 'month', mths: 'months',
  tmrw: 'tomorrow', tmr: 'tomorrow', yday: 'yesterday',
};

/** A text with its text-speak spelt out and everything else as typed ("shld i report it" → "should i report it"), for patterns that read phrases. */
export const spellOut = (text: string): string => text.replace(/[a-z0-9]+/gi, (word) => TEXT_SPEAK[word.toLowerCase()] ?? word);
