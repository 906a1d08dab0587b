import type { TextRef } from '../../cards/view';
import type { FormContext } from '../../machines/form.machine';
import { holds } from './conditions';
import { displayRefs } from './display';
import type { Question } from './vocabulary';

/**
 * An item of a repeated group as its page lists it: what it holds, its answers in order, cut short ("Child 1: 13, boy,
 * small, grey tracksuit…"). Not its first answer alone: a child with no name read "Not answered", and the tester, trusting
 * it, removed a real child's description (issue 8).
 */

const SUMMARY_MAX_CHARS = 60;
const TYPED = 'forms:answers.asTyped';

function cut(text: string, room: number): string {
  if (text.length <= room) return text;
  const atWord = text.slice(0, room).replace(/[\s,;.]+\S*$/, '');
  return `${atWord === '' ? text.slice(0, room) : atWord}…`;
}

export function itemSummary(questions: readonly Question[], item: Record<string, string | string[]>, answers: FormContext['answers']): TextRef {
  const scope = { ...answers, ...item };
  const refs = questions.filter((q) => holds(q.condition, scope) && item[q.id] !== undefined && item[q.id]?.length !== 0).flatMap((q) => displayRefs(q, item[q.id]));
  const parts: TextRef[] = [];
  let room = SUMMARY_MAX_CHARS;
  for (const ref of refs) {
    if (room <= 0) {
      parts.push({ key: 'forms:group.more' });
      break;
    }
    const typed = ref.key === TYPED ? String(ref.values?.['value'] ?? '') : undefined;
    if (typed !== undefined && typed.length > room) {
      parts.push({ key: TYPED, values: { value: cut(typed, room) } });
      break;
    }
    parts.push(ref);
    // A choice's label is short; counted as a typed answer of its usual length.
    room -= (typed?.length ?? 12) + 2;
  }
  const [first, ...rest] = parts;
  if (first === undefined) return { key: 'forms:answers.notAnswered' };
  return rest.reduce<TextRef>((joined, next) => ({ key: 'forms:answers.joined', refs: { first: joined, next } }), first);
}
