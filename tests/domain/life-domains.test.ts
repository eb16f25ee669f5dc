import { describe, expect, it } from 'vitest';
import { LIFE_DOMAINS } from '../../src/domain/life-domains.ts';
import { LifeDomain } from '../../src/generated/prisma/enums.ts';

describe('the life domains of the import', () => {
  it('are exactly the LifeDomain values of the database, in schema order', () => {
    expect([...LIFE_DOMAINS]).toEqual(Object.values(LifeDomain));
  });
});
