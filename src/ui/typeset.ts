// Display typesetting for Chinese text: the original uses half-width punctuation between Han characters,
// which reads cramped; the reader and the card show the full-width forms. Length-preserving (one UTF-16
// unit for one), so offsets found in the source text (terms, search hits) stay valid.

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

// Han, CJK punctuation and the curly double quotes, which Chinese text uses as its own (“聪明” ,“人”).
const LATIN = /[A-Za-z]/;
const HAN = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u201c\u201d]/;

/** zh text with half-width , : ; ? ! ( ) made full-width where a Han character (or the text's edge) touches them. */
export function typesetChinese(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const full = FULL_WIDTH[ch];
    if (full === undefined) {
      out += ch;
      continue;
    }
    const before = text[i - 1];
    const after = text[i + 1];
    // A Han character on either side makes it Chinese punctuation; "bad case, foo" and "1,000" stay as they are.
    const chinese =
      (before !== undefined && HAN.test(before)) ||
      (after !== undefined && HAN.test(after)) ||
      // A comma with no space between two Latin words is a Chinese comma (Human Feedback,RLHF).
      (ch === ',' && before !== undefined && after !== undefined && LATIN.test(before) && LATIN.test(after));
    out += chinese ? full : ch;
  }
  return out;
}

/** The text as the reader shows it in a language. */
export function typeset(text: string, lang: string): string {
  return lang.startsWith('zh') ? typesetChinese(text) : text;
}
