import { maseInformationForm } from '../../dialogs/forms/maseInformation.form';
import type { ProfiledSubmission } from '../../dialogs/socialCare/problemProfile';
import { completedPayload } from './completedForms';
import { FICTIONAL_ADULT, FICTIONAL_CHILD, FICTIONAL_NOTES } from './personalTestValues';

/**
 * MASE information forms for the problem profile's tests: a stored payload as the form stores it,
 * with only the answers a test names (and the required victim). Every text is fictional.
 */

export interface MaseFormShape {
  at: string;
  victims?: Array<{ age?: string; dateOfBirth?: string }>;
  locations?: string[];
  themes?: string[];
  models?: string[];
}

export function maseForm(shape: MaseFormShape): ProfiledSubmission {
  const answers: Record<string, unknown> = {
    maseArea: 'Fictional Borough MASE',
    victims: (shape.victims ?? [{}]).map((victim, i) => ({ name: `${FICTIONAL_CHILD.firstName} ${i}`, ...victim })),
  };
  if (shape.locations !== undefined) answers.additionalLocations = shape.locations.map((type) => ({ type, place: 'Quilletmoor Lane' }));
  for (const theme of shape.themes ?? []) answers[theme] = FICTIONAL_NOTES.concern;
  const [primary, secondary, third] = shape.models ?? [];
  if (primary !== undefined) answers.cseModelPrimary = primary;
  if (secondary !== undefined) answers.cseModelSecondary = secondary;
  if (third !== undefined) answers.cseModelThird = third;
  const payload = { formId: maseInformationForm.id, formVersion: maseInformationForm.version, schemaVersion: maseInformationForm.schemaVersion, answers };
  return { payload, createdAt: new Date(shape.at) };
}

/** A form with every question answered with fictional text, names and dates, and a planted note in the prefill. */
export function everyFieldForm(at: string): ProfiledSubmission {
  const payload = { ...completedPayload(maseInformationForm, 'full'), prefill: { note: `${FICTIONAL_ADULT.name} at Quilletmoor Lane` } };
  return { payload, createdAt: new Date(at) };
}

/** Every text and date the full fixture typed (a code such as an option value is not personal). */
export function plantedValues(): string[] {
  const values = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (/\s/.test(value) || /^\d{4}-\d{2}-\d{2}/.test(value)) values.add(value.split('\n')[0] ?? value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(completedPayload(maseInformationForm, 'full').answers);
  return [...values];
}
