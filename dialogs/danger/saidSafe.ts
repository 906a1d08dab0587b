import type { CueClass, CueSet, Modifier } from './cueSet.schema';
import { strip, wordPattern } from './patterns';

/**
 * A child said safe (or home) now, read beside the rest of the message (issue 8, the ninth to the eleventh rounds; words in
 * safeNow.en-GB.ts): whether the claim tempers what is told in the past or as a pattern, or something live beside it makes the
 * claim no answer. Split out of detector.ts, which reads the decision from it.
 */

export interface CuePatterns {
  cueClass: CueClass;
  any: RegExp;
  patterns: RegExp[];
}

export interface SafeNowTools {
  cuePatterns: readonly CuePatterns[];
  /** Cue classes that are live beside a claim of safety: danger named outright, or a danger that is its own alarm. */
  liveBesideSafe: readonly CueClass[];
  modifierTests: ReadonlyArray<{ modifier: Modifier; test: RegExp }>;
  /** Denials and returns with their time ("she is safe now"), and past markers ("last year"). */
  denials: RegExp[];
  past: RegExp[];
}

export interface SafeNowReading {
  /** No claim; a claim with something live beside it; someone else's claim; or the writer's claim with nothing live, which tempers. */
  said: 'no' | 'live' | 'reported' | 'tempers';
  /** The message with the claim taken out. */
  rest: string;
  /** A child said home now, with a harm told as done there ("she was raped there", "at home", "in the house"). */
  harmWhereSheIs: boolean;
}

export interface SafeNowReader {
  safeNowOf(named: string, withClaims: string): SafeNowReading;
  /** Someone there now in a state that goes on, or injuries she has now (cues' `presentState`). */
  presentState: RegExp;
}

export function createSafeNowReader(cues: CueSet, { cuePatterns, liveBesideSafe, modifierTests, denials, past }: SafeNowTools): SafeNowReader {
  const harmSources = cues.cues.harm ?? [];
  const homeWord = /\bhome\b/;
  // A harm, or "it happened", with home named as its place within a few words ("she was raped there", "assaulted in the house").
  const harmAtHome = new RegExp(`(?:^|\\b)(?:${[...harmSources, ...cues.harmUnnamed].join('|')})(?: \\w+){0,4}? (?:${cues.homeAsPlaceOfHarm.join('|')})(?:\\b|$)`);
  const saidSafeNow = new RegExp(`(?:^|\\b)(?:${cues.saidSafeNow.join('|')})(?:\\b|$)`, 'g');
  const safeClaimAny = new RegExp(`(?:^|\\b)(?:${cues.safeClaimAny.join('|')})(?:\\b|$)`, 'g');
  const neverSafeCompany = new RegExp(`(?:^|\\b)(?:${cues.neverSafeCompany.join('|')})(?:\\b|$)`);
  const presentState = new RegExp(`(?:^|\\b)(?:${cues.presentState.join('|')})(?:\\b|$)`);
  // Issue 8, the eleventh round: injuries she has now ("her arms are all cut") are live beside any claim, as a present state is.
  const injuriesNow = new RegExp(`(?:^|\\b)(?:${cues.injuriesNow.join('|')})(?:\\b|$)`);
  const companyWord = new RegExp(`\\b(?:${cues.safeCompanyWords.join('|')})s?\\b`, 'g');
  const homeCompany = new RegExp(`\\b(?:${[...cues.safeCompanyWords, ...cues.homeCompanyWords].join('|')})s?\\b`);
  // "… and mum is with her": the company said with her is one more claim of safety, not who harms her.
  const companyWithHer = new RegExp(`\\b(?:${cues.safeCompanyWords.join('|')})s? (?:is|are) (?:now )?with (?:her|him|them)\\b`, 'g');
  const missingEpisode = [wordPattern(cues.missingEpisodeNames.join('|'))];
  const liveClasses = cuePatterns.filter(({ cueClass }) => liveBesideSafe.includes(cueClass));
  const timePatterns = cuePatterns.find(({ cueClass }) => cueClass === 'now')?.patterns ?? [];
  const tellingTime = new RegExp(`^(?:${cues.tellingTimes.join('|')})$`);
  const reportedBefore = new RegExp(cues.reportedSafeBefore);
  // A time beside the claim that is not the telling's own ("disclosed today", "what do i do with her phone now").
  const threatPatterns = cuePatterns.find(({ cueClass }) => cueClass === 'threat')?.patterns ?? [];
  const threatName = new RegExp(`^(?:${cues.threatNames.join('|')})$`);
  const liveThreat = (text: string): boolean => threatPatterns.some((p) => [...text.matchAll(p)].some((m) => m[0].trim() !== '' && !threatName.test(m[0].trim())));
  const liveTime = (text: string): boolean => timePatterns.some((p) => [...text.matchAll(p)].some((m) => m[0].trim() !== '' && !tellingTime.test(m[0].trim())));
  const goingOn = modifierTests.filter(({ modifier }) => modifier === 'ongoing' || modifier === 'immediate');
  /** Whether the rest of a message, a claim of safety taken out, tells something live (see safeNowOf). */
  const liveBeside = (spans: readonly string[], told: string): boolean => {
    const company = new Set(spans.join(' ').match(companyWord) ?? []);
    // Issue 8, the tenth round: home may be where the harm is, so beside a child said home (no company named) the family or the
    // home's staff named at all may be who harms her; only "mum is with her", one more claim of safety, is not.
    const saidHomeAlone = company.size === 0 && spans.some((span) => /\bhome\b/.test(span));
    const rest = saidHomeAlone ? told.replace(companyWithHer, ' | ') : told;
    // The missing episode she is back from ("missing from care") is not a child missing now.
    const restScanned = strip(strip(strip(rest, denials), past), missingEpisode);
    const companyAgain = (saidHomeAlone && homeCompany.test(rest)) || (rest.match(companyWord) ?? []).some((w) => company.has(w) || company.has(w.replace(/s$/, '')) || company.has(`${w}s`));
    return (
      liveTime(restScanned) ||
      liveThreat(restScanned) ||
      liveClasses.some(({ any }) => any.test(restScanned)) ||
      goingOn.some(({ test }) => test.test(restScanned)) ||
      presentState.test(restScanned) ||
      injuriesNow.test(restScanned) ||
      neverSafeCompany.test(rest) ||
      companyAgain
    );
  };
  /**
   * A child said safe now (the writer's words, in a named safe place or company) and what the rest of the message tells: nothing
   * said safe, something live beside it, or nothing live, so the claim may temper what is told in the past or as a pattern. Live:
   * any time now or to come, danger named outright, a threat, missing, held, drunk, self-harm or a weapon, anything told as going
   * on, someone there now, company never safe ("with him", "left with"), or the safe company named again (it may be who harms her).
   */
  const safeNowOf = (named: string, withClaims: string): SafeNowReading => {
    const matches = [...named.matchAll(saidSafeNow)];
    if (matches.length === 0) {
      // A claim in words the tempering patterns do not take ("safe at placement"), or someone's claim already taken out as theirs
      // ("she says she is safe now"), tempers nothing new, but a live danger beside it is still the danger this minute.
      const spans = [...withClaims.matchAll(safeClaimAny)].map((m) => m[0]);
      const live = spans.length > 0 && liveBeside(spans, withClaims.replace(safeClaimAny, ' | '));
      return live ? { said: 'live', rest: named.replace(safeClaimAny, ' | '), harmWhereSheIs: false } : { said: 'no', rest: named, harmWhereSheIs: false };
    }
    const spans = matches.map((m) => m[0]);
    const rest = named.replace(saidSafeNow, ' | ');
    const reported = matches.some((m) => reportedBefore.test(named.slice(0, m.index)));
    // Issue 8, the eleventh round: home may be where the harm was ("she is at home now, she was raped there"): then she is back
    // where it happened, and the harm is live whatever tense it is told in.
    // A harm there told with a past marker ("two years ago") is history to refer, as before.
    const harmWhereSheIs = spans.some((span) => homeWord.test(span)) && harmAtHome.test(rest) && strip(rest, past) === rest;
    return { said: harmWhereSheIs || liveBeside(spans, rest) ? 'live' : reported ? 'reported' : 'tempers', rest, harmWhereSheIs };
  };

  return { safeNowOf, presentState };
}
