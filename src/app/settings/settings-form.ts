import type { Locale } from '../../domain/locale.ts';
import type { FormField } from '../../views/view-model.ts';
import type { FormValues } from '../feature.ts';
import type { SettingsMessageKey } from './i18n/en.ts';
import { settingsText as t } from './settings-text.ts';
import { DEFAULT_TEAM_SETTINGS, type TeamSettings } from './team-settings.ts';

/** The settings form's kind; its subject is the team's id (`team-settings:<teamId>`). */
export const SETTINGS_FORM = 'team-settings';

type Group = 'planning' | 'households' | 'nudges' | 'protection' | 'digest' | 'rotations';
type Kind = 'number' | 'text' | 'yes-no' | 'weekday';

/**
 * Every setting `casus settings` edits except the expertise rules and the optional roles (lists of rules, for
 * the functional administrator), in groups. A field's id is the setting's path in Team.settings, which is also
 * the path a validation problem names, so a problem is shown with the field's own label.
 */
const FIELDS: readonly { path: string; group: Group; kind: Kind }[] = [
  { path: 'followUpWeeks', group: 'planning', kind: 'number' },
  { path: 'conferenceMinutes', group: 'planning', kind: 'number' },
  { path: 'horizonWorkingDays', group: 'planning', kind: 'number' },
  { path: 'travelBufferMinutes', group: 'planning', kind: 'number' },
  { path: 'noticeHours', group: 'planning', kind: 'number' },
  { path: 'householdReference.pattern', group: 'households', kind: 'text' },
  { path: 'householdReference.example', group: 'households', kind: 'text' },
  { path: 'consentReminderDays', group: 'households', kind: 'number' },
  { path: 'helperLimits.withoutCoordinator', group: 'households', kind: 'number' },
  { path: 'helperLimits.total', group: 'households', kind: 'number' },
  { path: 'nudges.remindBeforeWorkingDays', group: 'nudges', kind: 'number' },
  { path: 'nudges.overdueEveryWorkingDays', group: 'nudges', kind: 'number' },
  { path: 'nudges.escalateToCoordinatorAfter', group: 'nudges', kind: 'number' },
  { path: 'nudges.escalateToCoachAfter', group: 'nudges', kind: 'number' },
  { path: 'nudges.blockedEscalationWorkingDays', group: 'nudges', kind: 'number' },
  { path: 'protection.maxDelayWorkingDays', group: 'protection', kind: 'number' },
  { path: 'protection.freezeHours', group: 'protection', kind: 'number' },
  { path: 'protection.acuteCallsFirstDiscipline', group: 'protection', kind: 'yes-no' },
  { path: 'digest.weekday', group: 'digest', kind: 'weekday' },
  { path: 'digest.time', group: 'digest', kind: 'text' },
  { path: 'digest.personal', group: 'digest', kind: 'yes-no' },
  { path: 'rotations.twoRolesPerConference', group: 'rotations', kind: 'yes-no' },
  { path: 'rotations.announceWorkingDaysBefore', group: 'rotations', kind: 'number' },
];

export const SETTINGS_FORM_PATHS: readonly string[] = FIELDS.map((f) => f.path);

type Value = string | number | boolean;

/** "Plannen — Vervolgoverleg na (weken)": the group first, so a flat form still reads in groups. */
export function settingLabel(locale: Locale, path: string): string {
  const field = FIELDS.find((f) => f.path === path);
  const label = t(locale, `field.${path}` as SettingsMessageKey);
  return field ? `${t(locale, `group.${field.group}`)} — ${label}` : path;
}

/**
 * The form's fields, prefilled with the team's values (or, after a refused submission, with what was typed).
 * No min or max on the numbers: the limits are checked by parseTeamSettings, so every platform says the same.
 */
export function settingsFields(locale: Locale, settings: TeamSettings, typed?: FormValues): FormField[] {
  const yesNo = [
    { value: 'yes', label: t(locale, 'yes') },
    { value: 'no', label: t(locale, 'no') },
  ];
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => ({
    value: String(d),
    label: t(locale, `weekday.${d}` as SettingsMessageKey),
  }));
  return FIELDS.map(({ path, kind }) => {
    const base = { id: path, label: settingLabel(locale, path), required: false };
    const value = valueAt(settings, path);
    const initial = typed ? typed[path] : formText(value);
    switch (kind) {
      case 'number': {
        // Every platform's number input sends digits or nothing; what was typed is shown again as typed.
        const number = initial !== undefined && /^-?\d+$/.test(initial.trim()) ? Number(initial) : undefined;
        return { ...base, kind: 'number', ...(number !== undefined ? { initial: number } : {}) };
      }
      case 'text':
        return { ...base, kind: 'text', initial: initial ?? '' };
      case 'yes-no':
        return { ...base, kind: 'select', options: yesNo, ...(initial ? { initial } : {}) };
      default:
        return { ...base, kind: 'select', options: weekdays, ...(initial ? { initial } : {}) };
    }
  });
}

export interface SettingChange {
  path: string;
  from: Value;
  /** undefined: back to the default. */
  to: Value | undefined;
}

/**
 * The stored settings after the form: a field whose value differs from the team's current one is set (emptied:
 * removed, so the default applies again); everything else, the expertise rules included, stays as stored.
 */
export function applySettingsForm(
  stored: Record<string, unknown>,
  current: TeamSettings,
  values: FormValues,
): { next: Record<string, unknown>; changes: SettingChange[] } {
  const next = structuredClone(stored);
  const changes: SettingChange[] = [];
  for (const { path, kind } of FIELDS) {
    const from = valueAt(current, path);
    const to = readValue(kind, values[path]);
    if (to === undefined) {
      if (!hasPath(next, path)) continue;
      removePath(next, path);
      if (from !== valueAt(DEFAULT_TEAM_SETTINGS, path)) changes.push({ path, from, to });
      continue;
    }
    if (to === from) continue;
    setPath(next, path, to);
    changes.push({ path, from, to });
  }
  return { next, changes };
}

/** A value as the confirmation shows it: yes/no, a weekday's name, the default when emptied. */
export function valueText(locale: Locale, path: string, value: Value | undefined): string {
  if (value === undefined)
    return `${t(locale, 'value.default')} (${valueText(locale, path, valueAt(DEFAULT_TEAM_SETTINGS, path))})`;
  if (typeof value === 'boolean') return t(locale, value ? 'yes' : 'no');
  if (path === 'digest.weekday' && typeof value === 'number' && value >= 1 && value <= 7)
    return t(locale, `weekday.${value}` as SettingsMessageKey);
  return String(value);
}

/** What a field holds: a number as typed when it is not a whole number, so the validator names the mistake. */
function readValue(kind: Kind, raw: string | undefined): Value | undefined {
  const typed = raw?.trim() ?? '';
  if (typed === '') return undefined;
  switch (kind) {
    case 'number':
    case 'weekday':
      return /^-?\d+$/.test(typed) ? Number(typed) : typed;
    case 'yes-no':
      return typed === 'yes' ? true : typed === 'no' ? false : typed;
    default:
      return typed;
  }
}

function formText(value: Value): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

function valueAt(settings: unknown, path: string): Value {
  let node: unknown = settings;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  return node as Value;
}

function hasPath(target: Record<string, unknown>, path: string): boolean {
  const keys = path.split('.');
  let node: unknown = target;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

function setPath(target: Record<string, unknown>, path: string, value: Value): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const child = node[key];
    if (typeof child !== 'object' || child === null || Array.isArray(child)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

/** Removes the key, and a group left empty by it, so Team.settings keeps only what the team changed. */
function removePath(target: Record<string, unknown>, path: string): void {
  const [first, second] = path.split('.') as [string, string | undefined];
  if (second === undefined) {
    delete target[first];
    return;
  }
  const group = target[first] as Record<string, unknown>;
  delete group[second];
  if (Object.keys(group).length === 0) delete target[first];
}
