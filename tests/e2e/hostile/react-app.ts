// A small React app for the hydration test: rendered to a string in Node, hydrated in the page.
import { createElement as h, useEffect, useState } from 'react';

const TEXTS = [
  'ChatGPT was tuned with RLHF.',
  'Now the story is about Stable Diffusion and LLM.',
  'Back to ChatGPT, without the tuning.',
];
const ITEMS = ['H100 cards', 'plain words', 'NVLink bridges', 'more plain words'];

export function App() {
  const [n, setN] = useState(0);
  const [reversed, setReversed] = useState(false);
  useEffect(() => {
    (window as unknown as { __hydrated: boolean }).__hydrated = true;
  }, []);
  const items = reversed ? [...ITEMS].reverse() : ITEMS;
  return h(
    'main',
    null,
    h(
      'p',
      { id: 'text' },
      TEXTS[n % TEXTS.length],
      ' The ',
      h('strong', null, 'reward model'),
      ' stays. Count ',
      n,
    ),
    h('button', { id: 'next', type: 'button', onClick: () => setN(n + 1) }, 'Next'),
    h('button', { id: 'reverse', type: 'button', onClick: () => setReversed(!reversed) }, 'Reverse'),
    h(
      'ul',
      { id: 'list' },
      items.map((item) => h('li', { key: item }, item)),
    ),
  );
}
