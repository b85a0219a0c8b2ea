import { render } from 'preact';
import { describe, expect, test, vi } from 'vitest';
import { LANGS } from '../../../src/article/types';
import { Welcome } from '../../../src/ui/Welcome';

describe('Welcome', () => {
  test.each(LANGS)('%s: heading, five tips, keys as <kbd>, no placeholder left', (lang) => {
    const root = document.createElement('div');
    render(<Welcome lang={lang} keys={{ next: 'Ctrl+Shift+1' }} />, root);
    expect(root.querySelector('section')?.getAttribute('lang')).toBe(lang);
    expect(root.querySelectorAll('li')).toHaveLength(5);
    expect([...root.querySelectorAll('kbd')].map((kbd) => kbd.textContent)).toEqual([
      'Ctrl+Shift+1',
      'Alt+Shift+K',
      'Alt+Shift+L',
    ]);
    expect(root.textContent).not.toMatch(/\{\w+\}/);
    expect(root.querySelector('button')).toBeNull();
  });

  test('the actions the reader passes become buttons', () => {
    const root = document.createElement('div');
    const onOpenSettings = vi.fn();
    render(<Welcome lang="en" onOpenSettings={onOpenSettings} onDismiss={() => undefined} />, root);
    const buttons = root.querySelectorAll('button');
    expect([...buttons].map((b) => b.textContent)).toEqual(['Open the settings', 'Start reading']);
    buttons[0]?.click();
    expect(onOpenSettings).toHaveBeenCalledOnce();
  });
});
