import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPERTISE_RULES,
  type ExpertiseRules,
  requiredDisciplineCodes,
  requiredDisciplines,
} from '../../../src/domain/expertise/expertise-rules.ts';
import { LIFE_DOMAINS } from '../../../src/domain/life-domains.ts';

describe('requiredDisciplines with the default rules', () => {
  it('makes scores 1 and 2 required, 3 advisory and 4 or 5 nothing', () => {
    for (const score of [1, 2]) {
      const result = requiredDisciplines({ scores: { huisvesting: score }, hasChildren: false });
      expect(result.required).toEqual([{ discipline: 'wonen', alternatives: [], because: ['huisvesting'] }]);
      expect(result.advisory).toEqual([]);
    }
    const three = requiredDisciplines({ scores: { huisvesting: 3 }, hasChildren: false });
    expect(three.required).toEqual([]);
    expect(three.advisory).toEqual([{ discipline: 'wonen', alternatives: [], because: ['huisvesting'] }]);
    for (const score of [4, 5]) {
      expect(requiredDisciplines({ scores: { huisvesting: score }, hasChildren: false })).toEqual({
        required: [],
        advisory: [],
      });
    }
  });

  it('lists the preferred discipline with the alternatives that also cover the domain', () => {
    const result = requiredDisciplines({ scores: { financien: 1 }, hasChildren: false });
    expect(result.required).toEqual([
      { discipline: 'schuldhulp', alternatives: ['inkomen'], because: ['financien'] },
    ]);
  });

  it('ignores opvoeding for households without children', () => {
    expect(requiredDisciplines({ scores: { opvoeding: 1 }, hasChildren: false }).required).toEqual([]);
    expect(requiredDisciplines({ scores: { opvoeding: 3 }, hasChildren: false }).advisory).toEqual([]);
    expect(requiredDisciplines({ scores: { opvoeding: 1 }, hasChildren: true }).required).toEqual([
      { discipline: 'jeugd', alternatives: [], because: ['opvoeding'] },
    ]);
  });

  it('lists a discipline caused by two domains once, with both domains', () => {
    const result = requiredDisciplines({
      scores: { middelengebruik: 2, geestelijke_gezondheid: 1 },
      hasChildren: false,
    });
    // ggz alone covers middelengebruik, so poh_ggz is no alternative for the merged entry.
    expect(result.required).toEqual([
      { discipline: 'ggz', alternatives: [], because: ['geestelijke_gezondheid', 'middelengebruik'] },
    ]);
  });

  it('leaves a discipline out of the advisory list when it is already required', () => {
    const result = requiredDisciplines({
      scores: { huiselijke_relaties: 3, sociaal_netwerk: 2 },
      hasChildren: false,
    });
    expect(requiredDisciplineCodes(result)).toEqual(['maatschappelijk_werk']);
    expect(result.required[0]?.because).toEqual(['sociaal_netwerk']);
    expect(result.advisory).toEqual([]);
  });

  it('orders entries by life-domain order, whatever the order of the scores', () => {
    const result = requiredDisciplines({
      scores: { justitie: 1, huisvesting: 1, financien: 2, opvoeding: 2 },
      hasChildren: true,
    });
    expect(requiredDisciplineCodes(result)).toEqual(['schuldhulp', 'wonen', 'maatschappelijk_werk', 'jeugd']);
  });

  it('has a default rule for every life domain', () => {
    expect(DEFAULT_EXPERTISE_RULES.rules.map((r) => r.domain).sort()).toEqual([...LIFE_DOMAINS].sort());
  });
});

describe('requiredDisciplines with custom rules', () => {
  const custom: ExpertiseRules = {
    rules: [
      { domain: 'huisvesting', disciplines: ['maatschappelijk_werk'], requiredAtOrBelow: 3, advisoryAt: 4 },
      { domain: 'financien', disciplines: ['inkomen'], requiredAtOrBelow: 1, advisoryAt: 2 },
    ],
    optionalRoles: [],
  };

  it('uses the team thresholds and disciplines instead of the defaults', () => {
    const result = requiredDisciplines({
      scores: { huisvesting: 3, financien: 2, justitie: 1 },
      hasChildren: false,
      rules: custom,
    });
    expect(result.required).toEqual([
      { discipline: 'maatschappelijk_werk', alternatives: [], because: ['huisvesting'] },
    ]);
    // justitie has no custom rule, so it calls for nothing.
    expect(result.advisory).toEqual([{ discipline: 'inkomen', alternatives: [], because: ['financien'] }]);
  });

  it('makes a score of 4 advisory when the team says so', () => {
    const result = requiredDisciplines({ scores: { huisvesting: 4 }, hasChildren: false, rules: custom });
    expect(result.advisory.map((n) => n.discipline)).toEqual(['maatschappelijk_werk']);
  });
});

describe('default discipline codes', () => {
  it('all exist in the demo roster', () => {
    const roster = JSON.parse(
      readFileSync(new URL('../../../src/infra/demo/demo-roster.json', import.meta.url), 'utf8'),
    ) as { disciplines: { code: string }[] };
    const known = new Set(roster.disciplines.map((d) => d.code));
    const used = DEFAULT_EXPERTISE_RULES.rules.flatMap((r) => r.disciplines);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((code) => !known.has(code))).toEqual([]);
  });
});
