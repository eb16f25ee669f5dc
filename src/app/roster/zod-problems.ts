import type { ZodIssue } from 'zod';
import { type ImportProblem, type ItemOrigin, problemAt } from './roster-model.ts';

/** zod issues of one item as import problems; an unknown field is reported at its own line. */
export function issuesToProblems(issues: readonly ZodIssue[], origin: ItemOrigin): ImportProblem[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => problemAt(origin, [...issue.path, key], `unknown field; ${issue.message}`))
      : [problemAt(origin, issue.path, issue.message)],
  );
}
