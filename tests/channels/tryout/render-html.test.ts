import { describe, expect, it } from 'vitest';
import { renderViewHtml } from '../../../src/channels/tryout/render-html.ts';
import {
  type Block,
  button,
  buttons,
  context,
  createView,
  divider,
  type FormField,
  fields,
  form,
  header,
  list,
  text,
} from '../../../src/views/view-model.ts';
import { textPlaces } from '../text-places.ts';

/** What a user might type, echoed back by a view: a script, a Slack broadcast, an attribute breakout. */
const HOSTILE = `<script>alert(1)</script> <!channel> "><img src=x onerror=alert(1)> 'x' & more`;

const render = (...blocks: Block[]) => renderViewHtml(createView('fallback', blocks));

/** A form that is only these fields. */
const formWith = (...fields: FormField[]) => form({ formId: 'f', title: 't', submitLabel: 'ok', fields });

function expectEscaped(html: string) {
  expect(html).not.toContain('<script');
  expect(html).not.toContain('<!channel>');
  expect(html).not.toContain('<img');
  expect(html).toContain('&quot;&gt;&lt;img src=x');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('&lt;!channel&gt;');
}

describe('renderViewHtml: escaping', () => {
  const cases: [string, Block][] = [
    ...textPlaces(HOSTILE),
    ['button value', buttons([button('help.show', 'ok', { value: HOSTILE })])],
    ['form submit label', form({ formId: 'f', title: 't', submitLabel: HOSTILE, fields: [] })],
    ['form id', form({ formId: HOSTILE, title: 't', submitLabel: 'ok', fields: [] })],
    [
      'form field label and initial text',
      formWith({ id: 'a', kind: 'text', label: HOSTILE, required: false, initial: HOSTILE }),
    ],
    [
      'textarea initial',
      formWith({ id: 'a', kind: 'textarea', label: 'l', required: false, initial: HOSTILE }),
    ],
    [
      'select option',
      formWith({
        id: 'a',
        kind: 'select',
        label: 'l',
        required: false,
        options: [{ value: HOSTILE, label: HOSTILE }],
      }),
    ],
    [
      'multiselect option and label',
      formWith({
        id: 'a',
        kind: 'multiselect',
        label: HOSTILE,
        required: false,
        options: [{ value: HOSTILE, label: HOSTILE }],
        initial: [HOSTILE],
      }),
    ],
  ];

  it.each(cases)('escapes user input in the %s', (_name, block) => {
    expectEscaped(render(block));
  });

  it('escapes the fallback text it puts in the aria-label', () => {
    const html = renderViewHtml(createView(HOSTILE, [text('hi')]));
    expectEscaped(html);
    expect(html).toMatch(/^<article class="casus-view" aria-label="&lt;script&gt;/);
  });

  it('escapes text inside bold markup too', () => {
    expect(render(text('*<b>x</b>*'))).toContain('<strong>&lt;b&gt;x&lt;/b&gt;</strong>');
  });
});

describe('renderViewHtml: blocks', () => {
  it('renders *bold* as strong and leaves a lone asterisk alone', () => {
    expect(render(text('*hulp* — laat zien wat casus kan, 2 * 3'))).toContain(
      '<p class="view-text"><strong>hulp</strong> — laat zien wat casus kan, 2 * 3</p>',
    );
  });

  it('turns http(s) addresses into links, escaped, without the full stop that ends the sentence', () => {
    expect(
      render(text('Zet het in je agenda: http://localhost:3978/calendar/abc/casus-1%40casus.ics.')),
    ).toContain(
      'Zet het in je agenda: <a href="http://localhost:3978/calendar/abc/casus-1%40casus.ics" rel="noopener noreferrer" target="_blank">http://localhost:3978/calendar/abc/casus-1%40casus.ics</a>.',
    );
    const hostile = render(text('https://x.example/"><script>alert(1)</script>'));
    expect(hostile).toContain(
      '<a href="https://x.example/">https://x.example/</a>&quot;&gt;&lt;script&gt;'.replace(
        '">',
        '" rel="noopener noreferrer" target="_blank">',
      ),
    );
    expect(render(text('javascript:alert(1)'))).not.toContain('<a ');
  });

  it('renders bold in list items, fields and context', () => {
    const html = render(
      list([{ text: '*plan* — plan', meta: 'komt binnenkort' }], 'Commando’s'),
      fields([{ label: 'Wie', value: '*Sanne*' }]),
      context('*let op*'),
    );
    expect(html).toContain(
      '<li><strong>plan</strong> — plan <span class="view-meta">komt binnenkort</span></li>',
    );
    expect(html).toContain(
      '<dl class="view-fields"><div><dt>Wie</dt><dd><strong>Sanne</strong></dd></div></dl>',
    );
    expect(html).toContain('<small><strong>let op</strong></small>');
  });

  it('renders the header as h2 and a divider as hr', () => {
    expect(render(header('Acties'), divider())).toContain('<h2 class="view-header">Acties</h2><hr');
  });

  it('renders buttons with their action id, escaped value and style', () => {
    const html = render(
      buttons([
        button('help.command', 'plan', { value: '{"command":"plan"}', style: 'primary' }),
        button('help.show', 'Alles'),
      ]),
    );
    expect(html).toContain(
      '<button type="button" class="view-button primary" data-action-id="help.command" data-value="{&quot;command&quot;:&quot;plan&quot;}">plan</button>',
    );
    expect(html).toContain(
      '<button type="button" class="view-button" data-action-id="help.show">Alles</button>',
    );
  });

  it('renders a form with a labelled control for every field kind', () => {
    const html = render(
      form({
        formId: 'action.new',
        title: 'Nieuwe actie',
        submitLabel: 'Opslaan',
        fields: [
          { id: 'what', kind: 'text', label: 'Wat', required: true, initial: 'Bellen' },
          { id: 'note', kind: 'textarea', label: 'Toelichting', required: false },
          {
            id: 'who',
            kind: 'select',
            label: 'Wie',
            required: true,
            options: [
              { value: 'p-1', label: 'Sanne' },
              { value: 'p-2', label: 'Joost' },
            ],
            initial: 'p-2',
          },
          { id: 'due', kind: 'date', label: 'Wanneer', required: false, initial: '2025-03-31' },
          { id: 'days', kind: 'number', label: 'Dagen', required: false, min: 1, max: 30, initial: 7 },
        ],
      }),
    );
    expect(html).toContain('<form class="view-form" data-form-id="action.new">');
    expect(html).toContain('<legend>Nieuwe actie</legend>');
    expect(html).toMatch(
      /<label[^>]*><span[^>]*>Wat <span class="required"[^>]*>\*<\/span><\/span><input type="text" name="what" required value="Bellen"><\/label>/,
    );
    expect(html).toContain('<textarea name="note" rows="3"></textarea>');
    expect(html).toContain(
      '<select name="who" required><option value="p-1">Sanne</option><option value="p-2" selected>Joost</option></select>',
    );
    expect(html).toContain('<input type="date" name="due" value="2025-03-31">');
    expect(html).toContain('<input type="number" name="days" min="1" max="30" value="7">');
    expect(html).toContain('<button type="submit" class="view-button primary">Opslaan</button>');
  });

  it('offers an empty choice in a select without an initial value, so required means something', () => {
    const html = render(
      formWith({
        id: 's',
        kind: 'select',
        label: 'l',
        required: true,
        options: [{ value: 'a', label: 'A' }],
      }),
    );
    expect(html).toContain(
      '<select name="s" required><option value=""></option><option value="a">A</option>',
    );
  });

  it('renders a multiselect as a group of checkboxes under its label, the initial ones checked', () => {
    const html = render(
      form({
        formId: 'household:HH-2041',
        title: 'Leefgebieden',
        submitLabel: 'Opslaan',
        fields: [
          {
            id: 'domains',
            kind: 'multiselect',
            label: 'Welke leefgebieden?',
            required: true,
            options: [
              { value: 'housing', label: 'Wonen' },
              { value: 'money', label: 'Geld & schulden' },
            ],
            initial: ['money'],
          },
        ],
      }),
    );
    expect(html).toContain(
      '<fieldset class="view-field view-choices" data-choices="domains" data-required>' +
        '<legend class="view-field-label">Welke leefgebieden? <span class="required" aria-hidden="true">*</span></legend>' +
        '<label class="view-choice"><input type="checkbox" name="domains" value="housing"> Wonen</label>' +
        '<label class="view-choice"><input type="checkbox" name="domains" value="money" checked> Geld &amp; schulden</label>' +
        '</fieldset>',
    );
  });

  it('leaves an optional multiselect without data-required', () => {
    const html = render(
      formWith({
        id: 'm',
        kind: 'multiselect',
        label: 'l',
        required: false,
        options: [{ value: 'a', label: 'A' }],
      }),
    );
    expect(html).toContain('<fieldset class="view-field view-choices" data-choices="m"><legend');
    expect(html).not.toContain('checked');
  });

  it('marks only required fields as required', () => {
    const html = render(formWith({ id: 'x', kind: 'text', label: 'l', required: false }));
    expect(html).not.toContain('required');
  });
});
