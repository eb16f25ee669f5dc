import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { PAGE_SCRIPT } from '../../../src/channels/tryout/page-script.ts';
import { dispatch, FakeElement, fakePage } from './fake-page-dom.ts';

const words = { you: 'Jij', bot: 'casus', error: 'Er ging iets mis.', formsLater: 'Nog niet.' };

function start(respond: () => Response) {
  const page = fakePage('nl', words);
  const fetch = vi.fn(async (_path: string, _init: RequestInit) => respond());
  runInNewContext(PAGE_SCRIPT, { document: page.document, fetch });
  const sent = (call = 0) => {
    const [path, init] = fetch.mock.calls[call] ?? [];
    return { path, body: JSON.parse(String(init?.body)) as unknown };
  };
  return { ...page, fetch, sent };
}

const ok = (html: string) => () => Response.json({ html, fallbackText: 'x' });
/** The n-th appended message: its class, who spoke, and the element holding what was said. */
function message(list: FakeElement, n: number) {
  const item = list.children[n];
  const [speaker, content] = item?.children ?? [];
  if (!item || !speaker || !content) throw new Error(`no message ${n}`);
  return { kind: item.className, who: speaker.textContent, content };
}

describe('try-out page script', () => {
  it('posts what the user typed and appends their line and the answer', async () => {
    const page = start(ok('<article>antwoord</article>'));
    page.command.value = ' hulp ';
    expect(dispatch(page.composer, 'submit').prevented).toBe(true);

    expect(page.sent()).toEqual({ path: '/tryout/message', body: { text: 'hulp', locale: 'nl' } });
    expect(page.command.value).toBe('');
    await vi.waitFor(() => expect(page.messages.children).toHaveLength(2));
    const user = message(page.messages, 0);
    expect([user.kind, user.who, user.content.textContent]).toEqual(['message from-user', 'Jij', 'hulp']);
    const answer = message(page.messages, 1);
    expect([answer.kind, answer.who]).toEqual(['message from-bot', 'casus']);
    expect(answer.content.innerHTML).toBe('<article>antwoord</article>');
  });

  it('sends nothing for an empty line', () => {
    const page = start(ok(''));
    page.command.value = '   ';
    dispatch(page.composer, 'submit');
    expect(page.fetch).not.toHaveBeenCalled();
  });

  it("posts a pressed button's action id and value", () => {
    const page = start(ok(''));
    const button = new FakeElement('button', { actionId: 'help.command', value: '{"command":"plan"}' });
    button.textContent = 'plan';
    dispatch(page.messages, 'click', button);
    expect(page.sent()).toEqual({
      path: '/tryout/action',
      body: { actionId: 'help.command', value: '{"command":"plan"}', locale: 'nl' },
    });
  });

  it('leaves the value out for a button without one', () => {
    const page = start(ok(''));
    dispatch(page.messages, 'click', new FakeElement('button', { actionId: 'help.show' }));
    expect(page.sent().body).toEqual({ actionId: 'help.show', locale: 'nl' });
  });

  it('ignores clicks outside buttons', () => {
    const page = start(ok(''));
    dispatch(page.messages, 'click', new FakeElement('p'));
    expect(page.fetch).not.toHaveBeenCalled();
  });

  it('says something went wrong when the server refuses', async () => {
    const page = start(() => Response.json({ error: 'bad-request' }, { status: 400 }));
    page.command.value = 'hulp';
    dispatch(page.composer, 'submit');
    await vi.waitFor(() => expect(page.messages.children).toHaveLength(2));
    expect(message(page.messages, 1).content.textContent).toBe('Er ging iets mis.');
  });

  it('keeps rendered forms from navigating away', () => {
    const page = start(ok(''));
    expect(dispatch(page.messages, 'submit').prevented).toBe(true);
    expect(message(page.messages, 0).content.textContent).toBe('Nog niet.');
  });
});
