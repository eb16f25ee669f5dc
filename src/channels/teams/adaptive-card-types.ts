/**
 * The subset of the Adaptive Card schema that casus renders, typed by hand so the renderer needs no SDK.
 * Property names follow the schema exactly: https://adaptivecards.io/explorer/
 *
 * Version 1.5 is the newest Teams supports and the one Universal Actions (Action.Execute) need:
 * https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards
 */
export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const ADAPTIVE_CARD_VERSION = '1.5';
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: typeof ADAPTIVE_CARD_SCHEMA;
  version: typeof ADAPTIVE_CARD_VERSION;
  /** Shown by clients that cannot render the card. */
  fallbackText: string;
  body: CardElement[];
  refresh?: CardRefresh;
}

/** Teams calls the refresh action when one of `userIds` opens the card (user-specific views). */
export interface CardRefresh {
  action: RefreshAction;
  userIds: string[];
}

export type CardElement =
  | CardTextBlock
  | CardFactSet
  | CardContainer
  | CardActionSet
  | CardVerticalBarChart
  | TextInput
  | ChoiceSetInput
  | DateInput
  | NumberInput;

interface ElementBase {
  /** A line above the element: how a view's divider shows in a card. */
  separator?: boolean;
  spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
}

export interface CardTextBlock extends ElementBase {
  type: 'TextBlock';
  /** Adaptive Card markdown: see adaptive-card-text.ts for what is escaped. */
  text: string;
  /** Always true: without it Teams cuts text off after one line. */
  wrap: true;
  size?: 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
  weight?: 'Lighter' | 'Default' | 'Bolder';
  isSubtle?: boolean;
  fontType?: 'Default' | 'Monospace';
}

/**
 * Teams' own chart element (Adaptive Cards 1.5 in Teams, not in the base schema): one bar per point, `x` the label.
 * `fallback` is what a client without charts shows instead: https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/charts-in-adaptive-cards
 */
export interface CardVerticalBarChart extends ElementBase {
  type: 'Chart.VerticalBar';
  title?: string;
  data: { x: string; y: number }[];
  xAxisTitle?: string;
  yAxisTitle?: string;
  fallback: CardTextBlock;
}

export interface CardFact {
  title: string;
  value: string;
}

export interface CardFactSet extends ElementBase {
  type: 'FactSet';
  facts: CardFact[];
}

export interface CardContainer extends ElementBase {
  type: 'Container';
  items: CardElement[];
}

export interface CardActionSet extends ElementBase {
  type: 'ActionSet';
  actions: ExecuteAction[];
}

/** What our buttons and forms put in `data`; Teams merges input values into it on submit. */
export type CardActionData = { actionId: string; value?: string } | { formId: string };

export type ActionStyle = 'default' | 'positive' | 'destructive';

interface ActionBase {
  title: string;
  data: CardActionData;
  style?: ActionStyle;
  /** 'none' for buttons, so a form on the same card neither blocks them nor rides along. */
  associatedInputs: 'auto' | 'none';
}

export interface SubmitAction extends ActionBase {
  type: 'Action.Submit';
}

export interface ExecuteAction extends ActionBase {
  type: 'Action.Execute';
  verb: string;
  /** For clients without Universal Actions, which then send a message activity instead of an invoke. */
  fallback: SubmitAction;
}

export interface RefreshAction {
  type: 'Action.Execute';
  verb: string;
  data: { refresh: true };
}

interface InputBase extends ElementBase {
  id: string;
  /** Plain text: input labels are not markdown. */
  label: string;
  isRequired: boolean;
  errorMessage?: string;
}

export interface TextInput extends InputBase {
  type: 'Input.Text';
  isMultiline?: boolean;
  maxLength?: number;
  value?: string;
}

export interface CardChoice {
  title: string;
  value: string;
}

/**
 * A dropdown ('compact') or, for a multiselect with few options, checkboxes ('expanded'). A multiselect's
 * `value` is its chosen values joined by ',', both initially and when submitted:
 * https://adaptivecards.io/explorer/Input.ChoiceSet.html
 */
export interface ChoiceSetInput extends InputBase {
  type: 'Input.ChoiceSet';
  style: 'compact' | 'expanded';
  isMultiSelect: boolean;
  choices: CardChoice[];
  value?: string;
}

/** Values are 'YYYY-MM-DD'. */
export interface DateInput extends InputBase {
  type: 'Input.Date';
  value?: string;
}

export interface NumberInput extends InputBase {
  type: 'Input.Number';
  value?: number;
  min?: number;
  max?: number;
}
