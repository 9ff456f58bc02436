import type { Lang } from '../core/packs/pack-schema';
import type { SettingChange } from '../core/settings/settings-file';
import type { Settings } from '../core/settings/settings';
import type { MythInfo } from './myth-info';
import type { UiText } from './ui-text';

/** Everything the options page shows. */
export interface OptionsView {
  lang: Lang;
  t: UiText;
  myths: readonly MythInfo[];
  settings: Settings;
  /** Matches dismissed with "Not hype here", and on how many pages. */
  dismissed: { claims: number; pages: number };
  /** The changes of a file waiting to be imported, or null. */
  pendingImport: readonly SettingChange[] | null;
  /** The reset button was pressed and waits for confirmation. */
  confirmingReset: boolean;
  /** The rule-pack sections, which keep their own state across redraws (see start-packs-panel). */
  packsPanel?: HTMLElement | null;
}

/** What the options page's controls do. */
export interface OptionsHandlers {
  update(change: (s: Settings) => Settings): void;
  removeSite(list: 'sitesOff' | 'sitesOn', rule: string): void;
  clearDismissed(): void;
  exportFile(): void;
  importFile(file: File): void;
  applyImport(): void;
  cancelImport(): void;
  askReset(): void;
  cancelReset(): void;
  confirmReset(): void;
}
