import type { TryoutProfessional } from '../../app/ports/tryout-directory.ts';
import { LOCALES, type Locale } from '../../domain/locale.ts';
import { escapeHtml } from './html-text.ts';
import { LANGUAGE_NAMES, PAGE_LABELS, type PageLabels } from './page-labels.ts';
import { PAGE_SCRIPT } from './page-script.ts';
import { PAGE_STYLE } from './page-style.ts';

export interface TryoutPageOptions {
  locale: Locale;
  /** Per-response CSP nonce for the inline style and script (see tryout-routes.ts). */
  nonce: string;
  /** Who the visitor can be; the script restores the last pick from localStorage. */
  professionals: readonly TryoutProfessional[];
}

const e = escapeHtml;

/** The whole try-out page: self-contained, no external resources, every word in `locale`. */
export function renderTryoutPage({ locale, nonce, professionals }: TryoutPageOptions): string {
  const words = PAGE_LABELS[locale];
  const languages = LOCALES.map((other) => {
    const current = other === locale ? ' aria-current="page"' : '';
    return `<li><a href="/?lang=${other}" lang="${other}" hreflang="${other}"${current}>${e(LANGUAGE_NAMES[other])}</a></li>`;
  }).join('');
  const data = {
    you: words.you,
    bot: words.bot,
    error: words.error,
    'pick-one': words.pickOne,
    'pick-first': words.pickFirst,
    'live-lost': words.liveLost,
  };
  const dataAttributes = Object.entries(data)
    .map(([name, value]) => ` data-${name}="${e(value)}"`)
    .join('');

  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(words.title)}</title>
<style nonce="${e(nonce)}">${PAGE_STYLE}</style>
</head>
<body>
<div class="page">
<header class="top">
<h1>${e(words.heading)}</h1>
<nav class="languages" aria-label="${e(words.languageNav)}"><ul>${languages}</ul></nav>
</header>
<main${dataAttributes}>
<p class="intro">${e(words.intro)}</p>
<p class="privacy">${e(words.privacy)}</p>
<div class="who">
<label for="professional">${e(words.whoLabel)}</label>
<select id="professional" name="professional">${professionalOptions(professionals, locale, words)}</select>
</div>
<div class="tabs" role="tablist" aria-label="${e(words.conversations)}">
<button type="button" role="tab" id="tab-channel" data-conversation="channel" aria-controls="panel-channel" aria-selected="false">${e(words.teamChannel)}</button>
<button type="button" role="tab" id="tab-dm" data-conversation="dm" aria-controls="panel-dm" aria-selected="true">${e(words.directMessages)}</button>
</div>
<div id="conversations" class="conversations" data-active="dm">
<section id="panel-channel" class="conversation" role="tabpanel" aria-labelledby="channel-title">
<h2 id="channel-title">${e(words.teamChannel)}</h2>
<p class="conversation-note">${e(words.teamChannelNote)}</p>
<ol id="channel-messages" class="messages" aria-live="polite" aria-labelledby="channel-title"></ol>
</section>
<section id="panel-dm" class="conversation" role="tabpanel" aria-labelledby="dm-title">
<h2 id="dm-title">${e(words.directMessages)}</h2>
<p class="conversation-note">${e(words.directMessagesNote)}</p>
<ol id="dm-messages" class="messages" aria-live="polite" aria-labelledby="dm-title"></ol>
<form id="composer" class="composer" autocomplete="off">
<label for="command">${e(words.inputLabel)}</label>
<div class="composer-row">
<input id="command" name="text" type="text" maxlength="2000" spellcheck="false">
<button type="submit" class="send">${e(words.send)}</button>
</div>
</form>
</section>
</div>
</main>
</div>
<script nonce="${e(nonce)}">${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

/** "Name — Organisation · Discipline, Discipline", after an empty first choice that asks to pick. */
function professionalOptions(
  professionals: readonly TryoutProfessional[],
  locale: Locale,
  words: PageLabels,
): string {
  const options = professionals.map(({ key, name, organisation, disciplines }) => {
    const expertise = disciplines.map((discipline) => discipline[locale]).join(', ');
    const label = expertise === '' ? `${name} — ${organisation}` : `${name} — ${organisation} · ${expertise}`;
    return `<option value="${e(key)}">${e(label)}</option>`;
  });
  return `<option value="">${e(words.whoPlaceholder)}</option>${options.join('')}`;
}
