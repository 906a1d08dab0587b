/**
 * Words that carry no topic in a practitioner's question: function words, chat filler and text-speak,
 * pronouns, and the filler of ages ("15 yr old", "a 16 y/o": the age itself becomes an age band).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be been but by can could do does did for from had has have how i if in into is it its me my of on or our ' +
    'should so that the their them then there these they this to was we were what when where which who whom why will with would ' +
    'you your about any am also just tell know need want please hi hello thanks ok okay u ur pls plz im ive dont cant wont ' +
    'isnt arent doesnt didnt shes hes theyre whats thats theres wat wot re being get got gets really very some someone ' +
    'he she her him his hers herself himself myself yourself ourselves themselves us another other others up down out off between use ' +
    'too year years yr yrs yo y o old olds aged').split(' '),
);

/**
 * Everyday English words that do not name a topic on their own ("keep", "here", "same", "having").
 * They still count for ranking, but the confidence rule (knowledge/searchConfidence.ts) weighs them
 * as common words: the protocol's 300-odd entries use many of them rarely, which would otherwise make
 * "flat" or "asked" look as distinctive as "custody". Protocol words ("report", "missing",
 * "meeting", "refer") are deliberately left out, even where they are everyday English too. "Safe" says how a
 * child is ("back at her placement safe"), not what is asked: the protocol's topics are "safety plan", "safeguarding".
 */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set(
  ('accept act actually add beg afternoon again ago agree all allow almost already alright always anybody anyone anything ' +
    'anyway appear arrive ask asked asking away back bad basically become becoming before begin believe best better big bit ' +
    'break bring brought building came caught certain clear come coming common complete consider constantly continue cost ' +
    'day decide describe did different difficult doing done drop due easy either else end enough entire even evening ' +
    'ever every everybody everyone everything exactly example fact fall far fast feel felt few fill find finish first ' +
    'follow forget free full further gave get getting give go goes going gone good great guess half hand handle hang ' +
    'happen happy hard having hear heavily help here high hold hope huge idea important instead keep kind knew last ' +
    'later least leave less let lie like likely little live long look looking loads lot lots made main make making ' +
    'many matter may maybe mean might mind minute moment month more most move much near nearly never new next nice ' +
    'nobody none normal nothing now often once only part pass people perhaps pick plenty point possible ' +
    'pretty probably put quick quickly quite rather reach ready real really reason recently right round run said same ' +
    'safe saw say saying says see seem seen set several short show side since sit small something sometimes soon sort start ' +
    'started stay still straight stuff such suppose sure take taken taking tell than thing things think ' +
    'taught thought time today together told tomorrow took trouble true try trying turn turned turning understand used using usual usually ' +
    'uniform various wait waiting walk want wanted watch way week well went whether while whole wish without wonder work ' +
    'working worried worry write wrong yesterday yet').split(' '),
);

/** London's boroughs: a practitioner naming one is saying where, not what, so they weigh as everyday words. */
export const LONDON_BOROUGHS: ReadonlySet<string> = new Set(
  ('barking dagenham barnet bexley brent bromley camden croydon ealing enfield greenwich hackney hammersmith fulham ' +
    'haringey harrow havering hillingdon hounslow islington kensington chelsea kingston lambeth lewisham merton newham ' +
    'redbridge richmond southwark sutton tower hamlets waltham forest wandsworth westminster').split(' '),
);

/**
 * Where someone lives or was seen, in words the protocol never uses ("i know her from the estate"): like a
 * borough, a setting rather than what is asked, so they weigh as everyday words rather than as unknown or
 * mistyped ones ("estate" is one letter from "state").
 */
export const HOME_PLACES: ReadonlySet<string> = new Set(['estate']);
