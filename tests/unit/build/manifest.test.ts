// The source manifest and what each browser's build gets from it.
import { describe, expect, test } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { manifestFor, targetFromEnv } from '../../../vite.config';

describe('source manifest', () => {
  test('asks for storage, contextMenus and (Chrome) sidePanel only, no host permissions', () => {
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'sidePanel']);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
  });

  test('is MV3 with a background for each browser and a gecko id', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background.service_worker).toBe(manifest.background.scripts[0]);
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    // ::highlight() paints text-decoration (the default dotted and solid marks) only from Firefox 146.
    expect(
      Number.parseFloat(manifest.browser_specific_settings.gecko.strict_min_version),
    ).toBeGreaterThanOrEqual(146);
  });

  test('runs the content script in every frame, about:blank ones included', () => {
    const [script] = manifest.content_scripts;
    expect(script?.all_frames).toBe(true);
    expect(script?.match_about_blank).toBe(true);
  });
});

describe('per-browser manifests', () => {
  test('Chrome gets no gecko settings; Firefox keeps them', () => {
    expect(manifestFor('chrome')).not.toHaveProperty('browser_specific_settings');
    expect(manifestFor('firefox')).toHaveProperty('browser_specific_settings.gecko.id');
  });

  test('each build carries only its own panel: side_panel and sidePanel for Chrome, sidebar_action for Firefox', () => {
    const chrome = manifestFor('chrome') as unknown as Record<string, unknown>;
    const firefox = manifestFor('firefox') as unknown as Record<string, unknown>;
    expect(chrome).toHaveProperty('side_panel.default_path', 'src/sidepanel/index.html');
    expect(chrome).not.toHaveProperty('sidebar_action');
    expect(chrome.permissions).toContain('sidePanel');
    expect(firefox).toHaveProperty('sidebar_action.default_panel', 'src/sidepanel/index.html');
    // Firefox opens a sidebar at install unless told not to; the popup stays the default.
    expect(firefox).toHaveProperty('sidebar_action.open_at_install', false);
    expect(firefox).not.toHaveProperty('side_panel');
    expect(firefox.permissions).not.toContain('sidePanel');
  });

  test('Firefox for Android is in scope, from the same version as desktop', () => {
    const gecko = manifest.browser_specific_settings;
    expect(gecko.gecko_android.strict_min_version).toBe(gecko.gecko.strict_min_version);
  });

  test('the source manifest is not mutated by deriving a target', () => {
    manifestFor('chrome');
    expect(manifest).toHaveProperty('browser_specific_settings');
  });

  test('TARGET is chrome by default, firefox on request, and anything else is an error', () => {
    expect(targetFromEnv(undefined)).toBe('chrome');
    expect(targetFromEnv('firefox')).toBe('firefox');
    expect(() => targetFromEnv('safari')).toThrow(/chrome" or "firefox/);
  });
});

describe('commands', () => {
  // Chromium 156 silently refuses to load an extension whose manifest suggests keys for more than four
  // commands, _execute_action included (found here: the service worker never starts, no error shown).
  test('suggest keys for at most four commands, _execute_action included', () => {
    const suggested = Object.values(manifest.commands).filter((command) => 'suggested_key' in command);
    expect(suggested.length).toBeLessThanOrEqual(4);
  });

  test('every command but _execute_action has a localised description', () => {
    for (const [name, command] of Object.entries(manifest.commands)) {
      if (name !== '_execute_action')
        expect((command as { description?: string }).description).toMatch(/^__MSG_\w+__$/);
    }
  });
});
