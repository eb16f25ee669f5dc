import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The domain core is pure: it imports only other domain files, never an SDK, Prisma, Node's built-ins or
 * process.env, and never reads the clock (time is an argument).
 */
export interface Violation {
  file: string;
  line: number;
  rule: string;
  text: string;
}

const forbiddenCalls: { rule: string; pattern: RegExp }[] = [
  { rule: 'reads process (env, argv, hrtime…)', pattern: /\bprocess\s*\.|\bprocess\s*\[/ },
  { rule: 'reads the clock (Date.now)', pattern: /\bDate\s*\.\s*now\s*\(/ },
  { rule: 'reads the clock (new Date())', pattern: /\bnew\s+Date\s*\(\s*\)/ },
  { rule: 'reads the clock (performance.now)', pattern: /\bperformance\s*\.\s*now\s*\(/ },
  { rule: 'reads the clock (Temporal.Now)', pattern: /\bTemporal\s*\.\s*Now\b/ },
];

export function checkDomainSource(file: string, source: string, domainDir: string): Violation[] {
  const violations: Violation[] = [];
  const lines = source.split('\n');
  lines.forEach((text, index) => {
    const code = text.replace(/\/\/.*$/, '');
    for (const { rule, pattern } of forbiddenCalls) {
      if (pattern.test(code)) violations.push({ file, line: index + 1, rule, text: text.trim() });
    }
  });
  // TypeScript's own pre-parser finds static, dynamic and require imports, and skips comments.
  for (const imported of ts.preProcessFile(source, true, true).importedFiles) {
    const specifier = imported.fileName;
    const line = source.slice(0, imported.pos).split('\n').length;
    const inside =
      specifier.startsWith('.') && !relative(domainDir, resolve(dirname(file), specifier)).startsWith('..');
    if (!inside) {
      violations.push({
        file,
        line,
        rule: `imports '${specifier}' (only other src/domain files are allowed)`,
        text: specifier,
      });
    }
  }
  return violations;
}

export function checkDomainDir(domainDir: string): Violation[] {
  return listTs(domainDir).flatMap((file) => checkDomainSource(file, readFileSync(file, 'utf8'), domainDir));
}

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTs(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}
