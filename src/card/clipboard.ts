// Copying a passage from inside the card's closed shadow root: the async clipboard, or where the page
// gives no permission or focus, a hidden field and execCommand.

export async function copyToClipboard(text: string, shadow: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission or no focus: the old way, from a hidden field inside the shadow root.
  }
  const before = shadow.activeElement as HTMLElement | null;
  const buffer = document.createElement('textarea');
  buffer.className = 'copy-buffer';
  buffer.value = text;
  buffer.readOnly = true;
  buffer.setAttribute('aria-hidden', 'true');
  buffer.tabIndex = -1;
  shadow.append(buffer);
  buffer.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  buffer.remove();
  before?.focus();
  return ok;
}
