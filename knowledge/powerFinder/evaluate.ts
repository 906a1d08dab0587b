import { QUESTION_IDS, QUESTIONS, type CaseFacts, type FactId, type QuestionId } from './facts';
import { ELIGIBILITY_RULES, type EligibilityRule, type Requirement } from './rules';

/** The one pure function that weighs the rules against the facts, and the next question they need. */

export type Verdict = 'fits' | 'check' | 'doesNotFit';

export interface RuleResult {
  rule: EligibilityRule;
  verdict: Verdict;
  /** Why it does not fit (the requirements the facts rule out), or what to check (those not known yet). */
  reasons: string[];
}

type RequirementState = 'met' | 'unmet' | 'unknown';

function requirementState(requirement: Requirement, facts: CaseFacts): RequirementState {
  const clauses = Object.entries(requirement.any) as Array<[FactId, readonly string[]]>;
  if (clauses.some(([fact, values]) => values.includes(facts[fact] ?? ''))) return 'met';
  // Ruled out only when every fact it could rest on is known: "not known" never excludes.
  const allKnown = clauses.every(([fact]) => facts[fact] !== undefined && facts[fact] !== 'notKnown');
  return allKnown ? 'unmet' : 'unknown';
}

export function evaluateRule(rule: EligibilityRule, facts: CaseFacts): RuleResult {
  const states = rule.requires.map((r) => [r, requirementState(r, facts)] as const);
  const unmet = states.filter(([, s]) => s === 'unmet').map(([r]) => r.reason);
  if (unmet.length > 0) return { rule, verdict: 'doesNotFit', reasons: unmet };
  const unknown = states.filter(([, s]) => s === 'unknown').map(([r]) => r.reason);
  return unknown.length > 0 ? { rule, verdict: 'check', reasons: unknown } : { rule, verdict: 'fits', reasons: [] };
}

export function evaluateOptions(facts: CaseFacts, rules: readonly EligibilityRule[] = ELIGIBILITY_RULES): RuleResult[] {
  return rules.map((rule) => evaluateRule(rule, facts));
}

/**
 * The first question, in the set order, that some still-possible option depends on: a fact not yet
 * asked that could settle a requirement not yet met. Undefined when nothing left would change the result.
 */
export function nextQuestion(facts: CaseFacts, rules: readonly EligibilityRule[] = ELIGIBILITY_RULES): QuestionId | undefined {
  const wanted = neededFacts(facts, rules);
  return QUESTION_IDS.find((q) => QUESTIONS[q].some((fact) => wanted.has(fact)));
}

/** The facts not yet asked that could still settle a requirement of an option not yet ruled out. */
export function neededFacts(facts: CaseFacts, rules: readonly EligibilityRule[] = ELIGIBILITY_RULES): Set<FactId> {
  const wanted = new Set<FactId>();
  for (const rule of rules) {
    const states = rule.requires.map((r) => [r, requirementState(r, facts)] as const);
    if (states.some(([, s]) => s === 'unmet')) continue;
    for (const [requirement, state] of states) {
      if (state !== 'unknown') continue;
      for (const fact of Object.keys(requirement.any) as FactId[]) if (facts[fact] === undefined) wanted.add(fact);
    }
  }
  return wanted;
}
