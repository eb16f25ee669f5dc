import type { TryoutEvent } from '../../../src/channels/tryout/tryout-events.ts';

/**
 * Reads a Server-Sent Events response frame by frame, as EventSource would, so route tests can watch the
 * stream without a browser. `close` aborts the request like a page that goes away.
 */
export async function openEventStream(url: string) {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  const body = response.body;
  if (!body) throw new Error('no body');
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';

  /** The next frame (the text between blank lines), or undefined when the server ended the stream. */
  async function nextFrame(): Promise<string | undefined> {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        return frame;
      }
      const { value, done } = await reader.read();
      if (done) return undefined;
      buffer += value;
    }
  }

  /** The next data event, skipping comments and the retry hint. */
  async function nextEvent(): Promise<TryoutEvent> {
    for (;;) {
      const frame = await nextFrame();
      if (frame === undefined) throw new Error('the stream ended');
      if (frame.startsWith('data: ')) return JSON.parse(frame.slice('data: '.length)) as TryoutEvent;
    }
  }

  return { response, nextFrame, nextEvent, close: () => controller.abort() };
}
