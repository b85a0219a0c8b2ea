// The WebExtension namespace for the extension pages and the background, through webextension-polyfill.
// Page worlds (the content script, the card) use ext.ts instead: the polyfill weighs ~39 KB.

export type { Menus, Runtime, Tabs } from 'webextension-polyfill';
export { default as browser } from 'webextension-polyfill';
