import type { AdaptiveCard } from './adaptive';
import { answerCard } from './answer.card';
import { fileOfferCard } from './fileOffer.card';
import { noticeCard } from './notice.card';
import { recordReviewCard } from './recordReview.card';
import { recordsForMeCard } from './recordsForMe.card';
import { recordUpdateCard } from './recordUpdate.card';
import { problemProfileCard } from './problemProfile.card';
import { profileChartCard } from './profileChart.card';
import { profileCsvCard } from './profileCsv.card';
import { stepCard } from './step.card';
import { submissionCard } from './submission.card';
import { submissionListCard } from './submissionList.card';
import { textExportCard } from './textExport.card';
import { urgentCard } from './urgent.card';
import type { Translate, View } from './view';
import { welcomeCard } from './welcome.card';

/** The card for any view a dialog produces. */
export function renderView(view: View, t: Translate): AdaptiveCard {
  switch (view.kind) {
    case 'step':
      return stepCard(view, t);
    case 'welcome':
      return welcomeCard(view, t);
    case 'urgent':
      return urgentCard(view, t);
    case 'notice':
      return noticeCard(view, t);
    case 'answer':
      return answerCard(view, t);
    case 'submissionList':
      return submissionListCard(view, t);
    case 'submission':
      return submissionCard(view, t);
    case 'textExport':
      return textExportCard(view, t);
    case 'fileOffer':
      return fileOfferCard(view, t);
    case 'recordReview':
      return recordReviewCard(view, t);
    case 'recordUpdate':
      return recordUpdateCard(view, t);
    case 'recordsForMe':
      return recordsForMeCard(view, t);
    case 'problemProfile':
      return problemProfileCard(view, t);
    case 'profileChart':
      return profileChartCard(view, t);
    case 'profileCsv':
      return profileCsvCard(view, t);
  }
}
