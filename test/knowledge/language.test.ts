import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allEntries } from '../../knowledge/entries/index';

/**
 * Victim-blaming language must never reach a practitioner: a sexually exploited child is a victim
 * and does not make an informed choice to be exploited (protocol, Section 1: Principles). Each term
 * below says why it is banned; each allowance says which legitimate use it lets through, and only
 * matches that lie wholly inside an allowed phrase are let through.
 *
 * Checked: every reviewed entry (title, summary, body, keywords, facts, since-2017 notes), every
 * other text in knowledge/ (sources, comments and all), and every string in bot/i18n/locales.
 * Not checked: knowledge/eval/questions.json, which holds practitioners' own words as typed.
 */

interface Term {
  name: string;
  pattern: RegExp;
  why: string;
  allow?: { pattern: RegExp; why: string }[];
}

const TERMS: Term[] = [
  {
    name: 'child prostitute / child prostitution',
    pattern: /\bprostitut\w*/gi,
    why: 'Children are sexually exploited, never prostitutes; the Serious Crime Act 2015 (s68) removed "child prostitution" from the Sexual Offences Act 2003, so even the old statutory titles are not to be quoted.',
  },
  {
    name: 'promiscuous',
    pattern: /\bpromiscu\w*/gi,
    why: 'Blames the child for the abuse; describe the behaviour or the SAFEGUARD sign instead.',
  },
  {
    name: 'putting themselves / herself / himself at risk',
    pattern: /\bput(?:s|ting)?\s+(?:themselves|themself|herself|himself)\s+(?:at|in)\s+(?:risk|danger)\b/gi,
    why: 'The risk comes from the perpetrator, not the child; say the child is at risk from, or being exploited by, someone.',
  },
  {
    name: 'risk-taking behaviour (of a child)',
    pattern: /\brisk[- ]?taking\b/gi,
    why: 'Implies the child chooses the abuse.',
    allow: [{ pattern: /\bpositive risk[- ]taking\b/gi, why: 'a practice term for professionals’ proportionate decisions, not said of a child' }],
  },
  {
    name: 'consented (of a child)',
    pattern: /\b(?:she|he|they|child|victim|young person|girl|boy)\s+(?:had\s+|has\s+)?consented\b|\bconsent(?:ed|ing)\s+to\s+(?:sex|sexual|the abuse|it)\b/gi,
    why: 'A child cannot consent to their own exploitation; "consented" recasts abuse as choice.',
    allow: [
      {
        pattern: /\b(?:capable\s+of|capacity\s+to)\s+consent(?:ing)?\s+to\s+(?:sex|sexual|it)\b/gi,
        why: 'the law on legal capacity ("a child under 13 is not legally capable of consenting to sex")',
      },
    ],
  },
  {
    name: 'consensual (of a child’s exploitation)',
    pattern: /\bconsensual(?:ly)?\b/gi,
    why: 'Exploitation is never consensual.',
    allow: [
      { pattern: /\bnon-consensual\b/gi, why: 'states that consent is absent' },
      {
        pattern: /\b(?:appears?|appeared|seems?|seemed)\s+(?:to\s+be\s+)?consensual\b/gi,
        why: 'the protocol’s warning that activity which appears consensual can still be exploitation',
      },
      {
        pattern: /\bshared\s+(?:\w+\s+){0,2}consensually\b/gi,
        why: 'youth-produced sexual imagery guidance (UKCIS): imagery shared consensually between peers, handled by the school',
      },
      { pattern: /\bconsensual teenage relationships?\b/gi, why: 'CPS charging guidance on peers of a similar age, not exploitation' },
    ],
  },
  {
    name: 'child sex worker',
    pattern: /\b(?:child|children|young|teenage|underage)\s+sex\s+work\w*/gi,
    why: 'Children are not sex workers; "adult sex work" (a vulnerability factor of the family) is fine.',
  },
  { name: 'rent boy', pattern: /\brent\s+boys?\b/gi, why: 'A slur that hides the exploitation of boys.' },
  { name: 'willing participant', pattern: /\bwilling(?:ly)?\s+participa\w*/gi, why: 'Recasts abuse as choice.' },
  { name: 'lifestyle choice', pattern: /\blifestyle\s+choices?\b/gi, why: 'Recasts abuse as choice.' },
  { name: 'asking for it', pattern: /\basking\s+for\s+it\b/gi, why: 'Blames the child.' },
];

interface Text {
  where: string;
  text: string;
}

const root = join(__dirname, '..', '..');

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** Every string in a JSON value, with its key path. */
function stringsOf(value: unknown, path: string): Text[] {
  if (typeof value === 'string') return [{ where: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => stringsOf(v, `${path}.${k}`));
  return [];
}

const entryTexts: Text[] = allEntries.flatMap((e) =>
  [e.title, e.summary, e.body, ...e.keywords, ...Object.values(e.facts ?? {}), ...e.since2017.map((s) => s.what)].map((text) => ({
    where: e.id,
    text: text ?? '',
  })),
);
const knowledgeFiles: Text[] = filesUnder(join(root, 'knowledge'), (p) => p.endsWith('.ts')).map((p) => ({
  where: relative(root, p),
  text: readFileSync(p, 'utf8'),
}));
const localeFiles = filesUnder(join(root, 'bot', 'i18n', 'locales'), (p) => p.endsWith('.json'));
const localeTexts: Text[] = localeFiles.flatMap((p) => stringsOf(JSON.parse(readFileSync(p, 'utf8')), relative(root, p)));

/** Each use of a term that no allowance covers. */
function findings(term: Term, texts: Text[]): string[] {
  return texts.flatMap(({ where, text }) => {
    const allowed = (term.allow ?? []).flatMap((a) => [...text.matchAll(a.pattern)].map((m) => [m.index, m.index + m[0].length]));
    return [...text.matchAll(term.pattern)]
      .filter((m) => !allowed.some(([from = 0, to = 0]) => m.index >= from && m.index + m[0].length <= to))
      .map((m) => `${where}: "${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' ')}"`);
  });
}

describe('victim-blaming language', () => {
  it('finds the texts it is meant to check', () => {
    expect(entryTexts.length).toBeGreaterThan(1000);
    expect(knowledgeFiles.length).toBeGreaterThan(10);
    expect(localeFiles.length).toBeGreaterThan(0);
    expect(localeTexts.length).toBeGreaterThan(0);
  });

  it.each(TERMS.map((t) => [t.name, t] as const))('no "%s" in the knowledge or the locale files', (_name, term) => {
    expect(findings(term, [...entryTexts, ...knowledgeFiles, ...localeTexts])).toEqual([]);
  });

  it.each([
    ['she consented to sex with him', 'consented (of a child)'],
    ['the relationship was consensual', 'consensual (of a child’s exploitation)'],
    ['a 15-year-old child prostitute', 'child prostitute / child prostitution'],
    ['she keeps putting herself at risk', 'putting themselves / herself / himself at risk'],
    ['his risk-taking behaviour', 'risk-taking behaviour (of a child)'],
    ['she is promiscuous', 'promiscuous'],
  ])('catches "%s"', (text, name) => {
    const term = TERMS.find((t) => t.name === name);
    expect(term).toBeDefined();
    if (term) expect(findings(term, [{ where: 'sample', text }])).toHaveLength(1);
  });

  it.each([
    'capacity to consent to sexual activity',
    'a child under 13 is not legally capable of consenting to sex',
    'even if the sexual activity appears consensual',
    'If a young person has shared imagery consensually, such as in a romantic relationship',
    'Non-consensual sex is rape',
    'safeguards for consensual teenage relationships',
    'the age of consent is 16',
    'adult sex work in the family',
  ])('lets legitimate text through: "%s"', (text) => {
    expect(TERMS.flatMap((t) => findings(t, [{ where: 'sample', text }]))).toEqual([]);
  });
});
