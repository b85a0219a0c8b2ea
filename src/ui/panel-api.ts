// Opens the side panel (Chrome's sidePanel) or the sidebar (Firefox's sidebarAction), whichever this
// browser has; neither exists on Firefox for Android. Both must be called straight from a user action
// (a click, a command): nothing may be awaited before the call, so the window id is known in advance.

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

function sidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

function sidebarAction(): FirefoxSidebarAction | undefined {
  return (globalThis as { browser?: { sidebarAction?: FirefoxSidebarAction } }).browser?.sidebarAction;
}

/** Whether this browser can show the reading panel at all. */
export function hasReadingPanel(): boolean {
  return typeof sidePanel()?.open === 'function' || typeof sidebarAction()?.open === 'function';
}

/** Opens the panel in a window (Chrome needs its id; Firefox opens it in the current window). */
export function openReadingPanel(windowId: number | undefined): Promise<void> {
  const chromePanel = sidePanel();
  if (chromePanel && windowId !== undefined) return chromePanel.open({ windowId });
  const firefoxSidebar = sidebarAction();
  if (firefoxSidebar) return firefoxSidebar.open();
  return Promise.reject(new Error('this browser has no side panel'));
}
