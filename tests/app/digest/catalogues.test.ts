import { describe } from 'vitest';
import { en } from '../../../src/app/digest/i18n/en.ts';
import { nl } from '../../../src/app/digest/i18n/nl.ts';
import { itKeepsCataloguesParallel } from '../catalogue-parity.ts';

describe('weekly digest message catalogues', () => {
  itKeepsCataloguesParallel(nl, en);
});
