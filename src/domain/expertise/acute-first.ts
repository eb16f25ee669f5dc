/**
 * A life-domain score of 1 (acute problem) calls for the rule's first discipline, not one of its
 * alternatives: acute debts need the debt counsellor, not the income consultant who could stand in for them
 * at a lower score. Only when someone can actually bring that discipline (eligible: within consent, available,
 * or the coordinator); otherwise the alternatives still cover the need, so the conference is not left with a
 * gap that somebody at the table could have filled.
 */
import { LIFE_DOMAINS, type LifeDomain, PARENTING_DOMAIN } from '../life-domains.ts';
import type { DisciplineNeed } from './expertise-rules.ts';

export const ACUTE_SCORE = 1;

export interface AcuteFirstInput {
  needs: readonly DisciplineNeed[];
  scores: Partial<Record<LifeDomain, number>>;
  hasChildren: boolean;
  /** Whether someone eligible brings this discipline code. */
  canBring: (discipline: string) => boolean;
}

/** The domains scored 1 (parenting only for a household with children), in LIFE_DOMAINS order. */
export function acuteDomains(
  scores: Partial<Record<LifeDomain, number>>,
  hasChildren: boolean,
): LifeDomain[] {
  return LIFE_DOMAINS.filter(
    (domain) => (domain !== PARENTING_DOMAIN || hasChildren) && scores[domain] === ACUTE_SCORE,
  );
}

/**
 * The needs, with the alternatives dropped from every need an acute domain calls for whose first discipline
 * someone can bring. Other needs come back unchanged, in the same order.
 */
export function acuteCallsFirstDiscipline(input: AcuteFirstInput): DisciplineNeed[] {
  const acute = new Set(acuteDomains(input.scores, input.hasChildren));
  return input.needs.map((need) =>
    need.alternatives.length > 0 && need.because.some((d) => acute.has(d)) && input.canBring(need.discipline)
      ? { ...need, alternatives: [] }
      : need,
  );
}
