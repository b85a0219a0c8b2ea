// The search box: type to find, Enter / Shift+Enter (or the arrows) to step, "n of m" or a plain "no matches".
import type { Lang } from '../article/types';
import { fill } from '../ui/format';
import { IconButton } from '../ui/IconButton';
import { reader } from '../ui/strings/reader';
import type { SearchState } from './use-search';

export function SearchBar({ search, ui }: { search: SearchState; ui: Lang }) {
  const t = reader[ui];
  const { query, searched, count, index } = search;
  const active = query.trim() !== '' && searched === query;
  const status = !active
    ? ''
    : count === 0
      ? fill(t.searchNone, { q: query.trim() })
      : fill(t.searchCount, { n: index + 1, m: count });
  return (
    <search class="search">
      <input
        type="search"
        class="search-input"
        aria-label={t.searchLabel}
        placeholder={t.searchPlaceholder}
        value={query}
        onInput={(event) => search.setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.isComposing) return;
          event.preventDefault();
          search.step(event.shiftKey ? -1 : 1);
        }}
      />
      <span
        class={count === 0 && active ? 'search-status none' : 'search-status'}
        role="status"
        aria-live="polite"
      >
        {status}
      </span>
      <IconButton label={t.searchPrevious} disabled={count === 0 || !active} onClick={() => search.step(-1)}>
        <span aria-hidden="true">↑</span>
      </IconButton>
      <IconButton label={t.searchNext} disabled={count === 0 || !active} onClick={() => search.step(1)}>
        <span aria-hidden="true">↓</span>
      </IconButton>
    </search>
  );
}
