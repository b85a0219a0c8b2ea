// Opens the reader's tab page, at a passage (`#<sentence id>`) or with a query such as `?welcome=1`.
import { browser } from './browser';

export const READER_PAGE = 'src/reader/index.html';

/** `suffix` is appended as is: `#a2.p3.s4`, `?welcome=1` or nothing. */
export async function openReaderTab(suffix = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(READER_PAGE) + suffix });
}
