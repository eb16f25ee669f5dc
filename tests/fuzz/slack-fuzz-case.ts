import { cleanStrings } from '../../src/channels/slack/classify-slack-body.ts';
import {
  buttonPressKeys,
  commandKey,
  eventKey,
  viewSubmissionKey,
} from '../../src/channels/slack/delivery-keys.ts';
import type { Draft, Fields, FuzzCase, Kind } from './slack-fuzz-bases.ts';
import { getAt, type Json, type Path } from './slack-fuzz-mutations.ts';

/** Encodes a draft as Slack would send it, with the keys and answers that identify it at the server. */

const FORM = 'application/x-www-form-urlencoded';
export function finish(n: number, draft: Draft): FuzzCase {
  const encoded =
    draft.raw ??
    (draft.transport === 'form'
      ? new URLSearchParams(draft.body as Fields).toString()
      : draft.transport === 'payload'
        ? new URLSearchParams({ payload: JSON.stringify(draft.body) }).toString()
        : JSON.stringify(draft.body));
  const contentType =
    'contentType' in draft ? draft.contentType : draft.transport === 'json' ? 'application/json' : FORM;
  // Keys as the listeners compute them, from the body as the receiver hands it on (text cleaned).
  const body = cleanStrings(draft.body) as Json;
  return {
    n,
    kind: draft.kind,
    label: draft.label.join(', '),
    expect: draft.expect,
    contentType,
    body: encoded,
    headers: draft.headers ?? {},
    keys: keysOf(draft.kind, body),
    replies: repliesOf(draft.kind, body, n),
  };
}

const text = (value: Json | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

function keysOf(kind: Kind, body: Json): string[] {
  const at = (...path: Path) => text(getAt(body, path));
  switch (kind) {
    case 'command':
      return at('trigger_id') ? [commandKey(at('trigger_id')!)] : [];
    case 'mention':
    case 'dm':
    case 'home':
      return at('event_id') ? [eventKey(at('event_id')!)] : [];
    case 'press': {
      const container = at('container', 'message_ts') ?? at('container', 'view_id') ?? at('trigger_id');
      const actionId = at('actions', 0, 'action_id');
      const actionTs = at('actions', 0, 'action_ts');
      if (!container || !actionId || !actionTs) return [];
      return buttonPressKeys({ container, actionId, value: at('actions', 0, 'value'), actionTs });
    }
    case 'submission':
      return at('view', 'id') && at('view', 'hash')
        ? [viewSubmissionKey(at('view', 'id')!, at('view', 'hash')!)]
        : [];
    case 'unhandled':
      return [];
  }
}

/**
 * The fake API calls that answer a case: `resp:~n~` (its response_url), `post:<channel>` (chat.postMessage),
 * `open:<trigger>` (views.open), `publish:<user>` (views.publish). See callSignature in the test.
 */
function repliesOf(kind: Kind, body: Json, n: number): string[] {
  const at = (...path: Path) => text(getAt(body, path));
  const list = (...items: (string | false | undefined)[]) => items.filter((item): item is string => !!item);
  switch (kind) {
    case 'command':
      return list(`resp:~${n}~`, at('trigger_id') && `open:${at('trigger_id')}`);
    case 'mention':
    case 'dm':
      return list(at('event', 'channel') && `post:${at('event', 'channel')}`);
    case 'home':
      return list(at('event', 'user') && `publish:${at('event', 'user')}`);
    case 'press':
      return list(
        `resp:~${n}~`,
        at('user', 'id') && `post:${at('user', 'id')}`,
        at('trigger_id') && `open:${at('trigger_id')}`,
      );
    case 'submission':
      return list(at('user', 'id') && `post:${at('user', 'id')}`);
    case 'unhandled':
      return [];
  }
}
