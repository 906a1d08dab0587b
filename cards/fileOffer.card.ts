import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptive';
import { heading, toActions } from './fragments';
import type { FileOfferSubject, FileOfferView, Translate } from './view';

/**
 * The card beside Teams' file card: what the file is, what "Allow" does, and the text kept at hand
 * (the submission as text, the profile as CSV to copy), since a user may decline the file or be unable
 * to keep files in OneDrive.
 */
export function fileOfferCard(view: FileOfferView, t: Translate): AdaptiveCard {
  const words = view.about.kind === 'submission' ? 'exports:file' : 'profile:file';
  const title = view.about.kind === 'submission' ? t('exports:file.offerTitle', { reference: view.about.reference }) : t('profile:file.offerTitle');
  const body = [heading(title), textBlock(t(`${words}.offerLine1`)), textBlock(t(`${words}.offerLine2`), { isSubtle: true })];
  return adaptiveCard(body, toActions(t, [view.text, ...view.actions]), title);
}

/** The context Teams sends back with the user's answer to the file card: what the file is, and which offer. */
export type FileConsentContext = ({ reference: string } | { profileMonths: number }) & { offerId: string };

const contextOf = (about: FileOfferSubject, offerId: string): FileConsentContext => (about.kind === 'submission' ? { reference: about.reference, offerId } : { profileMonths: about.months, offerId });

/** Teams' file consent card (one-to-one chats only), as its attachment. */
export function fileConsentAttachment(view: FileOfferView): { contentType: string; name: string; content: { description: string; sizeInBytes: number; acceptContext: FileConsentContext; declineContext: FileConsentContext } } {
  const context = contextOf(view.about, view.offerId);
  return {
    contentType: 'application/vnd.microsoft.teams.card.file.consent',
    name: view.filename,
    content: { description: view.description, sizeInBytes: view.sizeInBytes, acceptContext: context, declineContext: context },
  };
}

/** Teams' file info card: the file now in the user's OneDrive, as Teams described it on upload. */
export function fileInfoAttachment(file: { name: string; contentUrl: string; uniqueId: string; fileType: string }): { contentType: string; name: string; contentUrl: string; content: { uniqueId: string; fileType: string } } {
  return { contentType: 'application/vnd.microsoft.teams.card.file.info', name: file.name, contentUrl: file.contentUrl, content: { uniqueId: file.uniqueId, fileType: file.fileType } };
}
