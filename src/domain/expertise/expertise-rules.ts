/**
 * Expertise rules: which disciplines must (or should) be at the table for a household, derived from its
 * Zelfredzaamheid-Matrix scores (1 acute problem, 2 not self-sufficient, 3 limited, 4 sufficient, 5 fully
 * self-sufficient).
 *
 * The rule set is team-editable: a team stores its own JSON under `Team.settings.expertiseRules`, validated by
 * `parseExpertiseRules`; without one, `DEFAULT_EXPERTISE_RULES` applies.
 *
 * The coordinator is not derived here: the coordinator always attends, which team assembly handles through
 * `AssemblyInput.coordinatorId`. Only the disciplines the scores call for are listed.
 */
import { isLifeDomain, LIFE_DOMAINS, type LifeDomain, PARENTING_DOMAIN } from '../life-domains.ts';

export const OPTIONAL_ROLES = ['expert-by-experience', 'gp-practice', 'resident', 'network'] as const;
export type OptionalRole = (typeof OPTIONAL_ROLES)[number];

export const DEFAULT_REQUIRED_AT_OR_BELOW = 2;
export const DEFAULT_ADVISORY_AT = 3;
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

export interface ExpertiseRule {
  domain: LifeDomain;
  /** Discipline codes, any of which covers the domain; the first is preferred. */
  disciplines: string[];
  /** A score at or below this makes the discipline required (default 2). */
  requiredAtOrBelow: number;
  /** A score equal to this makes the discipline advisory (default 3); must be above `requiredAtOrBelow`. */
  advisoryAt: number;
}

export interface ExpertiseRules {
  rules: ExpertiseRule[];
  /** Roles the team likes to invite when relevant; never required by a score. */
  optionalRoles: OptionalRole[];
}

function rule(domain: LifeDomain, disciplines: string[]): ExpertiseRule {
  return {
    domain,
    disciplines,
    requiredAtOrBelow: DEFAULT_REQUIRED_AT_OR_BELOW,
    advisoryAt: DEFAULT_ADVISORY_AT,
  };
}

/** Defaults, using the discipline codes of the demo roster (a test checks that each exists there). */
export const DEFAULT_EXPERTISE_RULES: ExpertiseRules = {
  rules: [
    rule('financien', ['schuldhulp', 'inkomen']),
    rule('werk_opleiding', ['inkomen', 'maatschappelijk_werk']),
    rule('tijdsbesteding', ['maatschappelijk_werk']),
    rule('huisvesting', ['wonen']),
    rule('huiselijke_relaties', ['maatschappelijk_werk']),
    rule('geestelijke_gezondheid', ['ggz', 'poh_ggz']),
    rule('lichamelijke_gezondheid', ['wijkverpleging']),
    rule('middelengebruik', ['ggz']),
    rule('basale_adl', ['wijkverpleging']),
    rule('instrumentele_adl', ['wijkverpleging', 'maatschappelijk_werk']),
    rule('sociaal_netwerk', ['maatschappelijk_werk']),
    rule('maatschappelijke_participatie', ['maatschappelijk_werk']),
    rule('justitie', ['maatschappelijk_werk']),
    rule('opvoeding', ['jeugd']),
  ],
  optionalRoles: ['expert-by-experience', 'gp-practice'],
};

export interface DisciplineNeed {
  /** The preferred discipline code (the first of the rule's list). */
  discipline: string;
  /** Other codes that would cover every domain in `because` (empty when only the preferred one does). */
  alternatives: string[];
  /** The domains that call for it, in LIFE_DOMAINS order. */
  because: LifeDomain[];
}

export interface RequiredDisciplinesInput {
  scores: Partial<Record<LifeDomain, number>>;
  hasChildren: boolean;
  rules?: ExpertiseRules;
}

export interface RequiredDisciplines {
  required: DisciplineNeed[];
  /** Disciplines called for at the advisory level only (never one that is also required). */
  advisory: DisciplineNeed[];
}

function addNeed(
  needs: Map<string, DisciplineNeed>,
  domain: LifeDomain,
  disciplines: readonly string[],
): void {
  const [preferred, ...others] = disciplines;
  if (preferred === undefined) return;
  const existing = needs.get(preferred);
  if (existing === undefined) {
    needs.set(preferred, { discipline: preferred, alternatives: [...new Set(others)], because: [domain] });
    return;
  }
  existing.because.push(domain);
  // An alternative must cover every domain the entry stands for.
  existing.alternatives = existing.alternatives.filter((code) => others.includes(code));
}

/**
 * Maps scores to disciplines: score ≤ requiredAtOrBelow → required; score === advisoryAt → advisory, unless the
 * same discipline is already required. Opvoeding counts only for households with children. One entry per
 * discipline, with every domain that caused it. Order is deterministic: domains are visited in LIFE_DOMAINS order
 * (whatever the order of the rules), and entries appear in the order of their first domain.
 */
export function requiredDisciplines(input: RequiredDisciplinesInput): RequiredDisciplines {
  const rules = input.rules ?? DEFAULT_EXPERTISE_RULES;
  const byDomain = new Map<LifeDomain, ExpertiseRule>();
  for (const r of rules.rules) if (!byDomain.has(r.domain)) byDomain.set(r.domain, r);

  const required = new Map<string, DisciplineNeed>();
  const advisory = new Map<string, DisciplineNeed>();
  for (const domain of LIFE_DOMAINS) {
    if (domain === PARENTING_DOMAIN && !input.hasChildren) continue;
    const score = input.scores[domain];
    const r = byDomain.get(domain);
    if (score === undefined || r === undefined || !Number.isFinite(score)) continue;
    if (score <= r.requiredAtOrBelow) addNeed(required, domain, r.disciplines);
    else if (score === r.advisoryAt) addNeed(advisory, domain, r.disciplines);
  }
  for (const code of required.keys()) advisory.delete(code);
  return { required: [...required.values()], advisory: [...advisory.values()] };
}

/** The plain list team assembly takes as `requiredDisciplines`. */
export function requiredDisciplineCodes(result: RequiredDisciplines): string[] {
  return result.required.map((need) => need.discipline);
}

// ---------------------------------------------------------------------------------------------------------
// Validation of a team's edited rules (hand-written: the domain has no zod).

export type ExpertiseRulesProblemCode =
  | 'not-an-object'
  | 'not-an-array'
  | 'unknown-domain'
  | 'duplicate-domain'
  | 'empty-disciplines'
  | 'invalid-discipline'
  | 'invalid-threshold'
  | 'advisory-not-above-required'
  | 'unknown-optional-role';

export interface ExpertiseRulesProblem {
  /** Where in the JSON, e.g. `rules[2].advisoryAt` or `optionalRoles[0]`. */
  path: string;
  code: ExpertiseRulesProblemCode;
  params: Record<string, string | number>;
}

export type ParseExpertiseRulesResult =
  | { ok: true; rules: ExpertiseRules }
  | { ok: false; problems: ExpertiseRulesProblem[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return typeof value;
}

function isOptionalRole(value: unknown): value is OptionalRole {
  return typeof value === 'string' && (OPTIONAL_ROLES as readonly string[]).includes(value);
}

/**
 * Validates a team's rules as stored in `Team.settings.expertiseRules`. Thresholds may be omitted (then 2 and 3),
 * as may `optionalRoles` (then none). Every problem is reported, not just the first.
 */
export function parseExpertiseRules(json: unknown): ParseExpertiseRulesResult {
  const problems: ExpertiseRulesProblem[] = [];
  const problem = (
    path: string,
    code: ExpertiseRulesProblemCode,
    params: Record<string, string | number> = {},
  ) => problems.push({ path, code, params });

  if (!isRecord(json)) {
    problem('', 'not-an-object', { received: describe(json) });
    return { ok: false, problems };
  }

  const rules: ExpertiseRule[] = [];
  const seen = new Map<LifeDomain, number>();
  if (!Array.isArray(json.rules)) {
    problem('rules', 'not-an-array', { received: describe(json.rules) });
  } else {
    json.rules.forEach((raw: unknown, index: number) => {
      const at = `rules[${index}]`;
      if (!isRecord(raw)) {
        problem(at, 'not-an-object', { received: describe(raw) });
        return;
      }
      let valid = true;

      const domain = raw.domain;
      if (typeof domain !== 'string' || !isLifeDomain(domain)) {
        problem(`${at}.domain`, 'unknown-domain', { domain: describe(domain) });
        valid = false;
      } else {
        const first = seen.get(domain);
        if (first !== undefined) {
          problem(`${at}.domain`, 'duplicate-domain', { domain, firstIndex: first });
          valid = false;
        } else {
          seen.set(domain, index);
        }
      }

      const disciplines: string[] = [];
      if (!Array.isArray(raw.disciplines)) {
        problem(`${at}.disciplines`, 'not-an-array', { received: describe(raw.disciplines) });
        valid = false;
      } else if (raw.disciplines.length === 0) {
        problem(`${at}.disciplines`, 'empty-disciplines');
        valid = false;
      } else {
        raw.disciplines.forEach((code: unknown, i: number) => {
          if (typeof code !== 'string' || code.trim() === '') {
            problem(`${at}.disciplines[${i}]`, 'invalid-discipline', { received: describe(code) });
            valid = false;
          } else {
            disciplines.push(code.trim());
          }
        });
      }

      const threshold = (key: 'requiredAtOrBelow' | 'advisoryAt', fallback: number): number | undefined => {
        const value = raw[key];
        if (value === undefined) return fallback;
        if (
          typeof value === 'number' &&
          Number.isInteger(value) &&
          value >= MIN_SCORE &&
          value <= MAX_SCORE
        ) {
          return value;
        }
        problem(`${at}.${key}`, 'invalid-threshold', {
          received: describe(value),
          min: MIN_SCORE,
          max: MAX_SCORE,
        });
        valid = false;
        return undefined;
      };
      const requiredAtOrBelow = threshold('requiredAtOrBelow', DEFAULT_REQUIRED_AT_OR_BELOW);
      const advisoryAt = threshold('advisoryAt', DEFAULT_ADVISORY_AT);
      if (requiredAtOrBelow !== undefined && advisoryAt !== undefined && advisoryAt <= requiredAtOrBelow) {
        problem(`${at}.advisoryAt`, 'advisory-not-above-required', { advisoryAt, requiredAtOrBelow });
        valid = false;
      }

      if (valid && requiredAtOrBelow !== undefined && advisoryAt !== undefined) {
        rules.push({
          domain: domain as LifeDomain,
          disciplines: [...new Set(disciplines)],
          requiredAtOrBelow,
          advisoryAt,
        });
      }
    });
  }

  const optionalRoles: OptionalRole[] = [];
  if (json.optionalRoles !== undefined) {
    if (!Array.isArray(json.optionalRoles)) {
      problem('optionalRoles', 'not-an-array', { received: describe(json.optionalRoles) });
    } else {
      json.optionalRoles.forEach((role: unknown, index: number) => {
        if (!isOptionalRole(role))
          problem(`optionalRoles[${index}]`, 'unknown-optional-role', { role: describe(role) });
        else if (!optionalRoles.includes(role)) optionalRoles.push(role);
      });
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, rules: { rules, optionalRoles } };
}
