import type { Translate } from '../../cards/view';
import { evaluateOptions, type RuleResult } from '../../knowledge/powerFinder/evaluate';
import type { CaseFacts } from '../../knowledge/powerFinder/facts';
import type { OptionGroup } from '../../knowledge/powerFinder/rules';
import { entryOf } from './powerFinder.views';

/**
 * The finder's result as a short "options considered" answer for the police closing report or the
 * MASE form: one line per option it showed, with its legal source and its standing as answered. The
 * whole result as text runs to 9.5–12.7k characters, over a long answer's 4,000, so the summary
 * falls back step by step (the options always worth considering, then those not open, told by
 * count; tactics' "Appendix I" left to the heading; lines gathered by standing; sources left to
 * the finder) until it fits, and at the very last cuts lines, saying how many more the finder shows.
 * It never says an order will be granted: these are options to consider, and the officer decides.
 */

export const OPTIONS_CONSIDERED_MAX = 4000;

const GROUPS: OptionGroup[] = ['victims', 'offenders', 'locations'];
const k = (key: string) => `powerFinder:considered.${key}`;

interface Style {
  /** Each option's legal source: for every option, only for powers (a tactic's is Appendix I, named in the heading), or none. */
  sources: 'all' | 'powers' | 'none';
  always: 'names' | 'count';
  /** Those not open: one line each (their titles alone run to about 1,600 characters, so mostly a count). */
  notOpen: 'lines' | 'count';
  /** One line per option; or per standing within a group, naming its options; or per verdict (what to check left to the finder). */
  lines: 'perOption' | 'perStanding' | 'perVerdict';
}

const STYLES: Style[] = [
  { sources: 'all', always: 'names', notOpen: 'lines', lines: 'perOption' },
  { sources: 'all', always: 'names', notOpen: 'count', lines: 'perOption' },
  { sources: 'all', always: 'count', notOpen: 'count', lines: 'perOption' },
  { sources: 'powers', always: 'count', notOpen: 'count', lines: 'perOption' },
  { sources: 'powers', always: 'count', notOpen: 'count', lines: 'perStanding' },
  { sources: 'none', always: 'count', notOpen: 'count', lines: 'perStanding' },
  { sources: 'none', always: 'count', notOpen: 'count', lines: 'perVerdict' },
];

const isAlways = (r: RuleResult): boolean => r.rule.requires.length === 0;

/** A statute as the summary cites it: its first part, without asides ("Children Act 1989, s46"). */
function shortStatute(statute: string): string {
  const first = statute.split(';')[0] ?? statute;
  return first.replace(/\s*\([a-z][^)]*\)/g, '').replace(/,\s+in force.*$/, '').replace(/\.$/, '').trim();
}

/** The option's legal source, unless its title already names it ("Care Order (s31 Children Act 1989)"). */
function sourceOf(result: RuleResult, style: Style): string | undefined {
  const entry = entryOf(result.rule.entryId);
  const statute = entry.facts?.statute;
  if (style.sources === 'none') return undefined;
  if (statute === undefined) return style.sources === 'all' ? 'Appendix I' : undefined;
  const cited = shortStatute(statute);
  const section = /\bss?\d+[A-Z]?(?:–\d+)?\b/.exec(cited)?.[0];
  return entry.title.includes(cited) || (section !== undefined && entry.title.includes(section)) ? undefined : cited;
}

function standing(result: RuleResult, t: Translate, style?: Style): string {
  if (result.verdict === 'fits') return t(k('fits'));
  if (style?.lines === 'perVerdict') return t(k(result.verdict === 'check' ? 'checkInFinder' : 'notOpenInFinder'));
  const what = result.reasons.map((reason) => t(`powerFinder:reason.${reason}.${result.verdict === 'check' ? 'toCheck' : 'short'}`)).join('; ');
  return t(k(result.verdict === 'check' ? 'check' : 'notOpen'), { what });
}

function optionLine(result: RuleResult, style: Style, t: Translate): string {
  const title = entryOf(result.rule.entryId).title;
  const source = sourceOf(result, style);
  const values = { title, standing: standing(result, t) };
  return source === undefined ? t(k('line'), values) : t(k('lineWithSource'), { ...values, source });
}

/** Options sharing a standing on one line, each named with its source where the title lacks it. */
function linesByStanding(results: RuleResult[], style: Style, t: Translate): string[] {
  const byStanding = new Map<string, string[]>();
  for (const result of results) {
    const title = entryOf(result.rule.entryId).title;
    const source = sourceOf(result, style);
    const named = source === undefined ? title : `${title} (${source})`;
    const key = standing(result, t, style);
    byStanding.set(key, [...(byStanding.get(key) ?? []), named]);
  }
  return [...byStanding].map(([key, titles]) => t(k('standingLine'), { standing: key, titles: titles.join('; ') }));
}

function groupLines(group: OptionGroup, results: RuleResult[], style: Style, t: Translate): string[] {
  const inGroup = results.filter((r) => r.rule.group === group);
  const shown = inGroup.filter((r) => !isAlways(r) && r.verdict !== 'doesNotFit');
  const always = inGroup.filter(isAlways);
  const notOpen = inGroup.filter((r) => r.verdict === 'doesNotFit');
  const lines = [t(`powerFinder:text.group.${group}`)];
  lines.push(...(style.lines === 'perOption' ? shown.map((r) => optionLine(r, style, t)) : linesByStanding(shown, style, t)));
  if (shown.length === 0) lines.push(t(k('noneSpecific')));
  if (always.length > 0 && style.always === 'names') lines.push(t(k('always'), { titles: always.map((r) => entryOf(r.rule.entryId).title).join('; ') }));
  if (style.notOpen === 'lines') lines.push(...notOpen.map((r) => optionLine(r, style, t)));
  return lines;
}

function summaryIn(results: RuleResult[], style: Style, t: Translate): string[] {
  const lines = [t(k('intro')), ...GROUPS.flatMap((group) => groupLines(group, results, style, t))];
  const always = results.filter(isAlways).length;
  const notOpen = results.filter((r) => r.verdict === 'doesNotFit').length;
  if (style.always === 'count' && always > 0) lines.push(t(k('alwaysCount'), { count: always }));
  if (style.notOpen === 'count' && notOpen > 0) lines.push(t(k('notOpenCount'), { count: notOpen }));
  return lines;
}

/** The lines that fit, and a last line saying how many more the finder shows. */
function cut(lines: string[], max: number, t: Translate): string {
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const more = t(k('more'), { count: lines.length - i });
    if ([...kept, lines[i], more].join('\n').length > max) return [...kept, more].join('\n');
    kept.push(lines[i] ?? '');
  }
  return kept.join('\n');
}

/** The finder's result for these facts, as an answer of at most `max` characters the officer can edit. */
export function optionsConsideredSummary(facts: CaseFacts, t: Translate, max = OPTIONS_CONSIDERED_MAX): string {
  const results = evaluateOptions(facts);
  for (const style of STYLES) {
    const text = summaryIn(results, style, t).join('\n');
    if (text.length <= max) return text;
  }
  const last = STYLES[STYLES.length - 1] ?? STYLES[0];
  return last === undefined ? '' : cut(summaryIn(results, last, t), max, t);
}
