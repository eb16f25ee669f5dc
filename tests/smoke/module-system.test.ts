import { describe, expect, it } from 'vitest';

// One module system (ESM) for the whole project: the CommonJS SDKs and the generated ESM Prisma client load
// side by side through the same imports the application uses.
describe('the module system', () => {
  it('loads botbuilder, teams-ai, Bolt and the generated Prisma client together', async () => {
    const [botbuilder, teamsAi, bolt, prisma] = await Promise.all([
      import('botbuilder'),
      import('@microsoft/teams-ai'),
      import('@slack/bolt'),
      import('../../src/generated/prisma/client.ts'),
    ]);
    expect(typeof botbuilder.CloudAdapter).toBe('function');
    expect(typeof botbuilder.TestAdapter).toBe('function');
    expect(typeof teamsAi.Application).toBe('function');
    expect(typeof bolt.App).toBe('function');
    expect(typeof prisma.PrismaClient).toBe('function');
    expect(Object.keys(prisma.LifeDomain)).toContain('geestelijke_gezondheid');
  });
});
