/**
 * What dialogs hand to cards: i18n keys, knowledge-derived citations and ready-made action data. Each
 * kind of view is declared in the file of its purpose; they are all named here, where dialogs and
 * cards import them from.
 */

import type { StepView } from './stepView';
import type { AnswerView, NoticeView, UrgentView, WelcomeView } from './replyViews';
import type { RecordReviewView, RecordUpdateView, RecordsForMeView } from './recordWorkViews';
import type { FileOfferView, SubmissionListView, SubmissionView, TextExportView } from './submissionViews';
import type { ProblemProfileView, ProfileChartView, ProfileCsvView } from './profileViews';

export type { Translate, TextRef, ActionView, ChangeView, CitationView, ContactView, DownloadView } from './viewParts';
export type { FieldControl, InputView } from './inputView';
export type { CheckSectionView, RecordView, StepView } from './stepView';
export type { WelcomeView, UrgentAudience, UrgentReader, UrgentView, BusinessWorkplace, ChildAway, HotelRoom, NoticeView, AnswerView } from './replyViews';
export { BUSINESS_WORKPLACES, HOTEL_ROOMS, URGENT_AUDIENCES } from './replyViews';
export type { RecordReviewView, RecordUpdateView, RecordsForMeView } from './recordWorkViews';
export type { SubmissionListView, DocumentView, SubmissionView, FileOfferView, FileOfferSubject, TextExportView } from './submissionViews';
export type { ShownCountView, ProfileSectionView, ProfileChartSubject, ProfileChartView, ProblemProfileView, ProfileCsvView } from './profileViews';

/** Every view a card is drawn from: `kind` says which card. */
export type View =
  | StepView
  | WelcomeView
  | UrgentView
  | NoticeView
  | AnswerView
  | SubmissionListView
  | SubmissionView
  | TextExportView
  | FileOfferView
  | RecordReviewView
  | RecordUpdateView
  | RecordsForMeView
  | ProblemProfileView
  | ProfileChartView
  | ProfileCsvView;
