import { describe } from 'vitest';
import { en } from '../../../src/app/settings/i18n/en.ts';
import { nl } from '../../../src/app/settings/i18n/nl.ts';
import { itKeepsCataloguesParallel } from '../catalogue-parity.ts';

describe('team settings message catalogues', () => {
  itKeepsCataloguesParallel(nl, en);
});
