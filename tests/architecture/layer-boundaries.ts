import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import type { Violation } from './domain-boundary.ts';

/**
 * Which layer may import what. A relative import is named by its path under src/ ('app/router.ts'); a package
 * by its specifier ('@slack/bolt', 'node:http'). Patterns: 'app/ports/**' (a folder), 'app/router.ts' (one
 * file), '@slack/*' (a package scope), 'node:*' (built-ins).
 */
export interface Allowed {
  pattern: string;
  /** One line: why this layer may reach it (for the reader of the rule; the check does not use it). */
  reason: string;
}

export interface LayerRule {
  /** The rule's name in a violation, e.g. 'app imports no infra'. */
  name: string;
  /** Paths under src/ this layer may import (everything else under src/ is refused). */
  allowedFiles: readonly Allowed[];
  /** Packages: either an allow-list (everything else refused) or a deny-list (everything else allowed). */
  packages: { allow: readonly Allowed[] } | { deny: readonly Allowed[] };
}

/** The SDKs and database drivers that only infra (and a channel, its own SDK) may touch. */
export const sdkPackages: readonly Allowed[] = [
  { pattern: '@prisma/*', reason: 'Prisma: only repositories in src/infra touch it' },
  { pattern: 'prisma', reason: 'Prisma: only repositories in src/infra touch it' },
  { pattern: '@electric-sql/*', reason: 'PGlite: a database, infra only' },
  { pattern: 'pglite-prisma-adapter', reason: 'PGlite adapter: infra only' },
  { pattern: 'pg', reason: 'PostgreSQL driver: infra only' },
  { pattern: '@slack/*', reason: "Slack's SDK: src/channels/slack only" },
  { pattern: 'botbuilder', reason: "Bot Framework's SDK: src/channels/teams only" },
  { pattern: 'botbuilder-*', reason: "Bot Framework's SDK: src/channels/teams only" },
  { pattern: 'botframework-*', reason: "Bot Framework's SDK: src/channels/teams only" },
  { pattern: '@microsoft/*', reason: "Teams' SDKs: src/channels/teams only" },
];

/** src/app: use cases, ports and views; it reaches the world only through ports that infra implements. */
export const appRule: LayerRule = {
  name: 'app imports no infra, channel, CLI or SDK',
  allowedFiles: [
    { pattern: 'app/**', reason: 'other use cases, ports and views of app' },
    { pattern: 'domain/**', reason: 'the pure rules app carries out' },
    { pattern: 'views/**', reason: 'the platform-neutral view model app answers with' },
  ],
  packages: { deny: sdkPackages },
};

/** What every channel may reach of the rest of src/. */
const channelFiles: readonly Allowed[] = [
  { pattern: 'app/router.ts', reason: 'the one entry into the use cases' },
  {
    pattern: 'app/feature.ts',
    reason: "the router's request and answer types (UseCaseContext, ConversationKind)",
  },
  { pattern: 'app/actor.ts', reason: "the router's Actor, filled in by each channel" },
  {
    pattern: 'app/ports/**',
    reason: 'the ports a channel implements (Messenger) or is given (stores, Clock)',
  },
  { pattern: 'app/error-view.ts', reason: 'the view answered when a request fails before the router' },
  {
    pattern: 'app/i18n/**',
    reason: 'texts a renderer needs (button labels, fallbacks) in the view language',
  },
  { pattern: 'views/**', reason: 'the view model every renderer renders' },
  { pattern: 'domain/**', reason: 'plain types (Locale, command ids) shared by every layer' },
  { pattern: 'config.ts', reason: "the channel's typed config slice (Config['slack'], Config['teams'])" },
  { pattern: 'infra/logger.ts', reason: 'the one structured logger every edge writes to' },
  { pattern: 'infra/http/http-server.ts', reason: 'the HTTP server a channel mounts its routes on (Route)' },
  { pattern: 'infra/http/read-json-body.ts', reason: 'bounded body reading for the HTTP edge' },
  { pattern: 'infra/http/read-raw-body.ts', reason: 'the raw body Slack signs, read once at the edge' },
  {
    pattern: 'infra/coded-error.ts',
    reason: 'a startup failure with a stable code, like the other adapters',
  },
];

const commonChannelPackages: readonly Allowed[] = [
  { pattern: 'node:*', reason: 'HTTP and crypto of the edge (signatures, request ids)' },
  { pattern: 'zod', reason: 'every payload is parsed with zod' },
];

/** The SDKs of each channel; a channel may use its own and no other. */
export const channelSdks: Readonly<Record<string, readonly Allowed[]>> = {
  slack: [{ pattern: '@slack/*', reason: 'Bolt, the Web API and Block Kit types' }],
  teams: [
    { pattern: 'botbuilder', reason: 'Bot Framework adapter and activities' },
    { pattern: 'botframework-*', reason: 'Bot Framework connector and auth' },
    { pattern: '@microsoft/teams-ai', reason: "Teams AI's Application that routes activities" },
  ],
  tryout: [],
};

/** The rule for one channel folder (src/channels/<name>): the shared list, its own folder and its own SDK. */
export function channelRule(name: string): LayerRule {
  return {
    name: `channels/${name} reaches only the router, ports and views of app, and its own SDK`,
    allowedFiles: [{ pattern: `channels/${name}/**`, reason: 'its own files' }, ...channelFiles],
    packages: { allow: [...commonChannelPackages, ...(channelSdks[name] ?? [])] },
  };
}

const sharedChannelRule: LayerRule = {
  name: 'a file shared by the channels reaches only the router, ports and views of app',
  allowedFiles: [{ pattern: 'channels/**', reason: 'the channels it serves' }, ...channelFiles],
  packages: { allow: commonChannelPackages },
};

export function matches(pattern: string, name: string): boolean {
  if (pattern.endsWith('/**')) return name.startsWith(pattern.slice(0, -2));
  if (pattern.endsWith('*')) return name.startsWith(pattern.slice(0, -1));
  return name === pattern;
}

/** Checks one file's imports (static, dynamic, require, export-from) against a rule. */
export function checkLayerSource(file: string, source: string, srcDir: string, rule: LayerRule): Violation[] {
  const violations: Violation[] = [];
  for (const imported of ts.preProcessFile(source, true, true).importedFiles) {
    const specifier = imported.fileName;
    const line = source.slice(0, imported.pos).split('\n').length;
    const refused = specifier.startsWith('.')
      ? refusedFile(
          rule,
          relative(srcDir, resolve(dirname(file), specifier))
            .split(sep)
            .join('/'),
        )
      : refusedPackage(rule, packageName(specifier));
    if (refused)
      violations.push({ file, line, rule: `${rule.name}: imports '${specifier}'`, text: specifier });
  }
  return violations;
}

function refusedFile(rule: LayerRule, underSrc: string): boolean {
  return underSrc.startsWith('..') || !rule.allowedFiles.some((a) => matches(a.pattern, underSrc));
}

function refusedPackage(rule: LayerRule, name: string): boolean {
  if ('allow' in rule.packages) return !rule.packages.allow.some((a) => matches(a.pattern, name));
  return rule.packages.deny.some((d) => matches(d.pattern, name));
}

/** '@slack/bolt/dist/x' → '@slack/bolt'; 'pg/lib' → 'pg'; 'node:fs/promises' stays a node: built-in. */
function packageName(specifier: string): string {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

export function checkLayerDir(dir: string, srcDir: string, rule: LayerRule): Violation[] {
  return listTs(dir).flatMap((file) => checkLayerSource(file, readFileSync(file, 'utf8'), srcDir, rule));
}

/** Every channel folder under src/channels, each against its own rule. */
export function checkChannels(srcDir: string): Violation[] {
  const channelsDir = join(srcDir, 'channels');
  return readdirSync(channelsDir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(channelsDir, entry.name);
    if (entry.isDirectory()) return checkLayerDir(path, srcDir, channelRule(entry.name));
    // A file shared by all channels gets the shared list and no SDK.
    return /\.tsx?$/.test(entry.name)
      ? checkLayerSource(path, readFileSync(path, 'utf8'), srcDir, sharedChannelRule)
      : [];
  });
}

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTs(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
