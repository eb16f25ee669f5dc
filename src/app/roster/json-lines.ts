import type { FieldPath } from './roster-model.ts';

/**
 * Line numbers of every value in a JSON text, by path (`professionals[3].days[0].start`), so problems found on
 * the parsed value can point into the file. Runs only on text JSON.parse already accepted, so it need not
 * handle malformed input; strings cannot hold raw newlines in JSON, so only whitespace moves the line.
 */
export function jsonLineIndex(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;

  const skipWhitespace = () => {
    while (i < text.length) {
      const c = text[i];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      i++;
    }
  };

  const readString = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };

  const readValue = (path: string) => {
    skipWhitespace();
    lines.set(path, line);
    const c = text[i];
    if (c === '{') {
      i++;
      skipWhitespace();
      while (text[i] !== '}') {
        skipWhitespace();
        const key = readString();
        skipWhitespace();
        i++; // the colon
        readValue(joinPath(path, key));
        skipWhitespace();
        if (text[i] === ',') i++;
        skipWhitespace();
      }
      i++;
    } else if (c === '[') {
      i++;
      skipWhitespace();
      for (let index = 0; text[i] !== ']'; index++) {
        readValue(joinPath(path, index));
        skipWhitespace();
        if (text[i] === ',') i++;
        skipWhitespace();
      }
      i++;
    } else if (c === '"') {
      readString();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i] ?? '')) i++;
    }
  };

  readValue('');
  return lines;
}

export function joinPath(path: string, segment: string | number): string {
  if (typeof segment === 'number') return `${path}[${segment}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(segment)) return path === '' ? segment : `${path}.${segment}`;
  return `${path}[${JSON.stringify(segment)}]`;
}

export function formatPath(base: string, path: FieldPath): string {
  return path.reduce<string>((acc, segment) => joinPath(acc, segment), base);
}

/** The line of a path, or of its nearest ancestor that has one (a missing field → its object's line). */
export function lineOf(index: Map<string, number>, base: string, path: FieldPath): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const found = index.get(formatPath(base, path.slice(0, n)));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Line of a JSON.parse error, from the position V8 reports ("… at position 123" or "(line 4 column 7)"). */
export function lineOfSyntaxError(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : '';
  const explicit = /line (\d+) column \d+/.exec(message);
  if (explicit) return Number(explicit[1]);
  const position = /at position (\d+)/.exec(message);
  if (position) return text.slice(0, Number(position[1])).split('\n').length;
  if (/Unexpected end of JSON input/.test(message)) return text.split('\n').length;
  return undefined;
}
