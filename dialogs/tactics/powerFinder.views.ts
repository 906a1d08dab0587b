import type { CitationView, InputView, TextRef } from '../../cards/view';
import { allEntries } from '../../knowledge/entries/index';
import type { KnowledgeEntry } from '../../knowledge/entry.schema';
import { CIRCUMSTANCE_FACTS, FACT_IDS, factSchemas, type CaseFacts, type CircumstanceFact, type FactId } from '../../knowledge/powerFinder/facts';
import { evaluateOptions, neededFacts, type RuleResult } from '../../knowledge/powerFinder/evaluate';
import type { OptionGroup } from '../../knowledge/powerFinder/rules';
import { APPENDIX_I_SECTIONS } from '../../knowledge/entries/text';
import { citeSection } from '../citations';
import type { AnswerChoice, StepBody } from '../flow';

/** The finder's cards: one question each, the places on one card, then the options that fit, grouped as Appendix I groups them. */

const k = (key: string, values?: Record<string, string | number>): TextRef => (values === undefined ? { key: `powerFinder:${key}` } : { key: `powerFinder:${key}`, values });
const GROUPS: OptionGroup[] = ['victims', 'offenders', 'locations'];
const FACT_KEYS = ['whoApplies', 'whoAuthorises', 'threshold', 'duration', 'notification', 'breach', 'statute'] as const;

const entries = new Map(allEntries.map((e) => [e.id, e]));
export function entryOf(id: string): KnowledgeEntry {
  const entry = entries.get(id);
  if (entry === undefined) throw new Error(`power finder: no knowledge entry ${id}`);
  return entry;
}

const valueLabel = (fact: FactId, value: string): TextRef => k(`value.${fact}.${value}`);

/** A question answered with one button per value, "not known" last. */
export function questionStep(fact: Exclude<FactId, CircumstanceFact>, section: string): StepBody {
  const choices: AnswerChoice[] = factSchemas[fact].options.map((value) => ({ label: valueLabel(fact, value), answer: { type: `answer.${fact}`, value } }));
  return { tone: 'question', title: k(`ask.${fact}.title`), lines: [k(`ask.${fact}.body`)], choices, citations: [citeSection(section)] };
}

/** One card for where it happens, movement and groups: only the facts some remaining option still turns on. */
export function circumstancesStep(facts: CaseFacts): StepBody {
  const needed = neededFacts(facts);
  const inputs: InputView[] = CIRCUMSTANCE_FACTS.filter((f) => needed.has(f)).map((place) => ({
    kind: 'choice',
    id: place,
    label: k(`ask.circumstances.${place}`),
    choices: factSchemas[place].options.map((value) => ({ label: valueLabel(place, value), value })),
    value: 'notKnown',
    errorKey: 'powerFinder:ask.circumstances.error',
  }));
  return {
    tone: 'question',
    title: k('ask.circumstances.title'),
    lines: [k('ask.circumstances.body')],
    inputs,
    choices: [{ label: k('ask.circumstances.continue'), answer: { type: 'answer.circumstances' }, style: 'positive' }],
    citations: [citeSection(APPENDIX_I_SECTIONS.locations)],
  };
}


/** What the options were weighed on, one line per fact the user gave or that was carried in. */
function usedLines(facts: CaseFacts): TextRef[] {
  return FACT_IDS.flatMap((fact) => {
    const value = facts[fact];
    return value === undefined ? [] : [k('used.line', { fact, value })];
  });
}

function factLines(entry: KnowledgeEntry): TextRef[] {
  return FACT_KEYS.flatMap((key) => {
    const value = entry.facts?.[key];
    return value === undefined ? [] : [k('option.fact', { fact: key, value })];
  });
}

function optionLines(result: RuleResult): TextRef[] {
  const entry = entryOf(result.rule.entryId);
  const lines: TextRef[] = [k(`option.${result.verdict}`, { title: entry.title })];
  if (result.rule.route !== undefined) lines.push(k(`route.${result.rule.route}`));
  if (result.verdict === 'check') {
    // Kept short: the key facts are for the options that fit; one that may fit says what to check and its basis.
    lines.push(...result.reasons.map((reason) => k('option.checkReason', { reason })), k('option.basis', { basis: result.rule.basis }));
  } else {
    // A power shows its key facts (its statute among them); a tactic, which has none, shows the line of Appendix I it rests on.
    lines.push(...(entry.facts?.statute === undefined ? [k('option.basis', { basis: result.rule.basis })] : []), ...factLines(entry));
  }
  lines.push(...entry.since2017.map((s) => k('option.since', { when: s.when, what: s.what })));
  return lines;
}

function notFitLines(results: RuleResult[]): TextRef[] {
  const lines = results.flatMap((r) => r.reasons.map((reason) => k('notFit.line', { title: entryOf(r.rule.entryId).title, reason })));
  // What else may be open (the CAWN routes share one list): said once, after the options it replaces.
  const otherwise = [...new Set(results.flatMap((r) => r.rule.otherwise ?? []))];
  if (otherwise.length > 0) lines.push(k('notFit.otherwise', { titles: otherwise.map((id) => entryOf(id).title).join('; ') }));
  return lines;
}

const isAlways = (r: RuleResult): boolean => r.rule.requires.length === 0;

/**
 * The options, grouped as Appendix I groups them, in two parts: first those that fit, with their key
 * facts, and those always worth considering; then those that may fit and what to check, and those
 * that do not fit, and why. Each part is a list of blocks (a heading, or one option and its facts)
 * that are never split across cards.
 */
export function groupedOptionParts(facts: CaseFacts): { fitting: TextRef[][]; rest: TextRef[][] } {
  const results = evaluateOptions(facts);
  const fitting: TextRef[][] = [[k('options.intro'), k('used.heading'), ...usedLines(facts)]];
  const rest: TextRef[][] = [[k('options.continued')]];
  const checks = results.filter((r) => !isAlways(r) && r.verdict === 'check');
  for (const group of GROUPS) {
    const inGroup = results.filter((r) => r.rule.group === group);
    const fits = inGroup.filter((r) => !isAlways(r) && r.verdict === 'fits');
    const always = inGroup.filter(isAlways);
    const toCheck = checks.filter((r) => r.rule.group === group);
    fitting.push([k(`group.${group}`), ...(fits.length === 0 ? [k(toCheck.length > 0 ? 'group.noneFitsSeeCheck' : 'group.noneSpecific')] : [])]);
    fitting.push(...fits.map(optionLines));
    if (always.length > 0) fitting.push([k('group.always', { titles: always.map((r) => entryOf(r.rule.entryId).title).join('; ') })]);
    if (toCheck.length > 0) rest.push([k(`group.${group}`)], ...toCheck.map(optionLines));
  }
  if (checks.length === 0) rest.push([k('options.noneToCheck')]);
  const notFit = results.filter((r) => r.verdict === 'doesNotFit');
  if (notFit.length > 0) rest.push([k('notFit.heading')], ...notFitLines(notFit).map((line) => [line]));
  return { fitting, rest };
}

/**
 * Teams refuses a card larger than about 28 KB, so a long part goes on as many cards as it needs.
 * A line's size is estimated from its key and values as JSON, which runs close to the text it
 * becomes; the budget leaves room for the card's own markup, steps, citations and buttons
 * (test/cards/powerFinderResultSize.test.ts checks the real cards at their longest).
 */
const CARD_TEXT_BUDGET = 21_000;

export function packedIntoCards(blocks: TextRef[][]): TextRef[][] {
  const cards: Array<{ lines: TextRef[]; size: number }> = [];
  for (const block of blocks) {
    const size = JSON.stringify(block).length;
    const current = cards.at(-1);
    if (current === undefined || (current.lines.length > 0 && current.size + size > CARD_TEXT_BUDGET)) cards.push({ lines: [...block], size });
    else {
      current.lines.push(...block);
      current.size += size;
    }
  }
  return cards.map((c) => c.lines);
}

/** The same options as plain lines, one each, to copy into a record. */
function textLines(facts: CaseFacts): TextRef[] {
  const results = evaluateOptions(facts);
  const lines: TextRef[] = [k('text.intro'), ...usedLines(facts)];
  for (const group of GROUPS) {
    lines.push(k(`text.group.${group}`));
    for (const r of results.filter((x) => x.rule.group === group)) {
      const entry = entryOf(r.rule.entryId);
      const [reason] = r.reasons;
      lines.push(reason === undefined ? k('text.fits', { title: entry.title, basis: r.rule.basis }) : k(`text.${r.verdict}`, { title: entry.title, basis: r.rule.basis, reason }));
    }
  }
  return lines;
}

function optionCitations(facts: CaseFacts): CitationView[] {
  const sections = new Map<string, boolean>();
  for (const r of evaluateOptions(facts)) {
    if (r.verdict === 'doesNotFit') continue;
    const entry = entryOf(r.rule.entryId);
    if (!sections.has(entry.section)) sections.set(entry.section, entry.generalPractice);
  }
  return [...sections].map(([section, generalPractice]) => ({ section, generalPractice, changes: [] }));
}

const STEPS = ['steps.judgement', 'steps.discuss', 'steps.check', 'steps.record'];

/** The options over as many cards as they need: those that fit first; the last card carries the steps and the buttons. */
export function optionsStep(facts: CaseFacts): StepBody {
  const { fitting, rest } = groupedOptionParts(facts);
  const titled = (cards: TextRef[][], title: string) => cards.map((lines, i) => ({ title: k(i === 0 ? title : `${title}Continued`), lines }));
  const cards = [...titled(packedIntoCards(fitting), 'options.title'), ...titled(packedIntoCards(rest), 'options.moreTitle')];
  const last = cards.at(-1) ?? { title: k('options.moreTitle'), lines: [] };
  return {
    tone: 'summary',
    leads: cards.slice(0, -1),
    title: last.title,
    lines: last.lines,
    steps: STEPS.map((s) => k(s)),
    choices: [{ label: k('options.asText'), answer: { type: 'text.requested' } }],
    citations: optionCitations(facts),
  };
}

export function textStep(facts: CaseFacts): StepBody {
  return { tone: 'summary', title: k('text.title'), lines: textLines(facts), steps: STEPS.map((s) => k(s)), choices: [], citations: optionCitations(facts) };
}
