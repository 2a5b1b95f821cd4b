/**
 * The project settings file, wujian.yaml, as option defaults: the nearest one above the working
 * folder (model/settings.ts) is read once, before a command whose options it sets runs, and each
 * option declared with `setting` (table/types.ts) takes the setting's value unless the command line
 * gives one. Loaded by main.ts only then, so `--version` and `--help` read no file.
 */
import { hasErrors } from '../model/diagnostic.js';
import { displayPath } from '../model/files.js';
import { findSettingsFile, loadSettingsFile, type Settings } from '../model/settings.js';
import type { Lang } from '../model/types.js';
import { printDiagnostics } from './diagnostics.js';
import type { IO } from './io.js';
import type { OptionDefaults } from './parse.js';
import type { CommandSpec, OptionSpec, SettingName } from './table/types.js';

/**
 * The defaults wujian.yaml gives `command`'s options (none without a settings file); undefined when
 * the file has errors, which are printed, located, as every diagnostic is.
 * @example readSettingsDefaults(analyze, 'zh', io) // { calendar: ['/office/节假日/2027.yaml'] }
 */
export function readSettingsDefaults(command: CommandSpec<any>, lang: Lang, io: IO): OptionDefaults | undefined {
  const file = findSettingsFile(io.cwd);
  if (!file) return {};
  const { settings, diagnostics } = loadSettingsFile(file);
  printDiagnostics(io, diagnostics.map((d) => ({ ...d, file: displayPath(io, d.file) })), lang);
  if (!settings || hasErrors(diagnostics)) return undefined;
  const defaults: Record<string, OptionDefaults[string]> = {};
  for (const [name, spec] of Object.entries<OptionSpec>(command.options)) {
    if (spec.type === 'text' && spec.setting) defaults[name] = settingValue(settings, spec.setting);
  }
  return defaults;
}

/** A setting's value as its option takes it: the calendar files as absolute paths. */
function settingValue(settings: Settings, name: SettingName): OptionDefaults[string] {
  switch (name) {
    case 'calendar':
      return settings.calendar.map((c) => c.file);
  }
}
