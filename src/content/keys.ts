// Keys while a card is open and focus is on the page (keys inside the card stay in the card): Esc closes
// it, P pins it while the pointer rests on the term or the card.
import type { Input, Session } from './session';

/** Text being edited: a field, a contenteditable, or any of a document in designMode. */
function isEditable(target: EventTarget | null): boolean {
  if (document.designMode === 'on') return true;
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(input|textarea|select)$/.test(target.localName))
  );
}

export function createKeyInput(session: Session): Input {
  function onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted) return;
    const card = session.opener.card();
    if (!card || event.altKey || event.ctrlKey || event.metaKey || isEditable(event.target)) return;
    const state = session.state();
    if (event.key === 'Escape') session.dismiss();
    else if ((event.key === 'p' || event.key === 'P') && state.open !== null && state.leftAt === null) {
      card.togglePin();
    }
  }
  return {
    listen: () => window.addEventListener('keydown', onKeyDown),
    unlisten: () => window.removeEventListener('keydown', onKeyDown),
    forget: () => undefined,
  };
}
