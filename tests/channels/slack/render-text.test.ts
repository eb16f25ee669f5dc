import { describe, expect, it } from 'vitest';
import {
  escapeSlack,
  splitText,
  truncateMrkdwn,
  truncatePlain,
} from '../../../src/channels/slack/render-text.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BROKEN_ENTITY = /&(?!amp;|lt;|gt;)/;

describe('Slack text escaping', () => {
  it('escapes the three control characters so mentions and broadcasts stay text', () => {
    expect(escapeSlack('<!channel> <@U1> <#C1> a & b > c')).toBe(
      '&lt;!channel&gt; &lt;@U1&gt; &lt;#C1&gt; a &amp; b &gt; c',
    );
  });

  it('escapes text that already looks escaped, so it shows as typed', () => {
    expect(escapeSlack('&lt;')).toBe('&amp;lt;');
  });

  it('leaves bold markers alone', () => {
    expect(truncateMrkdwn('*vet* & <b>', 100)).toBe('*vet* &amp; &lt;b&gt;');
  });
});

describe('truncation', () => {
  it('never cuts inside an entity, at any length', () => {
    const source = '&<>'.repeat(20);
    for (let max = 1; max < 80; max += 1) {
      const cut = truncatePlain(source, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.replace(/…$/, '')).not.toMatch(BROKEN_ENTITY);
    }
  });

  it('never cuts a surrogate pair in half, at any length', () => {
    const source = 'a😀'.repeat(30);
    for (let max = 1; max < 70; max += 1) {
      const cut = truncateMrkdwn(source, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(LONE_SURROGATE);
    }
  });

  it('ends a cut text with an ellipsis', () => {
    expect(truncatePlain('Huishouden Jansen', 12)).toBe('Huishouden…');
  });

  it('closes bold when the cut falls inside it', () => {
    expect(truncateMrkdwn('Let op: *heel belangrijk nieuws* hier', 22)).toBe('Let op: *heel belang…*');
  });

  it('drops an opening bold marker with nothing after it', () => {
    expect(truncateMrkdwn('Let op: *belangrijk*', 10)).toBe('Let op:…');
  });
});

describe('splitting long text', () => {
  it('splits at paragraph breaks first', () => {
    expect(splitText('een twee\n\ndrie vier', 10)).toEqual(['een twee', 'drie vier']);
  });

  it('splits between words when a paragraph is too long', () => {
    expect(splitText('een twee drie vier', 9)).toEqual(['een twee', 'drie vier']);
  });

  it('splits inside a word only as a last resort, and counts escapes', () => {
    const chunks = splitText('&&&&&&', 10);
    expect(chunks).toEqual(['&&', '&&', '&&']);
    for (const chunk of chunks) expect(escapeSlack(chunk).length).toBeLessThanOrEqual(10);
  });

  it('keeps surrogate pairs whole when splitting inside a word', () => {
    const chunks = splitText('😀'.repeat(10), 5);
    expect(chunks.join('')).toBe('😀'.repeat(10));
    for (const chunk of chunks) expect(chunk).not.toMatch(LONE_SURROGATE);
  });
});
