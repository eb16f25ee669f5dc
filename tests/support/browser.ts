import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

/**
 * The headless Chromium the e2e suites drive: Debian's when it is installed, otherwise the one shipped inside
 * the npm package @sparticuz/chromium (a devDependency), so `npm install && npm test` passes on a machine with
 * no browser and no download beyond the npm registry.
 */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/**
 * As root, without a sandbox, and with nothing reaching out: this machine's network is closed, and Chromium's
 * background connections would be refused at every start. Playwright gives every launch a fresh user-data-dir.
 */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  const debian = existsSync(DEBIAN_CHROMIUM);
  const executablePath = debian ? DEBIAN_CHROMIUM : await packagedChromium();
  const browser = await chromium.launch({ executablePath, args: ARGS, headless: true });
  // Which browser a run used matters when a page behaves differently in one of them.
  console.info(
    `e2e browser: ${debian ? "Debian's Chromium" : '@sparticuz/chromium'} ${browser.version()} at ${executablePath}`,
  );
  return browser;
}

/**
 * The package unpacks its brotli-compressed browser into os.tmpdir() on first use, and trusts any `chromium`
 * it finds there. Both e2e suites (and other people's test runs on a shared machine) may unpack at the same
 * time, so each unpacks into a private folder and renames it into place: a folder per package version that
 * is either complete or absent.
 */
async function packagedChromium(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', '..', 'package.json'), 'utf8')) as {
    name?: string;
    version?: string;
  };
  if (manifest.name !== '@sparticuz/chromium' || !manifest.version) {
    throw new Error(`@sparticuz/chromium's package.json is not where expected next to ${entry}`);
  }
  const folder = join(tmpdir(), `casus-sparticuz-chromium-${manifest.version}`);
  const executable = join(folder, 'chromium');
  if (existsSync(executable)) return executable;

  const staging = mkdtempSync(join(tmpdir(), 'casus-sparticuz-chromium-unpacking-'));
  const { default: sparticuz } = await import('@sparticuz/chromium');
  // executablePath() takes no output folder: it unpacks into os.tmpdir(), which follows TMPDIR.
  const savedTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    await sparticuz.executablePath();
  } finally {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
  }
  try {
    renameSync(staging, folder);
  } catch (error) {
    // Another run renamed its complete copy into place first: use that one.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(executable)) throw error;
  }
  return executable;
}
