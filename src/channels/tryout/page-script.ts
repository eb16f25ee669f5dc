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

  function appendAnswer(conversation, html, messageId) {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    // A message casus sent on its own keeps its id, so pressing a button on it updates it in place.
    if (messageId) holder.dataset.messageId = messageId;
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

  /**
   * Posts and appends the answer to the same view, or puts it in place of "replacing" (the pressed message,
   * as Slack and Teams update theirs); true when there was an answer.
   */
  async function ask(path, body, conversation, replacing) {
    if (busy) return false;
    busy = true;
    lists[conversation].setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...body, locale, professionalKey: picker.value }),
      });
      if (!response.ok) {
        appendNote(conversation, await refusal(response));
        return false;
      }
      const answer = await response.json();
      if (replacing) replacing.innerHTML = answer.html;
      else appendAnswer(conversation, answer.html);
      return true;
    } catch {
      appendNote(conversation, words.error);
      return false;
    } finally {
      busy = false;
      lists[conversation].removeAttribute('aria-busy');
    }
  }

  /**
   * A form's values by field id, as the server reads them: what was typed or chosen, the checked boxes of
   * a multiselect joined by ',' ('' when none). A prototype-less object keeps a field called __proto__.
   */
  function formValues(form) {
    const values = Object.create(null);
    const chosen = Object.create(null);
    for (const element of Array.from(form.elements)) {
      if (!element.name) continue;
      if (element.type === 'checkbox') {
        chosen[element.name] = chosen[element.name] || [];
        if (element.checked) chosen[element.name].push(element.value);
      } else {
        values[element.name] = element.value;
      }
    }
    for (const name of Object.keys(chosen)) values[name] = chosen[name].join(',');
    return values;
  }

  /** HTML cannot require "at least one" of a group of checkboxes; the first box of such a group says so. */
  function missingChoice(form) {
    for (const group of Array.from(form.querySelectorAll('fieldset[data-required]'))) {
      const boxes = Array.from(group.querySelectorAll('input[type="checkbox"]'));
      if (boxes.length > 0 && !boxes.some((box) => box.checked)) return boxes[0];
    }
    return null;
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
      appendAnswer(message.conversation === 'channel' ? 'channel' : 'dm', message.html, message.id);
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
      const kept = button.closest('[data-message-id]');
      const body = { actionId: button.dataset.actionId, conversation };
      if (button.dataset.value !== undefined) body.value = button.dataset.value;
      if (kept) {
        body.messageId = kept.dataset.messageId;
        ask('/tryout/action', body, conversation, kept);
      } else {
        appendUser(conversation, button.textContent);
        ask('/tryout/action', body, conversation);
      }
    });
    // The browser checked the form's own rules before this fires; the answer goes below it, and the form
    // is switched off once answered, as Slack closes its modal and Teams replaces its card.
    list.addEventListener('submit', async (event) => {
      event.preventDefault();
      const form = event.target.closest('form[data-form-id]');
      if (!form || busy || picker.value === '') return;
      const missing = missingChoice(form);
      if (missing) {
        missing.setCustomValidity(words.pickOne);
        missing.reportValidity();
        return;
      }
      const submit = form.querySelector('button[type="submit"]');
      appendUser(conversation, submit ? submit.textContent : form.dataset.formId);
      const body = { formId: form.dataset.formId, values: formValues(form), conversation };
      const fieldset = form.querySelector('fieldset');
      if (fieldset) fieldset.disabled = true;
      const answered = await ask('/tryout/form', body, conversation);
      if (fieldset && !answered) fieldset.disabled = false;
    });
    list.addEventListener('change', (event) => {
      const group = event.target.closest('fieldset[data-required]');
      if (!group) return;
      for (const box of Array.from(group.querySelectorAll('input[type="checkbox"]'))) box.setCustomValidity('');
    });
  }

  const stored = recall();
  const known = Array.from(picker.options).some((option) => option.value !== '' && option.value === stored);
  if (known) picker.value = stored;
  choose(picker.value);
  (picker.value === '' ? picker : input).focus();
})();
`;
