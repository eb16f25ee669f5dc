/**
 * The life domains of the Zelfredzaamheid-Matrix, spelled as the LifeDomain enum of the database (a test keeps
 * the two equal). Kept in the domain rather than imported from Prisma, so the core stays free of the ORM.
 */
export const LIFE_DOMAINS = [
  'financien',
  'werk_opleiding',
  'tijdsbesteding',
  'huisvesting',
  'huiselijke_relaties',
  'geestelijke_gezondheid',
  'lichamelijke_gezondheid',
  'middelengebruik',
  'basale_adl',
  'instrumentele_adl',
  'sociaal_netwerk',
  'maatschappelijke_participatie',
  'justitie',
  'opvoeding',
] as const;

export type LifeDomain = (typeof LIFE_DOMAINS)[number];

/** Scored only for households with children. */
export const PARENTING_DOMAIN: LifeDomain = 'opvoeding';

export function isLifeDomain(value: string): value is LifeDomain {
  return (LIFE_DOMAINS as readonly string[]).includes(value);
}
