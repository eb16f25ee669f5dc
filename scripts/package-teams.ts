// npm run package:teams [-- --app-id <guid>] [--out <file.zip>]   build manifests/teams/build/casus-teams.zip
// npm run package:teams -- --write-icons                          redraw manifests/teams/color.png and outline.png
//
// Packaging validates manifests/teams/manifest.json against Microsoft's JSON schema of its manifestVersion
// (vendored in @microsoft/app-manifest, so no network), checks the two icons the way Teams does (192×192
// colour, 32×32 white-on-transparent outline), puts the bot's Microsoft App ID in `id` and `bots[].botId`
// (the committed manifest carries the zero GUID) and zips manifest.json, color.png and outline.png at the
// root of the archive. The tests in tests/manifests use the same functions.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { type Zippable, zipSync } from 'fflate';

export const TEAMS_DIR = resolve(import.meta.dirname, '../manifests/teams');
export const DEFAULT_ZIP = join(TEAMS_DIR, 'build', 'casus-teams.zip');
/** What the committed manifest carries in `id` and `bots[].botId` until packaging puts the real id in. */
export const PLACEHOLDER_APP_ID = '00000000-0000-0000-0000-000000000000';
export const ICON_SIZES = { color: 192, outline: 32 } as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A problem the person running the script can fix; printed without a stack trace. */
export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

// ---------------------------------------------------------------------------------------------------------
// Schema validation

const require = createRequire(import.meta.url);

/** Microsoft's Teams manifest schema for a manifestVersion, from @microsoft/app-manifest. */
export function teamsSchemaPath(manifestVersion: string): string {
  const root = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return join(root, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
}

export function teamsSchemaUrl(manifestVersion: string): string {
  return `https://developer.microsoft.com/en-us/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`;
}

/**
 * The problems Microsoft's schema finds in a manifest, as "/path message" lines; [] when it is valid.
 * The Teams schemas are JSON Schema draft-04, so this uses Ajv's draft-04 class, with the options of
 * Microsoft's own validator (@microsoft/app-manifest): all errors, formats uri/email/regex, no strictTypes.
 */
export function validateTeamsManifest(manifest: unknown): string[] {
  const version = (manifest as { manifestVersion?: unknown } | null)?.manifestVersion;
  if (typeof version !== 'string') return ['/manifestVersion is missing'];
  let schemaText: string;
  try {
    schemaText = readFileSync(teamsSchemaPath(version), 'utf8');
  } catch {
    return [
      `/manifestVersion ${version} has no schema in @microsoft/app-manifest (see its build/json-schemas)`,
    ];
  }
  const schema = JSON.parse(schemaText) as { $schema?: string };
  if (!schema.$schema?.includes('draft-04')) {
    return [
      `the schema of manifestVersion ${version} is ${schema.$schema}, not draft-04: update the validator`,
    ];
  }
  const ajv = new AjvDraft04.default({ allErrors: true, strictTypes: false });
  addFormats.default(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  const problems = validate(manifest)
    ? []
    : (validate.errors ?? []).map((e) => {
        const detail = ['additionalProperties', 'enum'].includes(e.keyword)
          ? ` ${JSON.stringify(e.params)}`
          : '';
        return `${e.instancePath || '/'} ${e.message ?? 'is not valid'}${detail}`;
      });
  const declared = (manifest as { $schema?: unknown }).$schema;
  if (declared !== undefined && declared !== teamsSchemaUrl(version)) {
    problems.push(`/$schema should be ${teamsSchemaUrl(version)} for manifestVersion ${version}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// The app id

/** The value of `--name <value>` or `--name=<value>`. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === name) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new PackageError(`${name} needs a value`);
      return value;
    }
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/**
 * The Microsoft App ID (client id of the bot's app registration): `--app-id <guid>` or `--app-id=<guid>`,
 * else env MicrosoftAppId. Throws a PackageError saying what to do when it is missing or not a GUID.
 */
export function resolveAppId(argv: readonly string[], env: Record<string, string | undefined>): string {
  const fromArgs = optionValue(argv, '--app-id');
  const source = fromArgs !== undefined ? '--app-id' : 'MicrosoftAppId';
  const appId = (fromArgs ?? env.MicrosoftAppId ?? '').trim();
  if (appId === '') {
    throw new PackageError(
      'No Microsoft App ID: set MicrosoftAppId (the Application (client) ID of the Azure Bot / Teams ' +
        'Developer Portal bot), e.g. MicrosoftAppId=<guid> npm run package:teams, or pass --app-id <guid>.',
    );
  }
  if (!GUID.test(appId)) {
    throw new PackageError(
      `${source} is not a GUID (got "${appId}"): expected the Application (client) ID, such as ` +
        '12345678-90ab-cdef-1234-567890abcdef.',
    );
  }
  if (appId === PLACEHOLDER_APP_ID) {
    throw new PackageError(`${source} is the placeholder ${PLACEHOLDER_APP_ID}: use the bot's real App ID.`);
  }
  return appId.toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------
// PNG: a minimal encoder (8-bit RGBA) and a decoder for the non-interlaced 8-bit PNGs icons are saved as

const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** Encodes width×height RGBA pixels (4 bytes each, row by row) as a PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error('encodePng: expected width × height × 4 bytes');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits per sample, RGBA, deflate, adaptive filtering, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

interface PngChunk {
  type: string;
  data: Buffer;
}

function readChunks(png: Uint8Array): PngChunk[] {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG file');
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    chunks.push({ type, data: bytes.subarray(at + 8, at + 8 + length) });
    at += length + 12;
    if (type === 'IEND') break;
  }
  return chunks;
}

/** The IHDR of a PNG: its dimensions and pixel format. */
export function readPngHeader(png: Uint8Array): PngHeader {
  const ihdr = readChunks(png)[0];
  if (ihdr?.type !== 'IHDR' || ihdr.data.length !== 13) throw new Error('PNG without IHDR');
  return {
    width: ihdr.data.readUInt32BE(0),
    height: ihdr.data.readUInt32BE(4),
    bitDepth: ihdr.data[8]!,
    colorType: ihdr.data[9]!,
    interlace: ihdr.data[12]!,
  };
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Decodes a non-interlaced 8-bit PNG (grey, RGB, palette, grey+alpha, RGBA) to RGBA pixels. */
export function decodePng(png: Uint8Array): PngHeader & { rgba: Uint8Array } {
  const header = readPngHeader(png);
  const { width, height, bitDepth, colorType, interlace } = header;
  const channels = CHANNELS[colorType];
  if (bitDepth !== 8 || interlace !== 0 || channels === undefined) {
    throw new Error(
      `unsupported PNG (bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}): ` +
        'save it as a non-interlaced 8-bit RGBA PNG',
    );
  }
  const chunks = readChunks(png);
  const palette = chunks.find((c) => c.type === 'PLTE')?.data;
  const trns = chunks.find((c) => c.type === 'tRNS')?.data;
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * channels;
  if (raw.length < (stride + 1) * height) throw new Error('PNG image data is too short');
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      let predictor: number;
      if (filter === 0) predictor = 0;
      else if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else throw new Error(`PNG row ${y} has unknown filter ${filter}`);
      pixels[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = pixels.subarray(i * channels, (i + 1) * channels);
    let [r, g, b, a] = [0, 0, 0, 255];
    if (colorType === 0 || colorType === 4) {
      [r, g, b] = [p[0]!, p[0]!, p[0]!];
      if (colorType === 4) a = p[1]!;
      else if (trns && trns.length >= 2 && trns.readUInt16BE(0) === p[0]) a = 0;
    } else if (colorType === 2 || colorType === 6) {
      [r, g, b] = [p[0]!, p[1]!, p[2]!];
      if (colorType === 6) a = p[3]!;
      else if (trns && trns.length >= 6 && [0, 2, 4].every((o, k) => trns.readUInt16BE(o) === p[k])) a = 0;
    } else {
      const index = p[0]!;
      if (!palette || index * 3 + 2 >= palette.length) throw new Error('PNG palette index out of range');
      [r, g, b] = [palette[index * 3]!, palette[index * 3 + 1]!, palette[index * 3 + 2]!];
      a = trns && index < trns.length ? trns[index]! : 255;
    }
    rgba.set([r, g, b, a], i * 4);
  }
  return { ...header, rgba };
}

// ---------------------------------------------------------------------------------------------------------
// Icons

/** The checks Teams applies to the two icons; [] when both are fine. */
export function checkIcons(color: Uint8Array, outline: Uint8Array): string[] {
  const problems: string[] = [];
  const fail = (name: string, error: unknown) =>
    problems.push(`${name}.png: ${error instanceof Error ? error.message : String(error)}`);
  for (const [name, png] of [
    ['color', color],
    ['outline', outline],
  ] as const) {
    const size = ICON_SIZES[name];
    try {
      const { width, height } = readPngHeader(png);
      if (width !== size || height !== size) {
        problems.push(`${name}.png is ${width}×${height}, Teams needs ${size}×${size}`);
      }
    } catch (error) {
      fail(name, error);
      continue;
    }
    if (name !== 'outline') continue;
    try {
      const { rgba } = decodePng(png);
      let [white, other] = [0, 0];
      for (let i = 0; i < rgba.length; i += 4) {
        if (rgba[i + 3] === 0) continue;
        if (rgba[i] === 255 && rgba[i + 1] === 255 && rgba[i + 2] === 255) white++;
        else other++;
      }
      if (other > 0) problems.push(`outline.png has ${other} pixels that are neither white nor transparent`);
      if (white === 0) problems.push('outline.png is empty: it needs a white symbol on transparent');
    } catch (error) {
      fail(name, error);
    }
  }
  return problems;
}

/** The casus symbol in unit coordinates (-1…1): a round table (ring) with six people (dots) around it. */
function insideSymbol(x: number, y: number): boolean {
  const r = Math.hypot(x, y);
  if (r >= 0.25 && r <= 0.41) return true;
  for (let k = 0; k < 6; k++) {
    const angle = (k * Math.PI) / 3 - Math.PI / 2;
    if (Math.hypot(x - 0.76 * Math.cos(angle), y - 0.76 * Math.sin(angle)) <= 0.18) return true;
  }
  return false;
}

/** How much of each pixel the symbol covers (0…1), 4×4 samples per pixel, symbol `scale` px per unit. */
function coverage(size: number, scale: number): Float64Array {
  const out = new Float64Array(size * size);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n - size / 2) / scale;
          const y = (py + (sy + 0.5) / n - size / 2) / scale;
          if (insideSymbol(x, y)) hits++;
        }
      }
      out[py * size + px] = hits / (n * n);
    }
  }
  return out;
}

/** The accent colour, also the colour icon's background. Keep in step with manifest.json accentColor. */
export const ACCENT = '#1E6F78';

/** Draws color.png (white symbol on the accent colour) and outline.png (white symbol, transparent). */
export function drawIcons(): { color: Buffer; outline: Buffer } {
  const [ar, ag, ab] = [1, 3, 5].map((i) => Number.parseInt(ACCENT.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  const colorSize = ICON_SIZES.color;
  // Teams: the symbol of a full-colour icon sits in the middle 96×96 (radius 48 px) of its 192×192.
  const colorCover = coverage(colorSize, 48);
  const color = new Uint8Array(colorSize * colorSize * 4);
  colorCover.forEach((c, i) => {
    color.set([ar + (255 - ar) * c, ag + (255 - ag) * c, ab + (255 - ab) * c, 255].map(Math.round), i * 4);
  });
  const outlineSize = ICON_SIZES.outline;
  const outlineCover = coverage(outlineSize, 15);
  const outline = new Uint8Array(outlineSize * outlineSize * 4);
  outlineCover.forEach((c, i) => {
    outline.set([255, 255, 255, Math.round(255 * c)], i * 4);
  });
  return {
    color: encodePng(colorSize, colorSize, color),
    outline: encodePng(outlineSize, outlineSize, outline),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Packaging

export interface TeamsManifest {
  manifestVersion: string;
  id: string;
  icons: { color: string; outline: string };
  bots?: { botId: string }[];
  [key: string]: unknown;
}

export interface PackageOptions {
  appId: string;
  /** Where manifest.json and the icons are; manifests/teams by default. */
  manifestDir?: string;
  /** The zip to write; manifests/teams/build/casus-teams.zip by default. */
  outFile?: string;
}

/** Fixed entry times so the same input gives the same zip. */
const ZIP_MTIME = new Date(2024, 0, 1);

/** Validates, fills in the app id and writes the zip. Throws a PackageError listing every problem. */
export function packageTeamsApp(options: PackageOptions): { zipPath: string; manifest: TeamsManifest } {
  const manifestDir = options.manifestDir ?? TEAMS_DIR;
  const zipPath = options.outFile ?? DEFAULT_ZIP;
  const appId = resolveAppId(['--app-id', options.appId], {});

  let source: TeamsManifest;
  try {
    source = JSON.parse(readFileSync(join(manifestDir, 'manifest.json'), 'utf8')) as TeamsManifest;
  } catch (error) {
    throw new PackageError(`Cannot read ${join(manifestDir, 'manifest.json')}: ${(error as Error).message}`);
  }
  const problems = validateTeamsManifest(source).map((p) => `manifest.json ${p}`);
  if (problems.length > 0) throw new PackageError(`manifest.json is not valid:\n  ${problems.join('\n  ')}`);

  const manifest: TeamsManifest = {
    ...source,
    id: appId,
    ...(source.bots ? { bots: source.bots.map((bot) => ({ ...bot, botId: appId })) } : {}),
  };
  const files: Record<string, Uint8Array> = {
    'manifest.json': Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`),
  };
  for (const kind of ['color', 'outline'] as const) {
    const name = manifest.icons[kind];
    if (name.includes('/') || name.includes('\\')) {
      problems.push(`icons.${kind} "${name}" must be a file next to manifest.json (zip root)`);
      continue;
    }
    try {
      files[name] = readFileSync(join(manifestDir, name));
    } catch {
      problems.push(`icons.${kind}: ${name} is missing in ${manifestDir}`);
    }
  }
  const color = files[manifest.icons.color];
  const outline = files[manifest.icons.outline];
  if (color && outline) problems.push(...checkIcons(color, outline));
  problems.push(...validateTeamsManifest(manifest).map((p) => `manifest.json with the app id: ${p}`));
  if (problems.length > 0) {
    throw new PackageError(`Cannot package the Teams app:\n  ${problems.join('\n  ')}`);
  }

  const entries: Zippable = {};
  for (const [name, data] of Object.entries(files)) entries[name] = [data, { mtime: ZIP_MTIME }];
  mkdirSync(dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
  return { zipPath, manifest };
}

// ---------------------------------------------------------------------------------------------------------
// Command line

/** A path relative to the working directory when it is inside it, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(
      'Usage: npm run package:teams [-- --app-id <guid>] [--out <file.zip>]   (app id default: env ' +
        'MicrosoftAppId; zip default: manifests/teams/build/casus-teams.zip)\n' +
        '       npm run package:teams -- --write-icons      (redraw color.png and outline.png)',
    );
    return 0;
  }
  try {
    if (argv.includes('--write-icons')) {
      const { color, outline } = drawIcons();
      writeFileSync(join(TEAMS_DIR, 'color.png'), color);
      writeFileSync(join(TEAMS_DIR, 'outline.png'), outline);
      console.log(
        `Wrote ${shown(join(TEAMS_DIR, 'color.png'))} and ${shown(join(TEAMS_DIR, 'outline.png'))}`,
      );
      return 0;
    }
    const appId = resolveAppId(argv, process.env);
    const out = optionValue(argv, '--out');
    const { zipPath } = packageTeamsApp({ appId, ...(out ? { outFile: resolve(out) } : {}) });
    console.log(`Wrote ${shown(zipPath)} for Microsoft App ID ${appId}.`);
    console.log(
      'Upload it in Teams (Apps → Manage your apps → Upload an app → Upload a custom app), in the Teams ' +
        'Developer Portal (Apps → Import app) or in the Teams admin center (Manage apps → Upload new app).',
    );
    return 0;
  } catch (error) {
    if (error instanceof PackageError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
