import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import {
  encodePng,
  PackageError,
  PLACEHOLDER_APP_ID,
  packageTeamsApp,
  resolveAppId,
  TEAMS_DIR,
} from '../../scripts/package-teams.ts';

const root = resolve(import.meta.dirname, '../..');
const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const work = mkdtempSync(join(tmpdir(), 'casus-teams-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function unzip(path: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(path));
}

/** A copy of manifests/teams in a temporary folder, to break on purpose. */
function copyOfTeamsDir(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const file of ['manifest.json', 'color.png', 'outline.png']) {
    copyFileSync(join(TEAMS_DIR, file), join(dir, file));
  }
  return dir;
}

describe('npm run package:teams', () => {
  it('zips exactly manifest.json, color.png and outline.png at the root, with the app id filled in', () => {
    const outFile = join(work, 'in-process', 'casus-teams.zip');
    const { zipPath } = packageTeamsApp({ appId: APP_ID, outFile });
    expect(zipPath).toBe(outFile);
    const entries = unzip(zipPath);
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(Buffer.from(entries['manifest.json']!).toString('utf8'));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots.map((bot: { botId: string }) => bot.botId)).toEqual([APP_ID]);
    expect(JSON.stringify(manifest)).not.toContain(PLACEHOLDER_APP_ID);
    const source = JSON.parse(readFileSync(join(TEAMS_DIR, 'manifest.json'), 'utf8'));
    expect({ ...manifest, id: source.id, bots: source.bots }).toEqual(source);

    expect(Buffer.from(entries['color.png']!).equals(readFileSync(join(TEAMS_DIR, 'color.png')))).toBe(true);
    expect(Buffer.from(entries['outline.png']!).equals(readFileSync(join(TEAMS_DIR, 'outline.png')))).toBe(
      true,
    );
  });

  it('builds the same zip twice from the same input', () => {
    const a = packageTeamsApp({ appId: APP_ID, outFile: join(work, 'a.zip') }).zipPath;
    const b = packageTeamsApp({ appId: APP_ID, outFile: join(work, 'b.zip') }).zipPath;
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it('takes the app id from --app-id, else from MicrosoftAppId', () => {
    expect(resolveAppId([], { MicrosoftAppId: ` ${APP_ID} ` })).toBe(APP_ID);
    expect(resolveAppId(['--app-id', APP_ID], { MicrosoftAppId: 'ignored' })).toBe(APP_ID);
    expect(resolveAppId([`--app-id=${APP_ID.toUpperCase()}`], {})).toBe(APP_ID);
  });

  it('refuses a missing, malformed or placeholder app id with a message saying what to do', () => {
    expect(() => resolveAppId([], {})).toThrow(PackageError);
    expect(() => resolveAppId([], {})).toThrow(/set MicrosoftAppId .* or pass --app-id <guid>/);
    expect(() => resolveAppId([], { MicrosoftAppId: 'my-bot' })).toThrow(
      'MicrosoftAppId is not a GUID (got "my-bot")',
    );
    expect(() => resolveAppId(['--app-id'], {})).toThrow('--app-id needs a value');
    expect(() => resolveAppId(['--app-id', '{3f2504e0}'], {})).toThrow('--app-id is not a GUID');
    expect(() => resolveAppId([], { MicrosoftAppId: PLACEHOLDER_APP_ID })).toThrow('placeholder');
    expect(() => packageTeamsApp({ appId: 'nope', outFile: join(work, 'nope.zip') })).toThrow(PackageError);
  });

  it('refuses a manifest that does not validate, and an outline icon with colour', () => {
    const invalid = copyOfTeamsDir('invalid');
    const manifest = JSON.parse(readFileSync(join(invalid, 'manifest.json'), 'utf8'));
    delete manifest.developer.privacyUrl;
    writeFileSync(join(invalid, 'manifest.json'), JSON.stringify(manifest));
    expect(() =>
      packageTeamsApp({ appId: APP_ID, manifestDir: invalid, outFile: join(work, 'x.zip') }),
    ).toThrow(/manifest.json \/developer must have required property 'privacyUrl'/);

    const coloured = copyOfTeamsDir('coloured');
    writeFileSync(join(coloured, 'outline.png'), encodePng(32, 32, new Uint8Array(32 * 32 * 4).fill(128)));
    expect(() =>
      packageTeamsApp({ appId: APP_ID, manifestDir: coloured, outFile: join(work, 'y.zip') }),
    ).toThrow('outline.png has 1024 pixels that are neither white nor transparent');
  });

  it('works as a script: prints where the zip is, or why it refuses (exit code 1)', () => {
    const run = (args: string[], env: Record<string, string>) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package-teams.ts', ...args], {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
        encoding: 'utf8',
      });
    const outFile = join(work, 'script', 'casus-teams.zip');
    const ok = run(['--out', outFile], { MicrosoftAppId: APP_ID });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`Wrote ${outFile} for Microsoft App ID ${APP_ID}.`);
    expect(Object.keys(unzip(outFile)).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const missing = run(['--out', outFile], {});
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('No Microsoft App ID: set MicrosoftAppId');
  });
});
