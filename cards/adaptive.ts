/**
 * The small part of Adaptive Cards 1.5 this project builds, as plain JSON. Teams renders 1.5;
 * every card is validated by the adaptivecards parser in the tests.
 */

export type CardJson = string | number | boolean | null | CardJson[] | { [key: string]: CardJson };
export type CardElement = { type: string; [key: string]: CardJson };
export type CardAction = { type: 'Action.Submit' | 'Action.OpenUrl' | 'Action.ToggleVisibility'; title: string; [key: string]: CardJson };

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  [key: string]: CardJson | undefined;
}

export function adaptiveCard(body: CardElement[], actions: CardAction[] = [], speak?: string): AdaptiveCard {
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
  };
  if (actions.length > 0) card.actions = actions;
  if (speak !== undefined) card.speak = speak;
  return card;
}

export type TextStyle = {
  spacing?: 'Small' | 'Default' | 'Medium' | 'Large';
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  weight?: 'Lighter' | 'Default' | 'Bolder';
  /**
   * Only colours every host draws readably on its card: Teams' dark theme draws attention text at
   * 3.2:1 and its light theme warning text at 1.5:1, so a problem or a caution sits in a styled box
   * in the box's own colour instead (`problemLine`, `cautionLine` in fragments.ts).
   */
  color?: 'Default' | 'Accent';
  isSubtle?: boolean;
  style?: 'heading';
};

export function textBlock(text: string, style: TextStyle = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...style };
}

/**
 * Shows or hides the elements with these ids, on the card itself (Adaptive Cards 1.2 and later): Teams
 * and Web Chat both draw it, and what it opens stays where it belongs, above the card's own actions.
 */
export function toggleAction(title: string, targets: string[]): CardAction {
  return { type: 'Action.ToggleVisibility', title, targetElements: targets };
}

export function container(items: CardElement[], style?: 'emphasis' | 'attention' | 'warning' | 'good' | 'accent'): CardElement {
  const element: CardElement = { type: 'Container', items };
  if (style !== undefined) element.style = style;
  return element;
}

export function factSet(facts: Array<{ title: string; value: string }>): CardElement {
  return { type: 'FactSet', facts };
}

/** A button that posts its data. */
export function submitAction(title: string, data: { [key: string]: CardJson }, style?: 'positive' | 'destructive'): CardAction {
  const action: CardAction = { type: 'Action.Submit', title, data };
  if (style !== undefined) action.style = style;
  return action;
}

export function openUrlAction(title: string, url: string): CardAction {
  return { type: 'Action.OpenUrl', title, url };
}

export function actionSet(actions: CardAction[]): CardElement {
  return { type: 'ActionSet', actions };
}
