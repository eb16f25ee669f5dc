import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDomainDir, checkDomainSource } from './domain-boundary.ts';

const domainDir = resolve(import.meta.dirname, '../../src/domain');

describe('the domain core boundary', () => {
  it('holds for every file in src/domain', () => {
    const violations = checkDomainDir(domainDir);
    expect(violations.map((v) => `${v.file}:${v.line} ${v.rule}`)).toEqual([]);
  });

  it('catches a domain file that imports an SDK, Prisma or Node', () => {
    const file = resolve(domainDir, 'slots.ts');
    const source = [
      "import { App } from '@slack/bolt';",
      "import { PrismaClient } from '../generated/prisma/client.ts';",
      "import type { Activity } from 'botbuilder';",
      "import { readFileSync } from 'node:fs';",
      "import { score } from './scores.ts';",
    ].join('\n');
    const rules = checkDomainSource(file, source, domainDir).map((v) => v.rule);
    expect(rules).toHaveLength(4);
    expect(rules.join('\n')).toContain('@slack/bolt');
    expect(rules.join('\n')).toContain('../generated/prisma/client.ts');
  });

  it('catches a domain file that reads process.env or the clock', () => {
    const file = resolve(domainDir, 'slots.ts');
    const source = [
      'const zone = process.env.TIME_ZONE;',
      'const a = Date.now();',
      'const b = new Date();',
      'const c = new Date(startMs); // an argument is fine',
    ].join('\n');
    const lines = checkDomainSource(file, source, domainDir).map((v) => v.line);
    expect(lines).toEqual([1, 2, 3]);
  });
});
