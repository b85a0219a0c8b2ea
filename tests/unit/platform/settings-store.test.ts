import { describe, expect, test, vi } from 'vitest';

// No mock of webextension-polyfill: the store must not import it (the polyfill throws outside an extension,
// so this file would fail to load). The store under test gets a fake storage.

const { createSettingsStore } = await import('../../../src/platform/settings-store');
const { SETTINGS_AREA_KEY } = await import('../../../src/core/settings-area');
const { DEFAULT_SETTINGS, LEGACY_ENABLED_KEY, SETTINGS_KEY } = await import('../../../src/core/settings');
type StorageLike = import('../../../src/platform/settings-store').StorageLike;

type Listener = (changes: Record<string, unknown>, area: string) => void;

/** A storage.sync/local pair that behaves like the browser's, with switches to make sync fail. */
function fakeStorage(initial: { sync?: Record<string, unknown>; local?: Record<string, unknown> } = {}) {
  const data = { sync: { ...initial.sync }, local: { ...initial.local } };
  const listeners = new Set<Listener>();
  const fail = { syncGet: false, syncSet: false, localSet: false };
  const emit = (area: 'sync' | 'local', changes: Record<string, unknown>) => {
    for (const listener of listeners) listener(changes, area);
  };
  const area = (name: 'sync' | 'local') => ({
    async get(keys: string[]) {
      if (name === 'sync' && fail.syncGet) throw new Error('sync is unavailable');
      const items: Record<string, unknown> = {};
      for (const key of keys) if (key in data[name]) items[key] = structuredClone(data[name][key]);
      return items;
    },
    async set(items: Record<string, unknown>) {
      if (name === 'sync' && fail.syncSet) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      if (name === 'local' && fail.localSet) throw new Error('disk full');
      const changes: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data[name][key], newValue: value };
        data[name][key] = structuredClone(value);
      }
      emit(name, changes);
    },
    async remove(keys: string[]) {
      const changes: Record<string, unknown> = {};
      for (const key of keys) {
        if (key in data[name]) changes[key] = { oldValue: data[name][key] };
        delete data[name][key];
      }
      if (Object.keys(changes).length > 0) emit(name, changes);
    },
  });
  const storage: StorageLike = {
    sync: area('sync'),
    local: area('local'),
    onChanged: { addListener: (cb) => listeners.add(cb), removeListener: (cb) => listeners.delete(cb) },
  };
  return { storage, data, fail, listeners };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loadSettings', () => {
  test('first run: the defaults, no report', async () => {
    const report = vi.fn();
    const store = createSettingsStore(fakeStorage().storage, report);
    expect(await store.loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(report).not.toHaveBeenCalled();
  });

  test('garbage in storage: the defaults, reported once however often it is read', async () => {
    const report = vi.fn();
    const store = createSettingsStore(fakeStorage({ sync: { [SETTINGS_KEY]: 'garbage' } }).storage, report);
    expect(await store.loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await store.loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(report).toHaveBeenCalledTimes(1);
  });

  test('sync throws: read from local instead, reported, no throw', async () => {
    const fake = fakeStorage({ local: { [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, theme: 'dark' } } });
    fake.fail.syncGet = true;
    const report = vi.fn();
    expect((await createSettingsStore(fake.storage, report).loadSettings()).theme).toBe('dark');
    expect(report.mock.calls[0]?.[0]).toMatch(/sync is unavailable/);
  });

  test('no sync at all: local', async () => {
    const fake = fakeStorage({ local: { [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, theme: 'light' } } });
    const store = createSettingsStore({ ...fake.storage, sync: undefined }, vi.fn());
    expect((await store.loadSettings()).theme).toBe('light');
  });

  test('the v0 key alone reads as its value, in memory', async () => {
    const store = createSettingsStore(
      fakeStorage({ sync: { [LEGACY_ENABLED_KEY]: false } }).storage,
      vi.fn(),
    );
    expect((await store.loadSettings()).enabled).toBe(false);
  });

  test('a reporter that throws does not break a read', async () => {
    const store = createSettingsStore(fakeStorage({ sync: { [SETTINGS_KEY]: 1 } }).storage, () => {
      throw new Error('no console');
    });
    expect(await store.loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('saveSettings', () => {
  test('writes the whole validated object to sync', async () => {
    const fake = fakeStorage();
    const store = createSettingsStore(fake.storage, vi.fn());
    const saved = await store.saveSettings({ markStyle: 'tint' });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'tint' });
    expect(fake.data.sync[SETTINGS_KEY]).toEqual(saved);
    expect(fake.data.local).toEqual({});
  });

  test('an invalid patch field is not written and is reported', async () => {
    const fake = fakeStorage();
    const report = vi.fn();
    const saved = await createSettingsStore(fake.storage, report).saveSettings({
      hoverDelayMs: Number.NaN,
      theme: 'dark',
    });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(report).toHaveBeenCalledTimes(1);
  });

  test('sync over quota: written to local with the marker, later reads come from local', async () => {
    const fake = fakeStorage();
    fake.fail.syncSet = true;
    const report = vi.fn();
    const store = createSettingsStore(fake.storage, report);
    const saved = await store.saveSettings({ theme: 'dark' });
    expect(fake.data.local).toEqual({ [SETTINGS_KEY]: saved, [SETTINGS_AREA_KEY]: 'local' });
    expect(report.mock.calls[0]?.[0]).toMatch(/quota/);
    expect((await store.loadSettings()).theme).toBe('dark');
    // Sync works again: the settings go back there and the local copy is cleared.
    fake.fail.syncSet = false;
    await store.saveSettings({ markStyle: 'none' });
    expect(fake.data.sync[SETTINGS_KEY]).toMatchObject({ theme: 'dark', markStyle: 'none' });
    expect(fake.data.local).toEqual({});
  });

  test('both areas refuse: reported, resolves anyway', async () => {
    const fake = fakeStorage();
    fake.fail.syncSet = true;
    fake.fail.localSet = true;
    const report = vi.fn();
    await expect(
      createSettingsStore(fake.storage, report).saveSettings({ theme: 'dark' }),
    ).resolves.toBeDefined();
    expect(report).toHaveBeenCalledTimes(2);
  });

  test('quick successive saves do not lose each other', async () => {
    const fake = fakeStorage();
    const store = createSettingsStore(fake.storage, vi.fn());
    await Promise.all([
      store.saveSettings({ theme: 'dark' }),
      store.saveSettings({ markStyle: 'solid' }),
      store.saveSettings({ density: 'all' }),
    ]);
    expect(fake.data.sync[SETTINGS_KEY]).toMatchObject({ theme: 'dark', markStyle: 'solid', density: 'all' });
  });
});

describe('migrateStoredSettings', () => {
  test('v0 → v1 in sync, the old key removed; a second run changes nothing', async () => {
    const fake = fakeStorage({ sync: { [LEGACY_ENABLED_KEY]: false, unrelated: 1 } });
    const store = createSettingsStore(fake.storage, vi.fn());
    await store.migrateStoredSettings();
    expect(fake.data.sync).toEqual({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, enabled: false }, unrelated: 1 });
    const before = structuredClone(fake.data);
    await store.migrateStoredSettings();
    expect(fake.data).toEqual(before);
  });

  test('a future version is left as it is', async () => {
    const future = { ...DEFAULT_SETTINGS, version: 9, theme: 'dark', more: [1] };
    const fake = fakeStorage({ sync: { [SETTINGS_KEY]: future } });
    await createSettingsStore(fake.storage, vi.fn()).migrateStoredSettings();
    expect(fake.data.sync[SETTINGS_KEY]).toEqual(future);
  });

  test('garbage is replaced by the defaults', async () => {
    const fake = fakeStorage({ sync: { [SETTINGS_KEY]: [1, 2, 3] } });
    await createSettingsStore(fake.storage, vi.fn()).migrateStoredSettings();
    expect(fake.data.sync[SETTINGS_KEY]).toEqual(DEFAULT_SETTINGS);
  });
});

describe('onSettingsChanged', () => {
  test('delivers parsed settings on a change in either area, once per distinct value', async () => {
    const fake = fakeStorage();
    const store = createSettingsStore(fake.storage, vi.fn());
    const seen: unknown[] = [];
    const stop = store.onSettingsChanged((settings) => seen.push(settings));
    await fake.storage.sync?.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    await fake.storage.sync?.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    await fake.storage.sync?.set({ other: 1 });
    await settle();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, theme: 'dark' }]);
    await fake.storage.sync?.set({ [SETTINGS_KEY]: 'garbage' });
    await settle();
    expect(seen.at(-1)).toEqual(DEFAULT_SETTINGS);
    stop();
    expect(fake.listeners.size).toBe(0);
  });

  test('follows the settings into local when sync refuses a write', async () => {
    const fake = fakeStorage();
    fake.fail.syncSet = true;
    const store = createSettingsStore(fake.storage, vi.fn());
    const seen: string[] = [];
    store.onSettingsChanged((settings) => seen.push(settings.theme));
    await store.saveSettings({ theme: 'light' });
    await settle();
    expect(seen).toEqual(['light']);
  });
});
