import type { TextRef } from './viewParts';

/** What a card's inputs are given: a form question's control, a choice, a note. */

/** What a form question's input is drawn as: the Adaptive Cards 1.5 inputs. */
export type FieldControl =
  | { type: 'text'; multiline: boolean; maxLength: number; style?: 'email' | 'tel' }
  | { type: 'date' }
  | { type: 'time' }
  | { type: 'number'; min: number; max: number }
  | { type: 'choice'; style: 'compact' | 'expanded'; multiSelect: boolean; choices: Array<{ label: TextRef; value: string }> };

/** An input on a step card. A choice's label is reviewed knowledge text; a note's label is a translation; a field is a form question's. */
export type InputView =
  | { kind: 'choice'; id: string; label: string | TextRef; choices: Array<{ label: TextRef; value: string }>; value: string; errorKey: string; error?: TextRef }
  | {
      kind: 'text';
      id: string;
      label: TextRef;
      value: string;
      maxLength: number;
      errorKey: string;
      error?: TextRef;
      /** A note on one part of the journey (a warning-sign area), not on the whole: what the user typed first never goes in it (dialogs/openingNote.ts). */
      aboutPart?: true;
    }
  | {
      kind: 'field';
      id: string;
      label: TextRef;
      required: boolean;
      /** Required only for an item added: a repeated group's page that may be left empty, meaning there are no more. */
      ifAdded?: true;
      hint?: TextRef;
      control: FieldControl;
      value: string;
      errorMessage: TextRef;
      error?: TextRef;
    };
