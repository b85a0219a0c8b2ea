// What the user typed in the "add a site" field → a host name, or why it is not one. A pasted address
// (https://news.example.com/page) is reduced to its host, since that is what people copy.
import { normaliseHost } from '../core/settings';

export type SiteInput = { readonly host: string } | { readonly error: 'empty' | 'invalid' };

export function hostFromInput(input: string): SiteInput {
  const text = input.trim();
  if (text.length === 0) return { error: 'empty' };
  if (text.length > 2048) return { error: 'invalid' };
  let candidate = text;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: 'invalid' };
      candidate = url.hostname;
    } catch {
      return { error: 'invalid' };
    }
  } else if (/[\u0080-\uffff]/.test(text)) {
    // A name typed in Unicode (例子.中国, full-width ｅｘａｍｐｌｅ．com): the URL parser maps it to its
    // ASCII form as it does after a scheme. Paths, ports and the like stay refused, as for ASCII names.
    if (/[\s/:?#@\\]/.test(text)) return { error: 'invalid' };
    try {
      candidate = new URL(`http://${text}`).hostname;
    } catch {
      return { error: 'invalid' };
    }
  }
  const host = normaliseHost(candidate);
  return host ? { host } : { error: 'invalid' };
}
