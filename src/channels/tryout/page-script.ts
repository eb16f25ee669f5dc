/**
 * The try-out page's browser script, inline and without a build step. It reads its words from data-
 * attributes on <main>, posts what the user types or presses, and appends the server-rendered answer.
 * Answer HTML comes from renderViewHtml, which escapes everything, so inserting it as HTML is safe; the
 * user's own line is inserted as text.
 */
export const PAGE_SCRIPT = `
'use strict';
(() => {
  const main = document.querySelector('main');
  const messages = document.getElementById('messages');
  const composer = document.getElementById('composer');
  const input = document.getElementById('command');
  const locale = document.documentElement.lang;
  const words = main.dataset;
  let busy = false;

  function append(kind, who, content) {
    const item = document.createElement('li');
    item.className = 'message ' + kind;
    const speaker = document.createElement('span');
    speaker.className = 'speaker';
    speaker.textContent = who;
    item.append(speaker, content);
    messages.append(item);
    item.scrollIntoView({ block: 'nearest' });
  }

  function appendUser(text) {
    const line = document.createElement('p');
    line.className = 'user-text';
    line.textContent = text;
    append('from-user', words.you, line);
  }

  function appendNote(text) {
    const line = document.createElement('p');
    line.className = 'note';
    line.textContent = text;
    append('from-bot', words.bot, line);
  }

  function appendAnswer(html) {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    append('from-bot', words.bot, holder);
  }

  async function ask(path, body) {
    if (busy) return;
    busy = true;
    messages.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const answer = await response.json();
      appendAnswer(answer.html);
    } catch {
      appendNote(words.error);
    } finally {
      busy = false;
      messages.removeAttribute('aria-busy');
    }
  }

  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text === '' || busy) return;
    appendUser(text);
    input.value = '';
    ask('/tryout/message', { text, locale });
  });

  messages.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action-id]');
    if (!button || busy) return;
    appendUser(button.textContent);
    const body = { actionId: button.dataset.actionId, locale };
    if (button.dataset.value !== undefined) body.value = button.dataset.value;
    ask('/tryout/action', body);
  });

  // Rendered forms have no endpoint yet; say so instead of navigating away.
  messages.addEventListener('submit', (event) => {
    event.preventDefault();
    appendNote(words.formsLater);
  });

  input.focus();
})();
`;
