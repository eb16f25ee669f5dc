/**
 * The try-out page's browser script, inline and without a build step. It reads its words from data-
 * attributes on <main>, lets the visitor pick a demo professional (kept in localStorage, sent with every
 * request as `professionalKey`), posts what they type or press, and appends the server-rendered answer.
 * Messages casus sends on its own initiative arrive over /tryout/events and go to the team channel or
 * the direct messages view.
 *
 * Answer HTML comes from renderViewHtml, which escapes everything, so inserting it as HTML is safe; the
 * user's own line is inserted as text.
 */
export const PAGE_SCRIPT = `
'use strict';
(() => {
  const STORAGE_KEY = 'casus.tryout.professional';
  const EVENT_SOURCE_CLOSED = 2;
  const main = document.querySelector('main');
  const words = main.dataset;
  const locale = document.documentElement.lang;
  const picker = document.getElementById('professional');
  const composer = document.getElementById('composer');
  const input = document.getElementById('command');
  const sendButton = composer.querySelector('button[type="submit"]');
  const views = document.getElementById('conversations');
  const lists = {
    dm: document.getElementById('dm-messages'),
    channel: document.getElementById('channel-messages'),
  };
  const tabs = { dm: document.getElementById('tab-dm'), channel: document.getElementById('tab-channel') };
  let busy = false;
  let events = null;
  // Ids of proactive messages on screen: the stream replays its backlog on every (re)connect.
  let shown = new Set();

  function append(conversation, kind, who, content) {
    const item = document.createElement('li');
    item.className = 'message ' + kind;
    const speaker = document.createElement('span');
    speaker.className = 'speaker';
    speaker.textContent = who;
    item.append(speaker, content);
    lists[conversation].append(item);
    item.scrollIntoView({ block: 'nearest' });
    if (views.dataset.active !== conversation) tabs[conversation].classList.add('has-new');
  }

  function appendUser(conversation, text) {
    const line = document.createElement('p');
    line.className = 'user-text';
    line.textContent = text;
    append(conversation, 'from-user', words.you, line);
  }

  function appendNote(conversation, text) {
    const line = document.createElement('p');
    line.className = 'note';
    line.textContent = text;
    append(conversation, 'from-bot', words.bot, line);
  }

  function appendAnswer(conversation, html) {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    append(conversation, 'from-bot', words.bot, holder);
  }

  /** Only the unknown-professional refusal is written for readers; other refusals get the generic note. */
  async function refusal(response) {
    try {
      const body = await response.json();
      if (body.error === 'unknown-professional') return body.message;
    } catch {}
    return words.error;
  }

  async function ask(path, body, conversation) {
    if (busy) return;
    busy = true;
    lists[conversation].setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...body, locale, professionalKey: picker.value }),
      });
      if (!response.ok) return appendNote(conversation, await refusal(response));
      const answer = await response.json();
      appendAnswer(conversation, answer.html);
    } catch {
      appendNote(conversation, words.error);
    } finally {
      busy = false;
      lists[conversation].removeAttribute('aria-busy');
    }
  }

  function listen(key) {
    if (events) events.close();
    events = null;
    if (key === '') return;
    const query = 'professionalKey=' + encodeURIComponent(key) + '&lang=' + encodeURIComponent(locale);
    const source = new EventSource('/tryout/events?' + query);
    source.addEventListener('message', (event) => {
      const message = JSON.parse(event.data);
      if (shown.has(message.id)) return;
      shown.add(message.id);
      appendAnswer(message.conversation === 'channel' ? 'channel' : 'dm', message.html);
    });
    // EventSource retries by itself after a network error; CLOSED means the server refused for good.
    source.addEventListener('error', () => {
      if (source === events && source.readyState === EVENT_SOURCE_CLOSED) appendNote('dm', words.liveLost);
    });
    events = source;
  }

  // Storage can be switched off (private modes, strict settings); the page then simply forgets.
  function remember(key) {
    try {
      localStorage.setItem(STORAGE_KEY, key);
    } catch {}
  }
  function recall() {
    try {
      return localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  }

  function choose(key) {
    lists.dm.replaceChildren();
    lists.channel.replaceChildren();
    shown = new Set();
    input.disabled = key === '';
    sendButton.disabled = key === '';
    if (key === '') appendNote('dm', words.pickFirst);
    listen(key);
  }

  function show(conversation) {
    views.dataset.active = conversation;
    for (const [name, tab] of Object.entries(tabs)) {
      tab.setAttribute('aria-selected', String(name === conversation));
      if (name === conversation) tab.classList.remove('has-new');
    }
  }

  picker.addEventListener('change', () => {
    remember(picker.value);
    choose(picker.value);
    if (picker.value !== '') input.focus();
  });

  for (const [conversation, tab] of Object.entries(tabs)) {
    tab.addEventListener('click', () => show(conversation));
  }

  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text === '' || busy || picker.value === '') return;
    appendUser('dm', text);
    input.value = '';
    ask('/tryout/message', { text }, 'dm');
  });

  for (const [conversation, list] of Object.entries(lists)) {
    list.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-action-id]');
      if (!button || busy || picker.value === '') return;
      appendUser(conversation, button.textContent);
      const body = { actionId: button.dataset.actionId };
      if (button.dataset.value !== undefined) body.value = button.dataset.value;
      ask('/tryout/action', body, conversation);
    });
    // Rendered forms have no endpoint yet; say so instead of navigating away.
    list.addEventListener('submit', (event) => {
      event.preventDefault();
      appendNote(conversation, words.formsLater);
    });
  }

  const stored = recall();
  const known = Array.from(picker.options).some((option) => option.value !== '' && option.value === stored);
  if (known) picker.value = stored;
  choose(picker.value);
  (picker.value === '' ? picker : input).focus();
})();
`;
