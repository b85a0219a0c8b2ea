// The background service worker (Chrome) / event page (Firefox).
import browser from 'webextension-polyfill';

browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') console.info('AIGC Lens installed');
});
