import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptive';
import { heading, toActions } from './fragments';
import type { FileOfferView, Translate } from './view';

/**
 * The card beside Teams' file card: what the file is, what "Allow" does, and the text export kept at
 * hand, since a user may decline the file or be unable to keep files in OneDrive.
 */
export function fileOfferCard(view: FileOfferView, t: Translate): AdaptiveCard {
  const title = t('exports:file.offerTitle', { reference: view.reference });
  const body = [heading(title), textBlock(t('exports:file.offerLine1')), textBlock(t('exports:file.offerLine2'), { isSubtle: true })];
  return adaptiveCard(body, toActions(t, [view.text, ...view.actions]), title);
}

/** The context Teams sends back with the user's answer to the file card: which submission, and which offer. */
export interface FileConsentContext {
  reference: string;
  offerId: string;
}

/** Teams' file consent card (one-to-one chats only), as its attachment. */
export function fileConsentAttachment(view: FileOfferView): { contentType: string; name: string; content: { description: string; sizeInBytes: number; acceptContext: FileConsentContext; declineContext: FileConsentContext } } {
  const context: FileConsentContext = { reference: view.reference, offerId: view.offerId };
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
