import type { KnowledgeEntryInput } from '../entry.schema';
import { APPENDIX_I_SECTIONS, md } from './text';

/**
 * Appendix I: Children Act orders and the court's protection of a child (care, secure accommodation,
 * s20, EPO, inherent jurisdiction, recovery). `facts` hold only what the protocol says.
 */

const VICTIMS = APPENDIX_I_SECTIONS.victims;
const OFFENDERS = APPENDIX_I_SECTIONS.offenders;

export const childrenActPowersEntries: KnowledgeEntryInput[] = [
  {
    id: 'power.care-order',
    kind: 'power',
    title: 'Care Order (s31 Children Act 1989)',
    summary:
      'The local authority or an authorised person may apply for a child to be placed in the care of a designated local authority, which then shares parental responsibility; the court makes the order only if the child is suffering, or likely to suffer, significant harm, or is beyond parental control. Apply before the child is 17.',
    body: md(
      '- The LA or an authorised person may apply to place a child into the care of a designated LA, enabling it to share parental responsibility (PR).',
      '- The application must be made before the child reaches 17.',
      '- A court will make the order only if it is satisfied that the child concerned is suffering, or is likely to suffer, significant harm, or that the child is beyond parental control.',
    ),
    audiences: ['social-care', 'police'],
    section: VICTIMS,
    keywords: ['care order', 'section 31', 's31', 'full care order', 'looked after', 'LAC', 'parental responsibility', 'significant harm', 'beyond parental control', 'public law', 'care proceedings'],
    related: ['power.secure-accommodation', 'power.recovery-order', 'power.abduction-child-in-care', 'power.cawn', 'category.csc-tier-4'],
    facts: {
      whoApplies: 'The local authority or an authorised person.',
      whoAuthorises: 'The court.',
      threshold: 'The child is suffering, or is likely to suffer, significant harm, or is beyond parental control. The application must be made before the child reaches 17.',
      statute: 'Children Act 1989, s31.',
    },
  },
  {
    id: 'power.secure-accommodation',
    kind: 'power',
    title: 'Secure Accommodation Order (s25 Children Act 1989)',
    summary:
      'A last resort that restricts liberty: the local authority may keep a looked-after child at such significant risk of harm in secure accommodation for up to 72 hours without a court order; the court grants an order only where the child has a history of absconding, is likely to abscond, and would then be likely to suffer significant harm or injure themselves or others.',
    body: md(
      '- If the LA deems a looked-after child (on a Care Order, or accommodated with the consent of the adults with PR) to be at such significant risk of harm, it can accommodate the child in secure accommodation for no more than 72 hours without an order of the court.',
      '- An order will be granted only where the child has a history of absconding and is likely to abscond from accommodation which is not secure, and if they run away they are likely to suffer significant harm, or they are likely to injure themselves or another.',
      '- The order restricts liberty and should be considered only where there are no alternatives. Less restrictive options should have been considered.',
    ),
    audiences: ['social-care', 'police'],
    section: VICTIMS,
    keywords: ['secure accommodation', 'secure order', 'section 25', 's25', 'secure unit', 'deprivation of liberty', 'absconding', 'running away', '72 hours', 'looked after child', 'LAC'],
    related: ['power.care-order', 'power.s20-accommodation', 'power.inherent-jurisdiction', 'tactic.victim.trigger-plan'],
    facts: {
      whoApplies: 'The local authority.',
      whoAuthorises: 'The court; the local authority may use secure accommodation for up to 72 hours without a court order.',
      threshold:
        'A looked-after child (Care Order, or accommodated with the consent of those with PR) at significant risk of harm, with a history of absconding, likely to abscond from non-secure accommodation, and if they run away likely to suffer significant harm or to injure themselves or another. Only where there are no alternatives; less restrictive options considered first.',
      duration: 'No more than 72 hours without a court order. The protocol gives no length for the order itself.',
      statute: 'Children Act 1989, s25.',
    },
  },
  {
    id: 'power.s20-accommodation',
    kind: 'power',
    title: 'Accommodation under s20 Children Act 1989',
    summary:
      'Every local authority must accommodate a child in need in its area who appears to need it (no one with parental responsibility, lost or abandoned, or the carer prevented from caring); it may not if a person with parental responsibility who can provide suitable accommodation objects, and they may remove the child at any time.',
    body: md(
      '- Every LA shall provide accommodation for any child in need within its area who appears to require accommodation because there is no person who has PR for them, they appear lost or abandoned, or the person who has been caring for them is prevented (for whatever reason) from providing suitable accommodation or care.',
      '- The LA may provide accommodation if it considers that doing so would safeguard or promote the child’s welfare.',
      '- The LA may not accommodate if a person with PR, who can provide suitable accommodation, objects. That person may also remove the child from accommodation at any time.',
    ),
    audiences: ['social-care'],
    section: VICTIMS,
    keywords: ['section 20', 's20', 'voluntary accommodation', 'accommodated', 'looked after', 'child in need', 'parental consent', 'lost or abandoned'],
    related: ['power.care-order', 'power.secure-accommodation'],
    facts: {
      whoApplies: 'The local authority provides the accommodation; no court application is described.',
      threshold:
        'A child in need in the area who appears to require accommodation: no person with PR, lost or abandoned, or the carer prevented from providing suitable accommodation or care. The LA may also accommodate to safeguard or promote the child’s welfare. Not if a person with PR who can provide suitable accommodation objects; they may remove the child at any time.',
      statute: 'Children Act 1989, s20.',
    },
  },
  {
    id: 'power.epo',
    kind: 'power',
    title: 'Emergency Protection Order (s44 Children Act 1989)',
    summary:
      'On application by the local authority or an authorised person, a child at imminent risk of harm can be removed immediately from their parent or carer for up to eight days; an EPO may also be made where s47 enquiries are frustrated by refusal of access to the child.',
    body: md(
      '- Application is made by the LA or an authorised person.',
      '- Immediate removal of a child from the care of their parent or carer if they are at imminent risk of harm, for up to eight days.',
      '- May also be made where s47 enquiries are ongoing and are being frustrated by refusal to allow access to the child.',
    ),
    audiences: ['social-care', 'police'],
    section: VICTIMS,
    keywords: ['emergency protection order', 'EPO', 'section 44', 's44', 'imminent risk', 'immediate removal', 'eight days', 's47 enquiries', 'refused access'],
    related: ['glossary.epo', 'power.police-protection', 'power.recovery-order', 'power.abduction-child-in-care'],
    facts: {
      whoApplies: 'The local authority or an authorised person.',
      threshold: 'The child is at imminent risk of harm; or s47 enquiries are ongoing and are being frustrated by refusal to allow access to the child.',
      duration: 'Up to eight days.',
      statute: 'Children Act 1989, s44.',
    },
  },
  {
    id: 'power.inherent-jurisdiction',
    kind: 'power',
    title: 'Inherent jurisdiction (s100 Children Act 1989)',
    summary:
      'When no other Children Act order can safeguard the child, the local authority can seek injunctions under the inherent jurisdiction against known perpetrators: no direct or indirect contact with the child, exclusion from the area where the child lives, and no use of social media. The evidential bar is high.',
    body: md(
      '- To be considered by the LA when there are no other orders available under the Children Act 1989 to safeguard the child.',
      '- Where perpetrators are known and it can be evidenced that the child has been sexually exploited, injunctions can be sought.',
      '- They can impose restrictions on named individuals to prevent them having direct or indirect contact with the young person, exclude them from the area in which the child lives, and stop them using social media.',
      '- The evidential basis is high and requires comprehensive information sharing between all partner agencies.',
    ),
    audiences: ['social-care', 'police'],
    section: VICTIMS,
    keywords: ['inherent jurisdiction', 'section 100', 's100', 'High Court', 'injunction', 'wardship', 'no contact', 'exclusion zone', 'social media ban', 'named individuals'],
    related: ['power.care-order', 'power.sro', 'power.cawn', 'power.non-molestation-order'],
    facts: {
      whoApplies: 'The local authority.',
      threshold:
        'No other Children Act 1989 order is available to safeguard; perpetrators are known and it can be evidenced that the child has been sexually exploited. The evidential basis is high and needs comprehensive information sharing between partners.',
      statute: 'Children Act 1989, s100.',
    },
  },
  {
    id: 'power.recovery-order',
    kind: 'power',
    title: 'Recovery Order (s50 Children Act 1989)',
    summary:
      'The local authority (child on a care order or EPO) or the police (child in police protection) can apply for a recovery order; the court can direct a person to produce the child to a specified person. Section 50 also allows police to enter and search to recover a child on a care order.',
    body: md(
      '- Application can be made by the LA if the child is subject to a care order or EPO, and by the police if the child is in police protection (PPO).',
      '- The court can direct a person to produce the child to a specified person.',
      '- Locations list: s50 Children Act 1989 can be used to enter and search to recover a child who is the subject of a care order.',
    ),
    audiences: ['police', 'social-care'],
    section: `${OFFENDERS}; Positive action in relation to locations of CSE`,
    keywords: ['get the child back', 'child in care missing', 'ran off', 'recovery order', 'section 50', 's50', 'produce the child', 'missing child in care', 'enter and search', 'recover a child', 'care order', 'EPO', 'PPO'],
    related: ['power.care-order', 'power.epo', 'power.police-protection', 'power.abduction-child-in-care', 'tactic.location.warrants'],
    facts: {
      whoApplies: 'The local authority if the child is subject to a care order or EPO; the police if the child is in police protection.',
      whoAuthorises: 'The court, which can direct a person to produce the child to a specified person.',
      threshold: 'The child is subject to a care order, an EPO or police protection.',
      statute: 'Children Act 1989, s50.',
    },
  },
];
