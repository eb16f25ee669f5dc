/**
 * "Too many helpers": a household with many professionals involved and no one coordinating (or simply too many
 * people) gets a proposal to appoint a coordinator and to hold a consolidation conference, where the team agrees
 * who stays involved.
 */

export interface HelperLimits {
  /** More than this many involved without a coordinator → propose. */
  withoutCoordinator: number;
  /** More than this many involved in all → propose, coordinator or not. */
  total: number;
}

export const DEFAULT_HELPER_LIMITS: HelperLimits = { withoutCoordinator: 5, total: 8 };

export type TooManyHelpersSuggestion = 'appoint-coordinator' | 'consolidation-conference';

export type TooManyHelpersResult =
  | { propose: false }
  | { propose: true; reason: 'no-coordinator' | 'too-many'; suggestions: TooManyHelpersSuggestion[] };

export interface TooManyHelpersInput {
  involvedCount: number;
  hasCoordinator: boolean;
  limits?: HelperLimits;
}

/**
 * Reason 'too-many' when the total limit is exceeded (whether or not there is a coordinator), else
 * 'no-coordinator' when the limit without a coordinator is exceeded. A coordinator is suggested only when missing.
 */
export function tooManyHelpers(input: TooManyHelpersInput): TooManyHelpersResult {
  const limits = input.limits ?? DEFAULT_HELPER_LIMITS;
  const tooMany = input.involvedCount > limits.total;
  const uncoordinated = !input.hasCoordinator && input.involvedCount > limits.withoutCoordinator;
  if (!tooMany && !uncoordinated) return { propose: false };
  const suggestions: TooManyHelpersSuggestion[] = input.hasCoordinator
    ? ['consolidation-conference']
    : ['appoint-coordinator', 'consolidation-conference'];
  return { propose: true, reason: tooMany ? 'too-many' : 'no-coordinator', suggestions };
}
