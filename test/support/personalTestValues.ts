/**
 * The personal values the tests type, as a practitioner would: obviously fictional, and distinctive
 * enough that finding one anywhere in a log can only mean it leaked there. The whole suite's log
 * output is searched for every one of them (test/support/logCapture.globalTeardown.ts).
 */
export const FICTIONAL_CHILD = {
  firstName: 'Zindrelle',
  lastName: 'Quopmarsh-Fictional',
  /** 30 February: no child was born on it. */
  dateOfBirth: '30/02/2012',
  dateOfBirthIso: '2012-02-30',
} as const;

export const FICTIONAL_ADULT = { name: 'Varguson Fictitious-Adult' } as const;

/** Notes and messages as a practitioner might type them, each naming the fictional child or adult. */
export const FICTIONAL_NOTES = {
  concern: `${FICTIONAL_CHILD.firstName} said ${FICTIONAL_ADULT.name} collects her from Quilletmoor Lane after school`,
  police: `${FICTIONAL_CHILD.firstName} told me about an older friend who drives her home from Quilletmoor Lane`,
  makesafe: `A girl of about 14 called ${FICTIONAL_CHILD.firstName}, born ${FICTIONAL_CHILD.dateOfBirth}, with ${FICTIONAL_ADULT.name}`,
} as const;

/** Every value whose appearance in a log is a leak (matched case-insensitively). */
export const PERSONAL_TEST_VALUES: readonly string[] = [
  FICTIONAL_CHILD.firstName,
  FICTIONAL_CHILD.lastName,
  FICTIONAL_CHILD.dateOfBirth,
  FICTIONAL_CHILD.dateOfBirthIso,
  FICTIONAL_ADULT.name,
  'Quilletmoor Lane',
  ...Object.values(FICTIONAL_NOTES),
];

/** A value planted by the log capture's own self-test: it must be found, or the capture is broken. */
export const PLANTED_CANARY = `log-capture-canary ${FICTIONAL_CHILD.firstName} ${FICTIONAL_CHILD.dateOfBirth}`;

/** Secrets: a bearer token of any kind, or anything shaped like a JWT (header.payload.signature). */
const SECRET_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['bearer token', /bearer\s+(?!\[redacted\])[A-Za-z0-9._~+/=-]{8,}/i],
  ['JWT', /eyJ[A-Za-z0-9_-]{2,}\.eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/],
];

export interface Leak {
  line: number;
  what: string;
}

/** Every line of `text` that holds a personal test value, a bearer token or a JWT, and what it holds. */
export function findLeaks(text: string): Leak[] {
  const needles = PERSONAL_TEST_VALUES.map((value) => value.toLowerCase());
  const leaks: Leak[] = [];
  text.split('\n').forEach((content, index) => {
    const lower = content.toLowerCase();
    for (const [i, needle] of needles.entries()) if (lower.includes(needle)) leaks.push({ line: index + 1, what: `personal test value "${PERSONAL_TEST_VALUES[i] ?? ''}"` });
    for (const [what, pattern] of SECRET_PATTERNS) if (pattern.test(content)) leaks.push({ line: index + 1, what });
  });
  return leaks;
}
