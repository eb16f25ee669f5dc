/** Calm, readable, high-contrast; the focus ring is always visible for keyboard users. */
export const PAGE_STYLE = `
:root {
  --bg: #f5f6f4; --surface: #ffffff; --text: #1d2521; --muted: #55605a; --line: #d9ddd8;
  --accent: #1f6b5c; --accent-text: #ffffff; --danger: #a23b2a; --user: #e6f0ec; --focus: #f2b705;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #151a18; --surface: #1e2522; --text: #e8ece9; --muted: #a9b3ad; --line: #35403b;
    --accent: #5fb8a3; --accent-text: #0f1513; --danger: #f08a76; --user: #23332d;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.page { max-width: 80rem; margin: 0 auto; padding: 1.5rem 1rem 2rem; }
.top { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; flex-wrap: wrap; }
h1 { font-size: 1.5rem; margin: 0; }
.languages ul { list-style: none; display: flex; gap: 0.75rem; margin: 0; padding: 0; }
.languages a { color: var(--accent); }
.languages a[aria-current] { color: var(--text); font-weight: 600; text-decoration: none; }
.intro { color: var(--muted); margin: 0.75rem 0 0; }
.privacy { color: var(--muted); font-size: 0.9rem; margin: 0.25rem 0 1.25rem; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.who { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.75rem; margin: 0 0 1.25rem; }
.who label { font-weight: 600; }
.who select { flex: 1; min-width: 0; max-width: 40rem; }
/* Side by side where there is room; on narrow screens the tabs choose which one shows. */
.conversations { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; align-items: start; }
.conversation { border: 1px solid var(--line); border-radius: 0.75rem; padding: 1rem; min-width: 0; }
.conversation h2 { font-size: 1.1rem; margin: 0; }
.conversation-note { color: var(--muted); font-size: 0.9rem; margin: 0.25rem 0 1rem; }
.tabs { display: none; gap: 0.5rem; margin: 0 0 0.75rem; }
.tabs [role="tab"] {
  flex: 1; border: 1px solid var(--line); background: var(--surface); border-radius: 0.5rem;
  padding: 0.4rem 0.75rem; cursor: pointer;
}
.tabs [aria-selected="true"] { border-color: var(--accent); color: var(--accent); font-weight: 600; }
.tabs .has-new::after { content: " •"; color: var(--danger); }
@media (max-width: 52rem) {
  .tabs { display: flex; }
  .conversations { grid-template-columns: 1fr; }
  .conversations[data-active="dm"] #panel-channel, .conversations[data-active="channel"] #panel-dm { display: none; }
}
.messages { list-style: none; margin: 0 0 1rem; padding: 0; display: flex; flex-direction: column; gap: 0.75rem; }
.message { padding: 0.75rem 1rem; border-radius: 0.75rem; border: 1px solid var(--line); background: var(--surface); }
.message.from-user { background: var(--user); align-self: flex-end; max-width: 85%; }
.speaker { display: block; font-size: 0.8rem; font-weight: 600; color: var(--muted); }
.user-text, .note { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.casus-view > * { margin: 0.5rem 0 0; }
.casus-view > :first-child { margin-top: 0.25rem; }
.view-header { font-size: 1.15rem; }
.view-title { font-size: 1rem; margin: 0 0 0.25rem; }
.view-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.view-list ul { margin: 0; padding-left: 1.25rem; }
.view-meta { color: var(--muted); font-size: 0.85rem; }
.view-meta::before { content: "· "; }
.view-fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
.view-fields div { display: contents; }
.view-fields dt { color: var(--muted); }
.view-fields dd { margin: 0; }
.view-context { color: var(--muted); }
.view-chart { margin: 0.5rem 0 0; }
.view-chart .chart { display: block; width: 100%; max-width: 32rem; height: auto; }
.chart-bar { fill: var(--accent); }
.chart-axis { stroke: var(--line); }
.chart-value, .chart-label { fill: var(--muted); font-size: 9px; }
.view-divider { border: 0; border-top: 1px solid var(--line); }
.view-buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; }
button, input, select, textarea { font: inherit; color: inherit; }
button:disabled, input:disabled { opacity: 0.55; cursor: not-allowed; }
.view-button, .send {
  border: 1px solid var(--accent); background: var(--surface); color: var(--accent);
  border-radius: 0.5rem; padding: 0.35rem 0.9rem; cursor: pointer;
}
.view-button.primary, .send { background: var(--accent); color: var(--accent-text); }
.view-button.danger { border-color: var(--danger); color: var(--danger); }
.view-form fieldset { border: 1px solid var(--line); border-radius: 0.5rem; margin: 0; padding: 0.75rem; }
.view-form legend { font-weight: 600; padding: 0 0.25rem; }
.view-field { display: flex; flex-direction: column; gap: 0.2rem; margin-bottom: 0.6rem; }
.view-choices { border: 0; padding: 0; margin: 0 0 0.6rem; }
.view-choices legend { font-weight: normal; padding: 0; margin-bottom: 0.2rem; }
.view-choice { display: flex; align-items: center; gap: 0.4rem; }
.required { color: var(--danger); }
input, select, textarea {
  background: var(--surface); border: 1px solid var(--muted); border-radius: 0.4rem; padding: 0.4rem 0.5rem;
}
.composer { display: flex; flex-direction: column; gap: 0.35rem; }
.composer label { font-weight: 600; }
.composer-row { display: flex; gap: 0.5rem; }
.composer input { flex: 1; min-width: 0; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
`;
