// The background service worker (Chrome) / event page (Firefox).
import browser from 'webextension-polyfill';
import './context-menu';
import './commands';
import './install';
import './badge';
import './open-reader';
import './frame-card';

browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') console.info('AIGC Lens installed');
});
