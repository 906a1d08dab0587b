import { z } from 'zod';
import type { ChoiceQuestion, FormDefinition } from './vocabulary';

/**
 * What a submitted record's answers tell its routing, worked out once at submit: the host borough it
 * names, when the form asks one (the out-of-borough notification). The settings file's host-borough
 * route sends the record to that borough's setting; a value that is not a borough's name (another
 * local authority) goes to the route's fallback.
 */
export interface RouteAnswers {
  hostBorough?: string;
}

/** The form's question choosing among the deployment's boroughs, if it has one (never inside a repeated group). */
export function hostBoroughQuestionOf(definition: FormDefinition): ChoiceQuestion | undefined {
  for (const page of definition.pages) {
    if ('group' in page) continue;
    const found = page.questions.find((q): q is ChoiceQuestion => q.kind === 'oneOf' && q.listedFirst === 'boroughs');
    if (found !== undefined) return found;
  }
  return undefined;
}

const payloadAnswersSchema = z.object({ answers: z.record(z.string(), z.unknown()) });

export function routeAnswersOf(definitions: readonly FormDefinition[]): (formKind: string, payload: unknown) => RouteAnswers {
  return (formKind, payload) => {
    const definition = definitions.find((d) => d.id === formKind);
    const question = definition === undefined ? undefined : hostBoroughQuestionOf(definition);
    const parsed = payloadAnswersSchema.safeParse(payload);
    const answer = question === undefined || !parsed.success ? undefined : parsed.data.answers[question.id];
    // The list's own values ("another") are not boroughs; only a name can match a setting's borough.
    return typeof answer === 'string' && question !== undefined && !question.options.values.includes(answer) ? { hostBorough: answer } : {};
  };
}
