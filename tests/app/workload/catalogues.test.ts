import { describe } from 'vitest';
import { en } from '../../../src/app/workload/i18n/en.ts';
import { nl } from '../../../src/app/workload/i18n/nl.ts';
import { itKeepsCataloguesParallel } from '../catalogue-parity.ts';

describe('druk / overloaded message catalogues', () => {
  itKeepsCataloguesParallel(nl, en);
});
