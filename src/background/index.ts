// The background service worker (Chrome) / event page (Firefox).
import { browser } from '../platform/browser';
import './context-menu';
import './commands';
import './install';
import './router';

browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') console.info('AIGC Lens installed');
});
