// The eager content script: runs in every frame of every page. For now it only announces itself.
// It announces with a performance mark, not a DOM attribute, so the page's DOM stays byte-identical.
export const READY_MARK = 'aigc-lens:content-ready';

performance.mark(READY_MARK);
