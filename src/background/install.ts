// First install opens the reader with a welcome (not on update); an update brings stored settings to the
// current shape (src/core/settings.ts lists the migrations).
import { browser } from '../platform/browser';
import { defaultSettingsStore } from '../platform/browser-settings';
import { openReaderTab } from '../platform/reader-tab';

export const WELCOME_QUERY = '?welcome=1';

// Firefox's temporary add-ons (about:debugging, web-ext run, the Firefox e2e tests) skip the welcome tab;
// Chrome has no such flag, so an unpacked load opens it like a real install.
browser.runtime.onInstalled.addListener(({ reason, temporary }) => {
  // Also on install: settings may already arrive through sync from another machine in an older shape.
  void defaultSettingsStore().migrateStoredSettings();
  if (reason === 'install' && !temporary) void openReaderTab(WELCOME_QUERY);
});
