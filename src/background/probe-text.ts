// Answers a content script's first question in a frame (content/frame-text.ts): is AIGC Lens on for the
// tab's site, and may the frame's text hold a term? One probe, built once here and kept warm, reads every
// frame's text (term-probe.ts): in the page, a fresh content-script world would build its own and run it
// cold (~20 ms of the page's main thread on a 30 KB page), and read the settings from storage itself.
import type { TextProbe } from '../core/content-requests';
import type { BackgroundRequestOf } from '../core/messages';
import { isActiveOn, type Settings } from '../core/settings';
import type { Runtime } from '../platform/browser';
import { loadSettings, onSettingsChanged } from '../platform/browser-settings';
import { clearPageTermCount } from './badge';
import { mayMarkTerm } from './term-probe';

/** The settings as last read or changed: read once per background lifetime, not once per frame. */
let current: Promise<Settings> | null = null;
function currentSettings(): Promise<Settings> {
  if (!current) {
    current = loadSettings();
    onSettingsChanged((settings) => {
      current = Promise.resolve(settings);
    });
  }
  return current;
}

export async function probeText(
  request: BackgroundRequestOf<'probe-text'>,
  sender: Runtime.MessageSender,
): Promise<TextProbe> {
  if (request.pass === 'document') clearPageTermCount(sender);
  if (!isActiveOn(await currentSettings(), request.host)) return { active: false, found: false };
  return { active: true, found: request.text !== '' && mayMarkTerm(request.text, request.pass) };
}
