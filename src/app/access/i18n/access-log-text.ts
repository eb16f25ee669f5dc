import type { Locale } from '../../../domain/locale.ts';
import { translator } from '../../i18n/translate.ts';
import type { AccessLogLine } from '../../ports/access-log.ts';
import { type AccessLogKey, accessLogEn } from './access-log-en.ts';
import { accessLogNl } from './access-log-nl.ts';

export type { AccessLogKey };

export const accessLogText = translator<AccessLogKey>({ nl: accessLogNl, en: accessLogEn });

/**
 * Who an entry was by, for people: the professional's name (and on whose behalf, for `--as`), or the
 * operator, the import, the demo data or a job. The key is not shown: names are what a resident recognises.
 */
export function whoOf(locale: Locale, line: Pick<AccessLogLine, 'actor' | 'onBehalfOf'>): string {
  const behalf = line.onBehalfOf;
  const by = behalf ? byWhom(locale, behalf) : undefined;
  if (line.actor) {
    return by && behalf !== line.actor.key
      ? accessLogText(locale, 'who.on-behalf', { actor: line.actor.name, operator: by })
      : line.actor.name;
  }
  return by ?? accessLogText(locale, 'who.nobody');
}

function byWhom(locale: Locale, behalf: string): string {
  if (behalf === 'operator') return accessLogText(locale, 'who.operator');
  if (behalf === 'import') return accessLogText(locale, 'who.import');
  if (behalf === 'demo-seed') return accessLogText(locale, 'who.demo-seed');
  if (behalf.startsWith('job:')) return accessLogText(locale, 'who.job', { name: behalf.slice(4) });
  return behalf;
}

/** kind, action, channel and outcome of an entry in words. */
export function wordsOf(locale: Locale, line: AccessLogLine) {
  const t = (key: string) =>
    key in accessLogEn ? accessLogText(locale, key as AccessLogKey) : key.slice(key.indexOf('.') + 1);
  return {
    kind: t(`kind.${line.kind}`),
    action: t(`action.${line.action}`),
    channel: t(`channel.${line.channel}`),
    outcome: t(`outcome.${line.outcome}`),
  };
}
