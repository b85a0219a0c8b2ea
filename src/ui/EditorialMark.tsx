// The [sic] mark after a sentence that carries an editor's note. The mark's text comes from CSS
// (::after with attr()), so it is not part of the page's text: search, copy and the sentence's own
// text stay verbatim. The note is the tooltip and the accessible name.

import { editorialNote } from '../article/editorial';
import type { Lang } from '../article/types';

export function EditorialMark({ sid, lang }: { sid: string; lang: Lang }) {
  const note = editorialNote(sid, lang);
  if (note === undefined) return null;
  return (
    <span class="sic" role="img" lang={lang} data-mark={note.mark} title={note.note} aria-label={note.note} />
  );
}
