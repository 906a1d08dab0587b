/** A pattern matched as whole words over the normalised text. */
export const wordPattern = (source: string): RegExp => new RegExp(`(?:^|\\b)(?:${source})(?:\\b|$)`, 'g');

/** The text with every match of the patterns replaced by a bar, so words either side of it never join into a new match. */
export const strip = (text: string, patterns: readonly RegExp[]): string => patterns.reduce((acc, p) => acc.replace(p, ' | '), text);
