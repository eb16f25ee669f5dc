import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_SCRIPT } from '../../../src/channels/tryout/page-script.ts';
import { dispatch, FakeElement, FakeEventSource, fakeLocalStorage, fakePage } from './fake-page-dom.ts';

const words = {
  you: 'Jij',
  bot: 'casus',
  error: 'Er ging iets mis.',
  pickOne: 'Kies er minstens één.',
  pickFirst: 'Kies eerst.',
  liveLost: 'Niet meer live.',
};
const STORAGE_KEY = 'casus.tryout.professional';

function start(respond: () => Response, stored: Record<string, string> = { [STORAGE_KEY]: 'demo-yara' }) {
  const page = fakePage('nl', words, ['demo-yara', 'demo-koen']);
  const fetch = vi.fn(async (_path: string, _init: RequestInit) => respond());
  const localStorage = fakeLocalStorage(stored);
  runInNewContext(PAGE_SCRIPT, {
    document: page.document,
    fetch,
    localStorage,
    EventSource: FakeEventSource,
  });
  const sent = (call = 0) => {
    const [path, init] = fetch.mock.calls[call] ?? [];
    return { path, body: JSON.parse(String(init?.body)) as unknown };
  };
  const dm = page['dm-messages'];
  const channel = page['channel-messages'];
  const stream = () => FakeEventSource.opened.at(-1);
  return { ...page, dm, channel, fetch, sent, localStorage, stream };
}

const ok = (html: string) => () => Response.json({ html, fallbackText: 'x' });
/** The n-th appended message: its class, who spoke, and the element holding what was said. */
function message(list: FakeElement, n: number) {
  const item = list.children[n];
  const [speaker, content] = item?.children ?? [];
  if (!item || !speaker || !content) throw new Error(`no message ${n}`);
  return { kind: item.className, who: speaker.textContent, content };
}

beforeEach(() => {
  FakeEventSource.opened.length = 0;
});

describe('try-out page script: talking', () => {
  it('posts what the user typed as the picked professional and appends their line and the answer', async () => {
    const page = start(ok('<article>antwoord</article>'));
    page.command.value = ' hulp ';
    expect(dispatch(page.composer, 'submit').prevented).toBe(true);

    expect(page.sent()).toEqual({
      path: '/tryout/message',
      body: { text: 'hulp', locale: 'nl', professionalKey: 'demo-yara' },
    });
    expect(page.command.value).toBe('');
    await vi.waitFor(() => expect(page.dm.children).toHaveLength(2));
    const user = message(page.dm, 0);
    expect([user.kind, user.who, user.content.textContent]).toEqual(['message from-user', 'Jij', 'hulp']);
    const answer = message(page.dm, 1);
    expect([answer.kind, answer.who]).toEqual(['message from-bot', 'casus']);
    expect(answer.content.innerHTML).toBe('<article>antwoord</article>');
  });

  it('sends nothing for an empty line', () => {
    const page = start(ok(''));
    page.command.value = '   ';
    dispatch(page.composer, 'submit');
    expect(page.fetch).not.toHaveBeenCalled();
  });

  it("posts a pressed button's action id and value, and answers in the view of the button", async () => {
    const page = start(ok('<p>ok</p>'));
    const button = new FakeElement('button', { actionId: 'help.command', value: '{"command":"plan"}' });
    button.textContent = 'plan';
    dispatch(page.channel, 'click', button);
    expect(page.sent()).toEqual({
      path: '/tryout/action',
      body: {
        actionId: 'help.command',
        value: '{"command":"plan"}',
        conversation: 'channel',
        locale: 'nl',
        professionalKey: 'demo-yara',
      },
    });
    await vi.waitFor(() => expect(page.channel.children).toHaveLength(2));
    expect(page.dm.children).toHaveLength(0);
  });

  it('leaves the value out for a button without one', () => {
    const page = start(ok(''));
    dispatch(page.dm, 'click', new FakeElement('button', { actionId: 'help.show' }));
    expect(page.sent().body).toEqual({
      actionId: 'help.show',
      conversation: 'dm',
      locale: 'nl',
      professionalKey: 'demo-yara',
    });
  });

  it('ignores clicks outside buttons', () => {
    const page = start(ok(''));
    dispatch(page.dm, 'click', new FakeElement('p'));
    expect(page.fetch).not.toHaveBeenCalled();
  });

  it('says something went wrong when the server refuses', async () => {
    const page = start(() =>
      Response.json({ error: 'bad-request', message: 'text: too long' }, { status: 400 }),
    );
    page.command.value = 'hulp';
    dispatch(page.composer, 'submit');
    await vi.waitFor(() => expect(page.dm.children).toHaveLength(2));
    expect(message(page.dm, 1).content.textContent).toBe('Er ging iets mis.');
  });

  it("shows the server's words when it does not know the professional", async () => {
    const page = start(() =>
      Response.json({ error: 'unknown-professional', message: 'Ken ik niet.' }, { status: 400 }),
    );
    page.command.value = 'hulp';
    dispatch(page.composer, 'submit');
    await vi.waitFor(() => expect(page.dm.children).toHaveLength(2));
    expect(message(page.dm, 1).content.textContent).toBe('Ken ik niet.');
  });
});

/** A rendered form as the page holds it: a text field, a required multiselect, and a submit button. */
function householdForm(chosen: string[] = []) {
  const form = new FakeElement('form', { formId: 'household:HH-2041' });
  const fieldset = new FakeElement('fieldset');
  const name = Object.assign(new FakeElement('input'), { type: 'text', name: 'name', value: 'Jansen' });
  const note = Object.assign(new FakeElement('textarea'), { name: 'note', value: '' });
  const group = new FakeElement('fieldset', { choices: 'domains', required: '' });
  const boxes = ['housing', 'money', 'health'].map((value) =>
    Object.assign(new FakeElement('input'), {
      type: 'checkbox',
      name: 'domains',
      value,
      checked: chosen.includes(value),
    }),
  );
  group.append(...boxes);
  const submit = Object.assign(new FakeElement('button'), { type: 'submit', textContent: 'Opslaan' });
  fieldset.append(name, note, group, submit);
  form.append(fieldset);
  return { form, fieldset, boxes };
}

describe('try-out page script: forms', () => {
  it('posts a submitted form with its id, its values and the view it is in, and answers below it', async () => {
    const page = start(ok('<p>opgeslagen</p>'));
    const { form, fieldset } = householdForm(['money', 'health']);
    page.channel.append(form);
    expect(dispatch(page.channel, 'submit', form).prevented).toBe(true);

    expect(page.sent()).toEqual({
      path: '/tryout/form',
      body: {
        formId: 'household:HH-2041',
        values: { name: 'Jansen', note: '', domains: 'money,health' },
        conversation: 'channel',
        locale: 'nl',
        professionalKey: 'demo-yara',
      },
    });
    await vi.waitFor(() => expect(page.channel.children).toHaveLength(3));
    expect(message(page.channel, 1).content.textContent).toBe('Opslaan');
    expect(message(page.channel, 2).content.innerHTML).toBe('<p>opgeslagen</p>');
    expect(fieldset.disabled).toBe(true);
  });

  it('asks for a choice in a required multiselect instead of sending, until one is checked', async () => {
    const page = start(ok('<p>ok</p>'));
    const { form, boxes } = householdForm();
    page.dm.append(form);
    dispatch(page.dm, 'submit', form);
    expect(page.fetch).not.toHaveBeenCalled();
    expect([boxes[0]?.validationMessage, boxes[0]?.reported]).toEqual(['Kies er minstens één.', true]);

    boxes[1]!.checked = true;
    dispatch(page.dm, 'change', boxes[1]);
    expect(boxes[0]?.validationMessage).toBe('');
    dispatch(page.dm, 'submit', form);
    expect(page.sent().body).toMatchObject({ values: { domains: 'money' }, conversation: 'dm' });
  });

  it('keeps the form usable when the server refuses it', async () => {
    const page = start(() => Response.json({ error: 'bad-request' }, { status: 400 }));
    const { form, fieldset } = householdForm(['money']);
    page.dm.append(form);
    dispatch(page.dm, 'submit', form);
    await vi.waitFor(() => expect(page.dm.children).toHaveLength(3));
    expect(message(page.dm, 2).content.textContent).toBe('Er ging iets mis.');
    expect(fieldset.disabled).toBe(false);
  });
});

describe('try-out page script: who is talking', () => {
  it('asks to pick someone first, with the composer off and no stream, when nothing was picked before', () => {
    const page = start(ok(''), {});
    expect(page.command.disabled).toBe(true);
    expect(page.composer.submitButton?.disabled).toBe(true);
    expect(message(page.dm, 0).content.textContent).toBe('Kies eerst.');
    expect(FakeEventSource.opened).toHaveLength(0);
    page.command.value = 'hulp';
    dispatch(page.composer, 'submit');
    expect(page.fetch).not.toHaveBeenCalled();
  });

  it('ignores a remembered professional who is no longer in the list', () => {
    const page = start(ok(''), { [STORAGE_KEY]: 'demo-gone' });
    expect(page.professional.value).toBe('');
    expect(page.command.disabled).toBe(true);
  });

  it('restores the remembered professional and listens for their messages', () => {
    const page = start(ok(''));
    expect(page.professional.value).toBe('demo-yara');
    expect(page.command.disabled).toBe(false);
    expect(page.stream()?.url).toBe('/tryout/events?professionalKey=demo-yara&lang=nl');
  });

  it('remembers a new pick, clears both views and listens as the new professional', () => {
    const page = start(ok(''));
    const first = page.stream();
    page.stream()?.emit('message', { data: JSON.stringify({ conversation: 'dm', html: 'x', id: 'm-1' }) });
    page.professional.value = 'demo-koen';
    dispatch(page.professional, 'change');
    expect(page.localStorage.items.get(STORAGE_KEY)).toBe('demo-koen');
    expect(first?.closed).toBe(true);
    expect(page.dm.children).toHaveLength(0);
    expect(page.stream()?.url).toBe('/tryout/events?professionalKey=demo-koen&lang=nl');
  });
});

describe('try-out page script: live messages', () => {
  const event = (conversation: string, id: string) => ({
    data: JSON.stringify({ conversation, html: `<p>${id}</p>`, fallbackText: id, id }),
  });

  it('appends each message to its view once, however often the stream replays it', () => {
    const page = start(ok(''));
    page.stream()?.emit('message', event('dm', 'm-1'));
    page.stream()?.emit('message', event('channel', 'm-2'));
    page.stream()?.emit('message', event('dm', 'm-1'));
    expect(page.dm.children.map((item) => item.children[1]?.innerHTML)).toEqual(['<p>m-1</p>']);
    expect(page.channel.children.map((item) => item.children[1]?.innerHTML)).toEqual(['<p>m-2</p>']);
  });

  it('marks the tab of a view that is not shown, until it is shown', () => {
    const page = start(ok(''));
    page.stream()?.emit('message', event('channel', 'm-1'));
    expect(page['tab-channel'].classes.has('has-new')).toBe(true);
    dispatch(page['tab-channel'], 'click');
    expect(page.conversations.dataset.active).toBe('channel');
    expect(page['tab-channel'].attributes.get('aria-selected')).toBe('true');
    expect(page['tab-dm'].attributes.get('aria-selected')).toBe('false');
    expect(page['tab-channel'].classes.has('has-new')).toBe(false);
  });

  it('says so when the server closes the stream for good, and not for a retry', () => {
    const page = start(ok(''));
    page.stream()?.emit('error');
    expect(page.dm.children).toHaveLength(0);
    const stream = page.stream();
    if (stream) stream.readyState = 2;
    stream?.emit('error');
    expect(message(page.dm, 0).content.textContent).toBe('Niet meer live.');
  });
});
