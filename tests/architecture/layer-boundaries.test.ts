import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRule, channelRule, checkChannels, checkLayerDir, checkLayerSource } from './layer-boundaries.ts';

const srcDir = resolve(import.meta.dirname, '../../src');
const show = (violations: { file: string; line: number; rule: string }[]) =>
  violations.map((v) => `${v.file.slice(srcDir.length + 1)}:${v.line} ${v.rule}`);

describe('the app boundary', () => {
  it('holds for every file in src/app', () => {
    expect(show(checkLayerDir(resolve(srcDir, 'app'), srcDir, appRule))).toEqual([]);
  });

  it('catches an app file that imports infra, a channel, the CLI, the composition root or an SDK', () => {
    const file = resolve(srcDir, 'app/households/show-household.ts');
    const source = [
      "import { createHouseholdRepository } from '../../infra/db/household-repository.ts';",
      "import type { SlackChannel } from '../../channels/slack/slack-channel.ts';",
      "import { run } from '../../cli/casus.ts';",
      "import type { Config } from '../../config.ts';",
      "import { PrismaClient } from '../../generated/prisma/client.ts';",
      "import type { Prisma } from '@prisma/client';",
      "import { App } from '@slack/bolt';",
      "import type { TurnContext } from 'botbuilder';",
      "import { Application } from '@microsoft/teams-ai';",
      "import { Pool } from 'pg';",
      "import { PGlite } from '@electric-sql/pglite';",
      "export { x } from '../../infra/logger.ts';",
      "const lazy = await import('../../infra/jobs/job-runner.ts');",
    ].join('\n');
    const found = checkLayerSource(file, source, srcDir, appRule).map((v) => v.line);
    expect(found).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('lets an app file import app, domain, views, zod and Node', () => {
    const file = resolve(srcDir, 'app/households/show-household.ts');
    const source = [
      "import type { HouseholdStore } from '../ports/household-store.ts';",
      "import { formatWhen } from '../format-when.ts';",
      "import { zonedParts } from '../../domain/slots/zone-offsets.ts';",
      "import type { View } from '../../views/view-model.ts';",
      "import { z } from 'zod';",
      "import { randomUUID } from 'node:crypto';",
    ].join('\n');
    expect(checkLayerSource(file, source, srcDir, appRule)).toEqual([]);
  });
});

describe('the channel boundary', () => {
  it('holds for every channel in src/channels', () => {
    expect(show(checkChannels(srcDir))).toEqual([]);
  });

  it("catches a channel that reaches a feature's internals, a repository, another channel or another SDK", () => {
    const file = resolve(srcDir, 'channels/slack/render-message.ts');
    const source = [
      "import { householdView } from '../../app/households/household-views.ts';",
      "import { canSee } from '../../app/access/access-policy.ts';",
      "import { createHouseholdRepository } from '../../infra/db/household-repository.ts';",
      "import type { Job } from '../../infra/jobs/job-runner.ts';",
      "import { renderAdaptiveCard } from '../teams/render-adaptive-card.ts';",
      "import type { TurnContext } from 'botbuilder';",
      "import { PrismaClient } from '@prisma/client';",
      "import { run } from '../../cli/casus.ts';",
    ].join('\n');
    const found = checkLayerSource(file, source, srcDir, channelRule('slack')).map((v) => v.line);
    expect(found).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('lets a channel use the router, ports, views, i18n, its own folder and its own SDK', () => {
    const file = resolve(srcDir, 'channels/teams/teams-bot.ts');
    const source = [
      "import type { Router } from '../../app/router.ts';",
      "import type { UseCaseContext } from '../../app/feature.ts';",
      "import type { Actor } from '../../app/actor.ts';",
      "import type { Messenger } from '../../app/ports/messenger.ts';",
      "import { errorView } from '../../app/error-view.ts';",
      "import { translate } from '../../app/i18n/translate.ts';",
      "import type { View } from '../../views/view-model.ts';",
      "import type { Locale } from '../../domain/locale.ts';",
      "import type { Logger } from '../../infra/logger.ts';",
      "import { renderAdaptiveCard } from './render-adaptive-card.ts';",
      "import { TurnContext } from 'botbuilder';",
      "import { Application } from '@microsoft/teams-ai';",
      "import { z } from 'zod';",
    ].join('\n');
    expect(checkLayerSource(file, source, srcDir, channelRule('teams'))).toEqual([]);
  });

  it('gives the try-out page no SDK at all', () => {
    const file = resolve(srcDir, 'channels/tryout/tryout-routes.ts');
    const found = checkLayerSource(file, "import { App } from '@slack/bolt';", srcDir, channelRule('tryout'));
    expect(found).toHaveLength(1);
  });
});
