import type { FormDefinition } from './vocabulary';

/**
 * Every form the assistant offers, as content: the engine never imports a form; wiring and the
 * tests read this list (the structural check runs over each). Add a form's definition here.
 */
export const FORM_DEFINITIONS: readonly FormDefinition[] = [];
