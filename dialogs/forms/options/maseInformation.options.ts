import { allEntries } from '../../../knowledge/entries';
import type { OptionList } from '../vocabulary';

/**
 * The option lists of the MASE information form. Appendix F leaves its "Choose an item" lists
 * open, so ethnicity, case status and education status are the project's lists (docs/forms.md
 * says why each value is there); the CSE model types are Section 3's, read from knowledge/.
 * Every list a practitioner may not be able to answer ends with "not known".
 */

export const NOT_KNOWN = 'notKnown';

/** The 19 ethnic groups of the 2021 Census for England and Wales, as used in children's and police records. */
export const ethnicityOptions: OptionList = {
  id: 'ethnicity',
  values: [
    'whiteBritish',
    'whiteIrish',
    'whiteGypsyOrIrishTraveller',
    'whiteRoma',
    'whiteOther',
    'mixedWhiteBlackCaribbean',
    'mixedWhiteBlackAfrican',
    'mixedWhiteAsian',
    'mixedOther',
    'asianIndian',
    'asianPakistani',
    'asianBangladeshi',
    'asianChinese',
    'asianOther',
    'blackAfrican',
    'blackCaribbean',
    'blackOther',
    'arab',
    'anyOther',
    NOT_KNOWN,
  ],
  source: 'Appendix F: MASE information form, Ethnicity ("Choose an item"): the project\'s list, the 2021 Census ethnic groups',
};

/** Where the person's case stands with children's (or adults') services. */
export const caseStatusOptions: OptionList = {
  id: 'caseStatus',
  values: ['notOpen', 'earlyHelp', 'childInNeed', 'childProtectionPlan', 'lookedAfter', 'careLeaver', 'adultServices', NOT_KNOWN],
  source: 'Appendix F: MASE information form, Case Status ("Choose an item"): the project\'s list, from the plans named in Appendix I and Section 7',
};

export const educationStatusOptions: OptionList = {
  id: 'educationStatus',
  values: ['fullTime', 'partTimeTimetable', 'alternativeProvision', 'electiveHomeEducation', 'excluded', 'notInEducation', 'employmentOrTraining', NOT_KNOWN],
  source: 'Appendix F: MASE information form, Education Status ("Choose an item"): the project\'s list',
};

const CSE_TYPE_PREFIX = 'cse-type.';

/** Section 3's models, in the protocol's order, by their knowledge ids without the prefix ("peer-on-peer"). */
export const CSE_MODEL_TYPES: readonly string[] = allEntries.filter((entry) => entry.kind === 'cse-type').map((entry) => entry.id.slice(CSE_TYPE_PREFIX.length));

export const cseModelTypeOptions: OptionList = {
  id: 'cseModelType',
  values: [...CSE_MODEL_TYPES, NOT_KNOWN],
  source: 'Appendix F: MASE information form, CSE Model Type ("Choose an item"): the models of Section 3: Types of Child Sexual Exploitation',
};

/** Recorded as the officer chose it at the CSE strategy meeting; the assistant never works it out. */
export const policeRiskCategoryOptions: OptionList = {
  id: 'policeRiskCategory',
  values: ['vulnerable0', 'category1', 'category2', 'category3', NOT_KNOWN],
  source: 'Appendix F: MASE information form, Victims – CSE strategy meeting assessment of police risk category; Section 5: police categories',
};

export const nrmStatusOptions: OptionList = {
  id: 'nrmStatus',
  values: ['completed', 'notCompleted', NOT_KNOWN],
  source: 'Appendix F: MASE information form, Themes – Trafficking ("whether NRM has been completed"); Section 7: Trafficking and NRM',
};

/** Appendix F's own examples of additional locations, and "other" for the rest. */
export const locationTypeOptions: OptionList = {
  id: 'locationType',
  values: ['incident', 'gangBorder', 'locatedWhenMissing', 'hotel', 'other'],
  source: 'Appendix F: MASE information form, Locations – Additional Locations',
};
