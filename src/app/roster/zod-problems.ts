import type { ZodIssue } from 'zod';
import { type ImportProblem, type ItemOrigin, type ProblemDetail, problemAt } from './roster-model.ts';

/**
 * zod issues of one item as import problems. Our schemas put the problem in `params.problem`
 * (schema-helpers.ts); zod's own message is never shown, not even for an issue we did not foresee.
 */
export function issuesToProblems(issues: readonly ZodIssue[], origin: ItemOrigin): ImportProblem[] {
  return issues.map((issue) => {
    const problem = problemOf(issue);
    return problemAt(origin, issue.path, problem.code, problem.params);
  });
}

function problemOf(issue: ZodIssue): ProblemDetail {
  const problem: unknown = issue.code === 'custom' ? issue.params?.problem : undefined;
  if (problem !== null && typeof problem === 'object' && 'code' in problem) return problem as ProblemDetail;
  return { code: 'invalid', params: { zodCode: issue.code } };
}
