import type { CueSet } from './cueSet.schema';
import { strip, wordPattern } from './patterns';

/**
 * Issue 8, the twelfth round: a past marker tempers its own clause only. "last month she was missing for a week, today he turned up
 * at school gates asking for her" was tempered whole by "last month", and the classifier (0.01) took the alarm away, though the
 * clause told as today is a man seeking the child now. The clause opened by a time of now after a past marker (cues'
 * `clauseNowOpeners`), to the end of the message, is what this finds; the detector judges it as a message of its own. With no
 * time of now after the marker ("last month he turned up at the gates asking for her") there is no such clause.
 */
export function createNowClauseFinder(cues: CueSet, { past, denials }: { past: readonly RegExp[]; denials: readonly RegExp[] }): (text: string, pastToo: readonly RegExp[]) => string | undefined {
  const opener = wordPattern(cues.clauseNowOpeners.join('|'));
  const spansOf = (text: string, patterns: readonly RegExp[]): Array<readonly [number, number]> =>
    patterns.flatMap((p) => [...text.matchAll(p)].filter((m) => m[0].trim() !== '').map((m) => [m.index, m.index + m[0].length] as const));
  return (text, pastToo) => {
    const pasts = spansOf(text, [...past, ...pastToo]);
    if (pasts.length === 0) return undefined;
    const firstPastEnd = Math.min(...pasts.map(([, end]) => end));
    // A "now" said with a denial or inside a past marker ("she is safe now", "is 18 now and") opens nothing.
    const taken = [...pasts, ...spansOf(text, denials)];
    for (const match of text.matchAll(opener)) {
      const start = match.index + match[0].search(/\S/);
      if (start >= firstPastEnd && !taken.some(([from, to]) => start >= from && start < to)) return text.slice(start);
    }
    return undefined;
  };
}

export interface RecentPastReader {
  patterns: RegExp[];
  /** Whether a recent past marker is said and the rest is past too: then it tempers as any past marker does. */
  toldAsOver(text: string): boolean;
}

/**
 * Issue 8, the twelfth round: "a girl in my cab last night seemed scared of the man she was with" got the 999 card: "last night" was
 * no past marker (tried in the eighth round and dropped, as it tempered "she went off with him last night and has not come home").
 * A recent past marker (cues' `recentPast`) is one where the rest is past too: nothing told as now or to come (`present`), no child
 * gone off with someone (`notOver`), and no cue that is still going on unless answered (`stillGoing`: missing, taken or held).
 */
export function createRecentPastReader(cues: CueSet, stillGoing: readonly RegExp[]): RecentPastReader {
  const patterns = [wordPattern(cues.recentPast.join('|'))];
  const notOver = new RegExp(`(?:^|\\b)(?:${[...cues.present, ...cues.notOver].join('|')})(?:\\b|$)`);
  return {
    patterns,
    toldAsOver(text) {
      const rest = strip(text, patterns);
      return rest !== text && !notOver.test(rest) && !stillGoing.some((p) => p.test(rest));
    },
  };
}
