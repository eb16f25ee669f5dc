import { describe } from 'vitest';
import { rotationCatalogues } from '../../../src/app/rotations/i18n/translate.ts';
import { rotationCliCatalogues } from '../../../src/cli/i18n/rotation-cli-text.ts';
import { itKeepsCataloguesParallel } from '../catalogue-parity.ts';

describe('rotation message catalogues', () => {
  itKeepsCataloguesParallel(rotationCatalogues.nl, rotationCatalogues.en);
});

describe('casus rotation message catalogues', () => {
  itKeepsCataloguesParallel(rotationCliCatalogues.nl, rotationCliCatalogues.en);
});
