import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  ACCENT,
  checkIcons,
  decodePng,
  drawIcons,
  encodePng,
  readPngHeader,
  TEAMS_DIR,
} from '../../scripts/package-teams.ts';

const color = readFileSync(join(TEAMS_DIR, 'color.png'));
const outline = readFileSync(join(TEAMS_DIR, 'outline.png'));

describe('the Teams icons', () => {
  it('are a 192×192 colour icon and a 32×32 outline icon', () => {
    expect(readPngHeader(color)).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(outline)).toMatchObject({ width: 32, height: 32 });
    expect(checkIcons(color, outline)).toEqual([]);
  });

  it('outline: only white and transparent pixels, and some of them white', () => {
    const { rgba } = decodePng(outline);
    let white = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      const [r, g, b, a] = rgba.subarray(i, i + 4);
      if (a === 0) continue;
      expect([r, g, b]).toEqual([255, 255, 255]);
      white++;
    }
    expect(white).toBeGreaterThan(32);
    expect(white).toBeLessThan(32 * 32);
  });

  it('colour: opaque, in the accent colour of the manifest, with a white symbol', () => {
    const manifest = JSON.parse(readFileSync(join(TEAMS_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.accentColor).toBe(ACCENT);
    const { rgba } = decodePng(color);
    const hex = (i: number) =>
      `#${[...rgba.subarray(i, i + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
    expect(hex(0)).toBe(ACCENT);
    for (let i = 3; i < rgba.length; i += 4) expect(rgba[i]).toBe(255);
    let whitePixels = 0;
    for (let i = 0; i < rgba.length; i += 4) if (hex(i) === '#FFFFFF') whitePixels++;
    expect(whitePixels).toBeGreaterThan(1000);
  });

  it('are what `npm run package:teams -- --write-icons` draws (compared pixel by pixel)', () => {
    const drawn = drawIcons();
    expect(decodePng(drawn.color).rgba).toEqual(decodePng(color).rgba);
    expect(decodePng(drawn.outline).rgba).toEqual(decodePng(outline).rgba);
  });

  it('the PNG decoder reads every filter type and the palette format', () => {
    // 2×4 RGB image, rows filtered with Paeth (4), Average (3), Up (2) and Sub (1); then a 2×1 palette
    // image (filter None) with tRNS.
    const rgbRows = Buffer.from(
      [
        [4, 10, 20, 30, 5, 5, 5],
        [3, 7, 7, 7, 1, 2, 3],
        [2, 1, 1, 1, 0, 0, 0],
        [1, 2, 2, 2, 1, 1, 1],
      ].flat(),
    );
    const rgb = pngFrom(2, 4, 2, rgbRows, []);
    expect([...decodePng(rgb).rgba]).toEqual(
      [
        [10, 20, 30, 255, 15, 25, 35, 255],
        [12, 17, 22, 255, 14, 23, 31, 255],
        [13, 18, 23, 255, 14, 23, 31, 255],
        [2, 2, 2, 255, 3, 3, 3, 255],
      ].flat(),
    );
    const palette = pngFrom(2, 1, 3, Buffer.from([0, 0, 1]), [
      ['PLTE', Buffer.from([255, 255, 255, 0, 0, 0])],
      ['tRNS', Buffer.from([255, 0])],
    ]);
    expect([...decodePng(palette).rgba]).toEqual([255, 255, 255, 255, 0, 0, 0, 0]);
  });

  it('the icon check rejects a wrong size and a coloured outline pixel', () => {
    const pixels = new Uint8Array(32 * 32 * 4);
    pixels.set([255, 255, 255, 255, 0, 0, 0, 255], 0);
    const problems = checkIcons(outline, encodePng(32, 32, pixels));
    expect(problems).toEqual([
      'color.png is 32×32, Teams needs 192×192',
      'outline.png has 1 pixels that are neither white nor transparent',
    ]);
    expect(checkIcons(color, Buffer.from('not a png'))).toEqual(['outline.png: not a PNG file']);
    expect(checkIcons(color, encodePng(32, 32, new Uint8Array(32 * 32 * 4)))).toEqual([
      'outline.png is empty: it needs a white symbol on transparent',
    ]);
  });
});

/** A PNG with the given colour type (8-bit) and already-filtered rows; CRCs are zero (the decoder skips them). */
function pngFrom(width: number, height: number, colorType: number, rows: Buffer, extra: [string, Buffer][]) {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, colorType, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...extra.map(([type, data]) => chunk(type, data)),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
