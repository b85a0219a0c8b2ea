// What the term engine must mark on tests/e2e/fixtures/engine.html, shared by the Chromium and Firefox suites.

/** Marked strings in the top document (default density: first occurrence of a term per paragraph). */
export const ENGINE_TOP_MARKS = [
  'A100',
  'ChatGPT',
  'ChatGPT',
  'ChatGPT’s',
  'GPT 3',
  'InstructGPT',
  'LLMs',
  'NVLink',
  'RAGs',
  'RLHF',
  'reward model',
  '元宇宙',
  '大语言模型',
  '显卡',
  '检索增强生成',
  '過適',
].sort();

export const ENGINE_SHADOW_MARKS = ['Bard'];
export const ENGINE_FRAME_MARKS = ['MusicLM'];

/** Text that arrives after the first scan (run in the page: Playwright and Puppeteer alike), and its term. */
export const LATE_TERM = 'Stable Diffusion';
export const ADD_LATE_TEXT = `(() => {
  const p = document.createElement('p');
  p.id = 'late';
  p.textContent = 'Stable Diffusion arrived late.';
  document.querySelector('main')?.append(p);
})()`;
export const REMOVE_LATE_TEXT = `document.getElementById('late')?.remove()`;
