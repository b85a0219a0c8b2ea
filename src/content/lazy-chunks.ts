// What the build makes of the content script's module graph (build/content-loader.ts): only the engine
// chunk, which the classic content script (index.ts) imports once a frame's text holds a term. Never run.
export const loadEngine = () => import('./engine');
