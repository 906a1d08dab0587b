import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { md } from './text';

/**
 * How to respond to a child who tells you something (Appendix H, "Engagement with young people",
 * whose text did not survive). The practical rules are general practice from the reconstruction
 * (../shared/protocol/pathways-reconstructed.md, Appendix H and step C1), cited as such; where the
 * protocol's own sections say the same, they are cited beside it.
 */

const APPENDIX_H = 'Appendix H: Engagement with young people (reconstructed)';

export const engagementEntries: KnowledgeEntryInput[] = [
  {
    id: 'engagement.do-not-investigate',
    kind: 'topic',
    title: 'Do not investigate or question the child yourself',
    summary:
      'Listen, reassure and pass it on: do not investigate, question the child in detail or confront anyone you suspect. Interviewing a child is left to the police and social care, so that their evidence is not spoiled.',
    body: md(
      '- Let the child say what they want to say; do not ask leading questions or push for details.',
      '- Do not contact, challenge or confront the person you suspect, or try to gather evidence yourself.',
      "- Write down what you saw or were told, in the child's own words, then tell your safeguarding lead and refer.",
      '- Interviews with victims are visually recorded by trained officers under Achieving Best Evidence guidance (Section 10).',
    ),
    audiences: ['all'],
    section: `${APPENDIX_H}, with Section 10: Visually recorded interviews`,
    generalPractice: true,
    keywords: ['talk to the man', 'speak to the adult', 'approach the man', 'investigate', 'question the child', 'ask questions', 'ask what happened', 'find out what happened', 'interview the child', 'find out more', 'ask her', 'ask him', 'confront', 'leading questions', 'details', 'check'],
    related: ['engagement.record-own-words', 'route.referral-pathway', 'section.10.visually-recorded-interviews'],
  },
  {
    id: 'engagement.no-secrets',
    kind: 'topic',
    title: 'Never promise to keep it secret',
    summary:
      'If a child asks you not to tell anyone, do not promise to keep it secret. Tell them kindly that you cannot, that you will only tell the people who need to know to keep them safe, and who that is.',
    body: md(
      '- Say it early and gently, before they say more than they want to, and without pressing them to stop.',
      '- Explain who you will tell and what will happen next, as far as you know it.',
      '- A child who feels tricked may stop talking to anyone: children often distrust adults and professionals, and may fear what the abuser will do (Section 8).',
      '- Then record what they said and refer, as you would for any concern.',
    ),
    audiences: ['all'],
    section: `${APPENDIX_H}, with Section 8: Victims – barriers to engagement`,
    generalPractice: true,
    keywords: [
      'secret', 'keep it secret', 'promise', 'confidential', 'confidentiality', 'not to tell anyone', 'dont tell anyone', 'asked me not to tell',
      'told me not to tell', 'trust', 'disclosure', 'disclosed', 'told me', 'tells me', 'what do I say', 'what to say to her', 'what to say to him',
    ],
    related: ['engagement.record-own-words', 'section.8.barriers-to-engagement', 'route.referral-pathway'],
  },
  {
    id: 'engagement.record-own-words',
    kind: 'topic',
    title: "Write down the child's own words",
    summary:
      'Record what the child said in their own words, and what you saw, with the date and time, as soon as you can. Do not interpret or tidy it up.',
    body: md(
      '- Note the words the child used, not your summary of them; include your own questions if you asked any.',
      '- Note what you saw (injuries, gifts, who they were with, vehicles) with the date, time and place.',
      '- Facts first: what was said and seen, verbatim (Appendix C, step C1, reconstructed). If you add your own view, keep it apart from the facts and say it is your opinion.',
      '- Keep the record with your safeguarding lead and share it with the referral.',
      '- Small details matter: do not wait for a full disclosure before recording and referring (Section 5).',
    ),
    audiences: ['all'],
    section: `${APPENDIX_H}, with Section 5: Identifying CSE`,
    generalPractice: true,
    keywords: ['record', 'write down', 'notes', 'own words', 'verbatim', 'what she said', 'what he said', 'disclosure', 'disclosed', 'told me', 'document', 'opinion', 'my view', 'facts', 'interpretation'],
    related: ['engagement.do-not-investigate', 'engagement.no-secrets', 'makesafe.keep-records'],
  },
  {
    id: 'engagement.never-view-images',
    kind: 'topic',
    title: 'Never look at, copy or forward sexual images of a child',
    summary:
      'Do not look at, copy, screenshot, forward or save a sexual image of a child, even to check it: that can itself be an offence. Tell your safeguarding lead what you have been told about the image and leave the device alone; the police deal with the images.',
    body: md(
      '- Images of under-18s may be indecent images of children: making, possessing or sharing them may be an offence under the Protection of Children Act 1978 (Section 3).',
      "- Do not ask the child to show or send you the image, and do not delete it: describe what you were told, and secure the device if you have it, without looking through it.",
      '- Where an adult is involved, or there is coercion, blackmail or sharing with malicious intent, it goes to the police urgently (Section 3).',
      '- The assistant does not accept uploads for the same reason.',
    ),
    audiences: ['all'],
    section: `${APPENDIX_H}, with Section 3: Youth-produced sexual imagery`,
    generalPractice: true,
    keywords: [
      'look at the photo', 'look at the picture', 'view the image', 'see the image', 'check the photo', 'screenshot', 'forward', 'copy', 'delete',
      'nude photo', 'indecent image', 'image', 'photo', 'picture', 'phone', 'evidence',
    ],
    related: ['cse-type.youth-produced-sexual-imagery', 'glossary.iioc', 'engagement.do-not-investigate'],
    since2017: [change('change.ukcis-nudes')],
  },
  {
    id: 'engagement.what-the-family-is-told',
    kind: 'topic',
    title: 'Do we tell the parents?',
    summary:
      'Not before you have referred, and not on your own: what the child and family are told, and when, is agreed at the strategy discussion. The family may be where the risk comes from.',
    body: md(
      "- The strategy discussion decides what information is shared with the child and family; it is not shared if that may jeopardise a police investigation or place the child at risk of significant harm (Section 7).",
      '- That includes who a suspect is: when a parent keeps asking, what they can be told about the suspect is part of what the strategy discussion decides, with the police (Section 7).',
      '- Children can be exploited by their parents or other family members, who may arrange, control or facilitate the abuse (Section 3, Familial).',
      '- The offender may be a member of the family, so the family home is not always a place of safety; where there are concerns about the family, the child should be spoken to privately (Section 10).',
      '- Where the family is not the risk, parents and carers are valuable partners: they can support the child and the investigation, and should be supported themselves (Section 8).',
    ),
    audiences: ['all'],
    section: 'Section 7: Strategy discussion, with Sections 3 (Familial), 8 and 10',
    keywords: [
      'tell the parents', 'tell parents', 'inform the parents', 'parents', 'carers', 'let the family know', 'should the family know', 'call home', 'ring home',
      "the girl's mum", "the boy's mum", "the girl's parents", "the boy's parents",
      'tell the family about the suspect', 'who the suspect is', 'keeps asking who it is', 'what can we tell the family',
    ],
    related: ['meeting.strategy-discussion', 'cse-type.familial', 'section.8.victims-and-families', 'route.consent-to-refer'],
  },
  {
    id: 'engagement.victim-not-participant',
    kind: 'topic',
    title: 'Talking with the child: a victim, not a participant',
    summary:
      'Treat the child as a victim of abuse, never as choosing it: a child cannot consent to their own exploitation. Avoid language that blames them, stay alongside them, and do not wait for them to disclose.',
    body: md(
      '- Sexually exploited children are victims, not offenders, and do not make informed choices to enter or remain in exploitation (Section 1).',
      '- Describe what happened to the child ("may have been groomed") rather than what they supposedly chose.',
      '- Be persistent and consistent: a trusted professional who keeps in touch makes disclosure more likely (Section 8).',
      '- Do not be disclosure-dependent: children often cannot see their exploitation; act on what you notice.',
    ),
    audiences: ['all'],
    section: `${APPENDIX_H}, with Sections 1 and 8`,
    generalPractice: true,
    keywords: ['know better', 'her choice', 'his choice', 'language', 'victim blaming', 'how to talk', 'talk to the child', 'engage', 'relationship', 'trust', 'choice', 'wont talk'],
    related: ['section.8.positive-behaviours', 'section.8.barriers-to-engagement', 'section.1.principles'],
  },
];
