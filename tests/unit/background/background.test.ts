// The context-menu and command handlers against a fake `browser`: what they send, and where they fall back.
import { beforeEach, describe, expect, test, vi } from 'vitest';

const calls = vi.hoisted(() => ({
  sendMessage: vi.fn(),
  create: vi.fn(async (_: { url: string }) => ({})),
  query: vi.fn(async () => [{ id: 7 }]),
}));
vi.mock('webextension-polyfill', () => {
  const listener = { addListener: () => undefined };
  return {
    default: {
      runtime: {
        getURL: (path: string) => `chrome-extension://id/${path}`,
        onInstalled: listener,
        onStartup: listener,
      },
      tabs: { sendMessage: calls.sendMessage, create: calls.create, query: calls.query },
      contextMenus: { onClicked: listener, removeAll: async () => undefined, create: () => 'id' },
      commands: { onCommand: listener },
      i18n: { getMessage: () => 'Look up in AIGC Lens' },
      storage: {},
    },
  };
});

const { lookupTarget, onLookupClicked, LOOKUP_MENU_ID } = await import(
  '../../../src/background/context-menu'
);
const { runCommand, openPanelFromCommand } = await import('../../../src/background/commands');
const { DEFAULT_SETTINGS } = await import('../../../src/core/settings');
type Settings = import('../../../src/core/settings').Settings;

beforeEach(() => {
  calls.sendMessage.mockReset();
  calls.create.mockClear();
  calls.query.mockClear();
});

describe('lookupTarget', () => {
  test.each([
    ['What is RLHF, really?', 'rlhf', 'a2.p3.s3'],
    ['自从ChatGPT火了以后', 'chatgpt', undefined],
    ['大型語言模型需要大量顯卡', 'llm', undefined],
  ])('%s → the first term, %s, at its best excerpt', (text, termId, sentenceId) => {
    const target = lookupTarget(text);
    expect(target?.termId).toBe(termId);
    expect(target?.sentenceId).toMatch(/^(q|a|sum)[\w.]*\.s\d+$/);
    if (sentenceId) expect(target?.sentenceId).toBe(sentenceId);
  });
  test.each([[''], ['The weather is fine today.'], ['rlhf in lower case is not the acronym']])(
    'no term in %j → null',
    (text) => {
      expect(lookupTarget(text)).toBeNull();
    },
  );
});

describe('the context-menu click', () => {
  const info = (selectionText: string) => ({
    menuItemId: LOOKUP_MENU_ID,
    selectionText,
    frameId: 3,
    editable: false,
    modifiers: [],
  });

  test('asks the frame the selection is in to look it up', async () => {
    calls.sendMessage.mockResolvedValue(undefined);
    await onLookupClicked(info('RLHF'), { id: 5 } as never);
    expect(calls.sendMessage).toHaveBeenCalledWith(
      5,
      { type: 'lookup-selection', text: 'RLHF' },
      { frameId: 3 },
    );
    expect(calls.create).not.toHaveBeenCalled();
  });

  test('no content script there: opens the reader at the best passage', async () => {
    calls.sendMessage.mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    await onLookupClicked(info('about RLHF and ChatGPT'), { id: 5 } as never);
    expect(calls.create).toHaveBeenCalledWith({
      url: 'chrome-extension://id/src/reader/index.html#a2.p3.s3',
    });
  });

  test('no content script and no term: opens the reader at its start', async () => {
    calls.sendMessage.mockRejectedValue(new Error('no receiver'));
    await onLookupClicked(info('nothing to see'), { id: 5 } as never);
    expect(calls.create).toHaveBeenCalledWith({ url: 'chrome-extension://id/src/reader/index.html' });
  });

  test('another menu item is ignored', async () => {
    await onLookupClicked({ ...info('RLHF'), menuItemId: 'other' }, { id: 5 } as never);
    expect(calls.sendMessage).not.toHaveBeenCalled();
  });
});

describe('commands', () => {
  function deps(initial: Settings = DEFAULT_SETTINGS) {
    let settings = initial;
    return {
      loadSettings: async () => settings,
      saveSettings: vi.fn(async (patch: Partial<Settings>) => {
        settings = { ...settings, ...patch };
        return settings;
      }),
      get current() {
        return settings;
      },
    };
  }

  test('toggle-site asks the top frame for its host and disables it, then enables it again', async () => {
    calls.sendMessage.mockResolvedValue({ host: 'News.Example.com' });
    const store = deps();
    expect(await runCommand('toggle-site', { id: 9 } as never, store)).toEqual({ done: true });
    expect(calls.sendMessage).toHaveBeenCalledWith(9, { type: 'page-host' }, { frameId: 0 });
    expect(store.current.disabledSites).toEqual([{ host: 'news.example.com', includeSubdomains: false }]);
    await runCommand('toggle-site', { id: 9 } as never, store);
    expect(store.current.disabledSites).toEqual([]);
  });

  test.each([
    ['no content script', () => calls.sendMessage.mockRejectedValue(new Error('no receiver'))],
    ['a file: page (empty host)', () => calls.sendMessage.mockResolvedValue({ host: '' })],
    ['a bad answer', () => calls.sendMessage.mockResolvedValue({ hostname: 'a.com' })],
  ])('toggle-site with %s changes nothing and says why', async (_name, arrange) => {
    arrange();
    const store = deps();
    const outcome = await runCommand('toggle-site', { id: 9 } as never, store);
    expect(outcome.done).toBe(false);
    expect(store.saveSettings).not.toHaveBeenCalled();
  });

  test('next-term and previous-term step in the active tab (found by query when no tab is given)', async () => {
    calls.sendMessage.mockResolvedValue(undefined);
    await runCommand('next-term', undefined, deps());
    await runCommand('previous-term', { id: 4 } as never, deps());
    expect(calls.query).toHaveBeenCalledTimes(1);
    expect(calls.sendMessage.mock.calls).toEqual([
      [7, { type: 'step-term', direction: 1 }, { frameId: 0 }],
      [4, { type: 'step-term', direction: -1 }, { frameId: 0 }],
    ]);
  });

  test('open-reader opens the reader tab', async () => {
    await runCommand('open-reader', undefined, deps());
    expect(calls.create).toHaveBeenCalledWith({ url: 'chrome-extension://id/src/reader/index.html' });
  });

  test('term-list asks the active tab for its list of the terms in view', async () => {
    calls.sendMessage.mockResolvedValue({ ok: true });
    expect(await runCommand('term-list', { id: 5 } as never, deps())).toEqual({ done: true });
    expect(calls.sendMessage).toHaveBeenCalledWith(5, { type: 'term-list' }, { frameId: 0 });
    calls.sendMessage.mockRejectedValue(new Error('no receiver'));
    expect((await runCommand('term-list', { id: 5 } as never, deps())).done).toBe(false);
  });

  test('open-panel without a side panel API says so instead of throwing', async () => {
    expect((await openPanelFromCommand({ windowId: 1 } as never)).done).toBe(false);
  });

  test('an unknown command is refused', async () => {
    expect((await runCommand('launch-rockets', undefined, deps())).done).toBe(false);
  });
});
