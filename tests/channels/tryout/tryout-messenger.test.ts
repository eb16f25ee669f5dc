import { describe, expect, it } from 'vitest';
import { type HubMessage, MessageHub } from '../../../src/channels/tryout/message-hub.ts';
import { TryoutMessenger } from '../../../src/channels/tryout/tryout-messenger.ts';
import { createView, text } from '../../../src/views/view-model.ts';

const view = (words: string) => createView(words, [text(words)]);

function messenger(hub = new MessageHub()) {
  let n = 0;
  return new TryoutMessenger(hub, () => `m-${++n}`);
}

describe('TryoutMessenger', () => {
  it('is the messenger for platform tryout and answers with the generated message id', async () => {
    const tryout = messenger();
    expect(tryout.platform).toBe('tryout');
    const sent = await tryout.send({ target: 'user:p-1', view: view('hoi'), idempotencyKey: 'k-1' });
    expect(sent).toEqual({ platformMessageId: 'm-1' });
  });

  it('renders the view to the same HTML the answers use', async () => {
    const tryout = messenger();
    await tryout.send({ target: 'user:p-1', view: view('<b>hoi</b>'), idempotencyKey: 'k-1' });
    const [message] = tryout.subscribe(['user:p-1'], () => {}).backlog;
    expect(message?.html).toBe(
      '<article class="casus-view" aria-label="&lt;b&gt;hoi&lt;/b&gt;"><p class="view-text">&lt;b&gt;hoi&lt;/b&gt;</p></article>',
    );
    expect(message?.fallbackText).toBe('<b>hoi</b>');
  });

  it('delivers a retried send once and answers it with the first id', async () => {
    const tryout = messenger();
    const heard: HubMessage[] = [];
    tryout.subscribe(['user:p-1'], (message) => heard.push(message));
    const first = await tryout.send({ target: 'user:p-1', view: view('a'), idempotencyKey: 'same' });
    const again = await tryout.send({ target: 'user:p-1', view: view('a'), idempotencyKey: 'same' });
    expect(again).toEqual(first);
    expect(heard).toHaveLength(1);
  });
});

describe('TryoutMessenger.update', () => {
  it('keeps the new state of a pressed message for pages that open later, only in its own conversation', async () => {
    const tryout = messenger();
    await tryout.send({ target: 'user:p-1', view: view('Uitnodiging'), idempotencyKey: 'k-1' });
    expect(tryout.update('user:p-2', 'm-1', view('Je komt'))).toBe(false);
    expect(tryout.update('user:p-1', 'm-404', view('Je komt'))).toBe(false);
    expect(tryout.update('user:p-1', 'm-1', view('Je komt'))).toBe(true);
    const [kept, ...rest] = tryout.subscribe(['user:p-1'], () => {}).backlog;
    expect(rest).toEqual([]);
    expect(kept).toMatchObject({ id: 'm-1', fallbackText: 'Je komt' });
    expect(kept?.html).toContain('Je komt');
  });
});

describe('MessageHub', () => {
  const publish = (hub: MessageHub, target: `user:${string}`, id: string) =>
    hub.publish({ id, target, html: '', fallbackText: id });

  it('keeps only the last messages of each conversation', () => {
    const hub = new MessageHub({ perConversation: 2, conversations: 10 });
    for (const id of ['a', 'b', 'c']) publish(hub, 'user:p-1', id);
    expect(hub.subscribe(['user:p-1'], () => {}).backlog.map((m) => m.id)).toEqual(['b', 'c']);
  });

  it('forgets the least recently used conversation first', () => {
    const hub = new MessageHub({ perConversation: 5, conversations: 2 });
    publish(hub, 'user:p-1', 'a');
    publish(hub, 'user:p-2', 'b');
    publish(hub, 'user:p-1', 'c');
    publish(hub, 'user:p-3', 'd');
    const kept = (key: `user:${string}`) => hub.subscribe([key], () => {}).backlog.map((m) => m.id);
    expect([kept('user:p-1'), kept('user:p-2'), kept('user:p-3')]).toEqual([['a', 'c'], [], ['d']]);
  });

  it('hands live messages only to listeners of their conversation, until they unsubscribe', () => {
    const hub = new MessageHub();
    const heard: string[] = [];
    const subscription = hub.subscribe(['user:p-1'], (message) => heard.push(message.id));
    publish(hub, 'user:p-2', 'other');
    publish(hub, 'user:p-1', 'mine');
    subscription.unsubscribe();
    publish(hub, 'user:p-1', 'later');
    expect(heard).toEqual(['mine']);
    expect(hub.listenerCount('user:p-1')).toBe(0);
  });
});
