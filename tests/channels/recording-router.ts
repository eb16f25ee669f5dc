import type { Feature } from '../../src/app/feature.ts';
import {
  type ActionRequest,
  createRouter,
  type FormRequest,
  type Router,
  type TextRequest,
} from '../../src/app/router.ts';
import { createView, form, header, text } from '../../src/views/view-model.ts';

export type RoutedRequest =
  | ({ kind: 'text' } & TextRequest)
  | ({ kind: 'action' } & ActionRequest)
  | ({ kind: 'form' } & FormRequest);

/**
 * A test area with a form, as a real feature would have: `household <ref>` answers with a form whose id
 * carries the reference, and submitting it says back what arrived and whether the answer is private (the
 * way a use case decides whether care details may be shown).
 */
export const householdFormFeature: Feature = {
  commands: {
    household: ([reference = 'HH-0000'], { privateConversation }) =>
      createView(`Huishouden ${reference}`, [
        header(`Huishouden ${reference}`),
        text(privateConversation ? 'Alleen jij ziet dit.' : 'Iedereen hier ziet dit.'),
        form({
          formId: `note:${reference}`,
          title: 'Notitie toevoegen',
          submitLabel: 'Opslaan',
          fields: [
            { id: 'note', kind: 'textarea', label: 'Notitie', required: true },
            {
              id: 'domains',
              kind: 'multiselect',
              label: 'Leefgebieden',
              required: false,
              options: [
                { value: 'housing', label: 'Wonen' },
                { value: 'money', label: 'Geld' },
                { value: 'health', label: 'Gezondheid' },
              ],
              initial: ['money'],
            },
          ],
        }),
      ]),
  },
  forms: {
    note: (values, subject, { privateConversation }) =>
      createView('Opgeslagen', [
        text(`Opgeslagen voor ${subject}: ${JSON.stringify(values)}`),
        text(privateConversation ? 'privé' : 'gedeeld'),
      ]),
  },
};

/** The real router with the test feature, writing down every request so tests see what a channel passed. */
export function recordingRouter(features: readonly Feature[] = [householdFormFeature]) {
  const requests: RoutedRequest[] = [];
  const real = createRouter({ features });
  const router: Router = {
    handleText(request) {
      requests.push({ kind: 'text', ...request });
      return real.handleText(request);
    },
    handleAction(request) {
      requests.push({ kind: 'action', ...request });
      return real.handleAction(request);
    },
    handleForm(request) {
      requests.push({ kind: 'form', ...request });
      return real.handleForm(request);
    },
    showHome: (request) => real.showHome(request),
  };
  return { router, requests };
}
