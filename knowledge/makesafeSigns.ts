import { z } from 'zod';

/**
 * The Operation Makesafe warning signs, sector by sector, each its own item so a card can ask
 * about it and the read-out can name it. They come from public Makesafe guidance
 * (shared/protocol/operation-makesafe.md), not from the protocol, so every item is general
 * practice and names its source. Signs are prompts, never a score.
 */

export const MAKESAFE_SECTORS = ['hotel', 'taxi', 'fastFood', 'licensedPremises', 'careHome', 'other'] as const;
export const makesafeSectorSchema = z.enum(MAKESAFE_SECTORS);
export type MakesafeSector = z.infer<typeof makesafeSectorSchema>;

export const makesafeSignSchema = z.object({
  id: z.string().regex(/^makesafe-sign\.[a-z-]+\.[a-z0-9-]+$/),
  /** `any`: given for every sector (2015 Southwark launch guidance), not for one. */
  sector: z.enum([...MAKESAFE_SECTORS, 'any']),
  text: z.string().min(8),
  source: z.url(),
  /** The knowledge entry that gives the sign in context. */
  entryId: z.string().startsWith('makesafe.'),
  generalPractice: z.literal(true),
});
export type MakesafeSign = z.infer<typeof makesafeSignSchema>;

const src = {
  lancashire: 'https://www.lancashire.police.uk/operation-makesafe/',
  sussex: 'https://www.sussex.police.uk/police-forces/sussex-police/areas/campaigns/campaigns/op-makesafe/',
  metHotels: 'http://news.met.police.uk/news/hotel-staff-tested-on-awareness-of-child-sexual-exploitation-326343',
  southwark: 'https://www.southwarknews.co.uk/news/southwark-taxi-drivers-and-hotel-workers-to-prevent-child-sex-abuse/',
  nelincs: 'https://www.nelincs.gov.uk/?p=137206',
};

type SignInput = Omit<MakesafeSign, 'generalPractice'>;

const hotel = (id: string, text: string, source: string): SignInput => ({ id: `makesafe-sign.hotel.${id}`, sector: 'hotel', text, source, entryId: 'makesafe.hotels' });

const SIGNS: SignInput[] = [
  hotel('adults-not-family', 'Young people with adults who do not appear to be family', src.lancashire),
  hotel('last-minute-booking', 'A last-minute or walk-in booking', src.lancashire),
  hotel('no-luggage-or-id', 'No luggage or ID', src.lancashire),
  hotel('different-booking-name', 'A booking in a different name from the people checking in', src.lancashire),
  hotel('visitors-to-room', 'Several people visiting one room', src.lancashire),
  hotel('secretive', 'Guests secretive about their visit, or hiding who they are with', src.sussex),
  hotel('cash-no-card-imprint', 'Paying cash and refusing a card imprint', src.sussex),
  hotel('isolated-room', 'Asking for an isolated room', src.sussex),
  hotel('alcohol-on-show', 'Alcohol on show', src.metHotels),
  {
    id: 'makesafe-sign.taxi.taken-to-hotels',
    sector: 'taxi',
    text: 'Young people picked up and taken to hotels, especially at odd times of the day or night',
    source: src.southwark,
    entryId: 'makesafe.taxis',
  },
  { id: 'makesafe-sign.taxi.travelling-alone', sector: 'taxi', text: 'A child travelling alone', source: src.nelincs, entryId: 'makesafe.taxis' },
  { id: 'makesafe-sign.taxi.far-away', sector: 'taxi', text: 'A child asking to go somewhere far away', source: src.nelincs, entryId: 'makesafe.taxis' },
  { id: 'makesafe-sign.fast-food.befriending', sector: 'fastFood', text: 'Customers befriending young people', source: src.lancashire, entryId: 'makesafe.fast-food' },
  {
    id: 'makesafe-sign.licensed-premises.alcohol-for-under-18',
    sector: 'licensedPremises',
    text: 'Someone buying alcohol you suspect is for a person under 18',
    source: src.lancashire,
    entryId: 'makesafe.licensed-premises',
  },
  {
    id: 'makesafe-sign.licensed-premises.controlling-adult',
    sector: 'licensedPremises',
    text: 'An adult who is not a parent controlling a young person',
    source: src.lancashire,
    entryId: 'makesafe.licensed-premises',
  },
  {
    id: 'makesafe-sign.licensed-premises.intimate-behaviour',
    sector: 'licensedPremises',
    text: 'Older people behaving intimately with a young person',
    source: src.lancashire,
    entryId: 'makesafe.licensed-premises',
  },
  {
    id: 'makesafe-sign.licensed-premises.limited-freedom',
    sector: 'licensedPremises',
    text: 'A young person whose freedom of movement is limited',
    source: src.lancashire,
    entryId: 'makesafe.licensed-premises',
  },
  { id: 'makesafe-sign.any.secretive', sector: 'any', text: 'Adults secretive about, or hiding, being with a young person', source: src.southwark, entryId: 'makesafe.other-sectors' },
  { id: 'makesafe-sign.any.buying-food-and-drink', sector: 'any', text: 'Adults buying a young person food and drinks', source: src.southwark, entryId: 'makesafe.other-sectors' },
  { id: 'makesafe-sign.any.different-young-people', sector: 'any', text: 'Adults who come in with different young people', source: src.southwark, entryId: 'makesafe.other-sectors' },
];

export const MAKESAFE_SIGNS: MakesafeSign[] = z.array(makesafeSignSchema).parse(SIGNS.map((s) => ({ ...s, generalPractice: true })));

/**
 * Takeaways are given the all-sector signs as well as their own; care homes and other businesses
 * have no list of their own in any Makesafe source found, so they are given the all-sector signs.
 */
const ALSO_ANY_SECTOR: ReadonlySet<MakesafeSector> = new Set<MakesafeSector>(['fastFood', 'careHome', 'other']);

/** The signs a sector's card asks about, in the order the sources give them. */
export function signsOfSector(sector: MakesafeSector): MakesafeSign[] {
  return MAKESAFE_SIGNS.filter((s) => s.sector === sector || (s.sector === 'any' && ALSO_ANY_SECTOR.has(sector)));
}

export function makesafeSignText(id: string): string {
  return MAKESAFE_SIGNS.find((s) => s.id === id)?.text ?? id;
}
