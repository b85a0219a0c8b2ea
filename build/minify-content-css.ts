// A Vite plugin that minifies the content script's stylesheet, which crxjs copies as it is written.
// Every page loads it, so its comments and indentation would cost each page for nothing.
import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

export function minifyContentCss(fileName: string): Plugin {
  return {
    name: 'aigc-lens:minify-content-css',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const file = bundle[fileName];
        if (file?.type !== 'asset')
          this.error(`${fileName} is not in the bundle (build/minify-content-css.ts)`);
        const { code } = transform({
          filename: fileName,
          code: typeof file.source === 'string' ? new TextEncoder().encode(file.source) : file.source,
          minify: true,
        });
        file.source = code;
      },
    },
  };
}
