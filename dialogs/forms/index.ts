import { concernRecordForm } from './concernRecord.form';
import { defineForm } from './defineForm';
import { maseInformationForm } from './maseInformation.form';
import { policeClosingReportForm } from './policeClosingReport.form';
import { makesafeReportForm } from './makesafeReport.form';
import { outOfBoroughNotificationForm } from './outOfBoroughNotification.form';
import { returnHomeInterviewForm } from './returnHomeInterview.form';
import type { FormDefinition } from './vocabulary';

/**
 * Every form the assistant offers, as content: the engine never imports a form; wiring and the
 * tests read this list (the structural check runs over each). Add a form's definition here.
 */
export const FORM_DEFINITIONS: readonly FormDefinition[] = [concernRecordForm, makesafeReportForm, outOfBoroughNotificationForm, returnHomeInterviewForm, maseInformationForm, policeClosingReportForm];

/** Each form as a flow, run by the same turn as the journeys. */
export const FORM_FLOWS = FORM_DEFINITIONS.map(defineForm);
