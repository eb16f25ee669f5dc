import { describe } from 'vitest';
import { en } from '../../../src/app/team-view/i18n/en.ts';
import { nl } from '../../../src/app/team-view/i18n/nl.ts';
import { itKeepsCataloguesParallel } from '../catalogue-parity.ts';

describe('team view message catalogues', () => {
  itKeepsCataloguesParallel(nl, en);
});
