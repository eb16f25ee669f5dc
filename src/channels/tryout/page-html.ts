import { LOCALES, type Locale } from '../../domain/locale.ts';
import { escapeHtml } from './html-text.ts';
import { LANGUAGE_NAMES, PAGE_LABELS } from './page-labels.ts';
import { PAGE_SCRIPT } from './page-script.ts';
import { PAGE_STYLE } from './page-style.ts';

export interface TryoutPageOptions {
  locale: Locale;
  /** Per-response CSP nonce for the inline style and script (see tryout-routes.ts). */
  nonce: string;
}

/** The whole try-out page: self-contained, no external resources, every word in `locale`. */
export function renderTryoutPage({ locale, nonce }: TryoutPageOptions): string {
  const words = PAGE_LABELS[locale];
  const e = escapeHtml;
  const languages = LOCALES.map((other) => {
    const current = other === locale ? ' aria-current="page"' : '';
    return `<li><a href="/?lang=${other}" lang="${other}" hreflang="${other}"${current}>${e(LANGUAGE_NAMES[other])}</a></li>`;
  }).join('');

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
<main data-you="${e(words.you)}" data-bot="${e(words.bot)}" data-error="${e(words.error)}" data-forms-later="${e(words.formsLater)}">
<p class="intro">${e(words.intro)}</p>
<p class="privacy">${e(words.privacy)}</p>
<h2 class="visually-hidden" id="conversation-title">${e(words.conversation)}</h2>
<ol id="messages" class="messages" aria-live="polite" aria-labelledby="conversation-title"></ol>
<form id="composer" class="composer" autocomplete="off">
<label for="command">${e(words.inputLabel)}</label>
<div class="composer-row">
<input id="command" name="text" type="text" maxlength="2000" spellcheck="false">
<button type="submit" class="send">${e(words.send)}</button>
</div>
</form>
</main>
</div>
<script nonce="${e(nonce)}">${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
