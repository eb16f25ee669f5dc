import type { Button } from '../../views/view-model.ts';
import { MAX_LABEL_CHARS } from './adaptive-card-limits.ts';
import { truncate } from './adaptive-card-text.ts';
import type { ActionStyle, CardActionData, ExecuteAction } from './adaptive-card-types.ts';

const STYLES: Readonly<Record<NonNullable<Button['style']>, ActionStyle>> = {
  primary: 'positive',
  danger: 'destructive',
};

interface ActionSpec {
  title: string;
  verb: string;
  data: CardActionData;
  style?: ActionStyle;
  associatedInputs: 'auto' | 'none';
}

/**
 * Action.Execute, with an Action.Submit fallback carrying the same data for Teams clients without
 * Universal Actions:
 * https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/overview
 */
export function executeAction({ title, verb, data, style, associatedInputs }: ActionSpec): ExecuteAction {
  const shared =
    style === undefined ? { title, data, associatedInputs } : { title, data, style, associatedInputs };
  return { type: 'Action.Execute', verb, ...shared, fallback: { type: 'Action.Submit', ...shared } };
}

/**
 * A view button. The verb is the action id (Teams shows it to nobody; it routes the invoke) and the data
 * repeats it with the encoded value, because the Action.Submit fallback has no verb. A button takes no
 * inputs, so a half-filled form on the same card neither blocks it nor is sent with it.
 */
export function buttonAction(button: Button): ExecuteAction {
  const data =
    button.value === undefined
      ? { actionId: button.actionId }
      : { actionId: button.actionId, value: button.value };
  return executeAction({
    title: truncate(button.label, MAX_LABEL_CHARS),
    verb: button.actionId,
    data,
    style: button.style && STYLES[button.style],
    associatedInputs: 'none',
  });
}
