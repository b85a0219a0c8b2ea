// Settings read for a console: the schema's findings (checkSettings) as short lines, capped. Apart from
// settings.ts because the content script, which logs nothing into the page's console, never needs them.

import { MAX_PROBLEMS } from './limits';
import { checkSettings, type Settings, type SettingsIssue } from './settings';

export interface ParsedSettings {
  readonly settings: Settings;
  /**
   * One line per issue (missing, invalid or unknown; see checkSettings), in field order; never more than
   * MAX_PROBLEMS, the last one counting the rest.
   */
  readonly problems: readonly string[];
}

const ISSUE_TEXT: Readonly<Record<SettingsIssue['code'], string>> = {
  field: 'invalid, using the default',
  unknown: 'unknown, ignored',
  duplicate: 'a repeated site, dropped',
};

/**
 * Settings from whatever storage held, repaired field by field (checkSettings), with the issues as lines
 * for a console. A missing value (first run) is no problem.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const { settings, issues } = checkSettings(raw);
  const problems = issues.map((found) => {
    const field = found.code === 'duplicate' ? `settings.disabledSites: ${found.field}` : found.field;
    return `${field.slice(0, 60)}: ${found.note ?? ISSUE_TEXT[found.code]}`;
  });
  if (problems.length > MAX_PROBLEMS)
    problems.splice(
      MAX_PROBLEMS - 1,
      Infinity,
      `settings: ${problems.length - MAX_PROBLEMS + 1} more problems`,
    );
  return { settings, problems };
}
