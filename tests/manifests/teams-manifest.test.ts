import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PLACEHOLDER_APP_ID,
  TEAMS_DIR,
  teamsSchemaPath,
  teamsSchemaUrl,
  validateTeamsManifest,
} from '../../scripts/package-teams.ts';
import { allCommandWords } from '../../src/domain/commands.ts';

interface Command {
  title: string;
  description: string;
}

interface Bot {
  botId: string;
  scopes: string[];
  supportsFiles?: boolean;
  isNotificationOnly?: boolean;
  commandLists?: { scopes: string[]; commands: Command[] }[];
}

function readManifest(): Record<string, unknown> & { manifestVersion: string; bots: Bot[] } {
  return JSON.parse(readFileSync(join(TEAMS_DIR, 'manifest.json'), 'utf8'));
}

describe('the Teams app manifest', () => {
  it("validates against Microsoft's JSON schema of its manifestVersion (draft-04, vendored)", () => {
    const manifest = readManifest();
    const schema = JSON.parse(readFileSync(teamsSchemaPath(manifest.manifestVersion), 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#');
    expect(schema.properties.manifestVersion.const ?? schema.properties.manifestVersion.enum).toContain(
      manifest.manifestVersion,
    );
    expect(validateTeamsManifest(manifest)).toEqual([]);
  });

  it('uses a recent manifest version and points $schema at it', () => {
    const manifest = readManifest();
    expect(Number(manifest.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(17);
    expect(manifest.$schema).toBe(teamsSchemaUrl(manifest.manifestVersion));
  });

  it('catches what Teams would reject', () => {
    const broken = readManifest();
    broken.bots[0]!.botId = 'MICROSOFT_APP_ID';
    broken.developer = { name: 'casus' };
    broken.unknownField = true;
    const problems = validateTeamsManifest(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/bots/0/botId must match pattern'),
        expect.stringContaining("/developer must have required property 'websiteUrl'"),
        expect.stringContaining('must NOT have additional properties {"additionalProperty":"unknownField"}'),
      ]),
    );
    expect(validateTeamsManifest({ ...readManifest(), manifestVersion: '0.9' })).toEqual([
      expect.stringContaining('has no schema'),
    ]);
  });

  it('carries the placeholder app id in id and botId, filled in by npm run package:teams', () => {
    const manifest = readManifest();
    expect(manifest.id).toBe(PLACEHOLDER_APP_ID);
    expect(manifest.bots.map((bot) => bot.botId)).toEqual([PLACEHOLDER_APP_ID]);
  });

  it('has one conversational bot for personal chat and team channels, without files', () => {
    const [bot, ...others] = readManifest().bots;
    expect(others).toEqual([]);
    expect(bot?.scopes).toEqual(['personal', 'team']);
    expect(bot?.supportsFiles).toBe(false);
    expect(bot?.isNotificationOnly).toBe(false);
  });

  it('suggests only commands the bot understands, hulp and help first', () => {
    const [bot] = readManifest().bots;
    const lists = bot?.commandLists ?? [];
    expect(lists.flatMap((list) => list.scopes).sort()).toEqual(['personal', 'team']);
    const titles = lists.flatMap((list) => list.commands.map((command) => command.title));
    expect(titles.slice(0, 3)).toEqual(['hulp', 'help', 'plan']);
    for (const title of titles) expect(allCommandWords()).toContain(title);
  });

  it('keeps the name and descriptions as agreed', () => {
    const manifest = readManifest() as Record<string, unknown>;
    expect(manifest.name).toEqual({ short: 'casus', full: 'casus — casusoverleg' });
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(manifest).not.toHaveProperty('webApplicationInfo');
  });
});
