import { searchPath } from '@/lib/core/urls';

type Props = { variant: 'header' | 'hero' };

/** Each box's landmark name: the header's and the page's own box are two search landmarks, told apart. */
const LANDMARK = { header: '全站搜索', hero: '搜索问题' } as const;

/**
 * The site's search box: a plain GET form to /search/?q=…, which the island lib/islands/search-box.ts
 * turns into instant results. The hero box (home, 404) is the page's primary one: `/` and Ctrl/⌘+K go to it.
 */
export function SearchBox({ variant }: Props) {
  const id = `search-${variant}`;
  const hero = variant === 'hero';
  const size = hero ? 'h-12 text-lg' : 'h-11 text-base';
  return (
    <div className="relative w-full" data-island="search-box">
      <form action={searchPath()} method="get" role="search" aria-label={LANDMARK[variant]} className="flex">
        <label htmlFor={`${id}-input`} className="sr-only">
          搜索问题
        </label>
        <input
          id={`${id}-input`}
          type="search"
          name="q"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded="false"
          aria-controls={`${id}-list`}
          placeholder={hero ? '输入问题，如：异地就医怎么备案' : '搜索问题'}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={100}
          data-search-input={hero ? 'primary' : ''}
          className={`min-w-0 flex-1 rounded-l-md border border-r-0 border-line bg-surface px-3 text-ink placeholder:text-muted ${size}`}
        />
        <button type="submit" className={`shrink-0 rounded-r-md bg-accent px-4 font-medium text-on-accent hover:bg-accent-strong ${size}`}>
          搜索
        </button>
      </form>
      <div
        hidden
        data-search-popup
        className={`absolute z-30 mt-1 max-h-[min(70vh,36rem)] overflow-y-auto rounded-lg border border-line bg-surface text-ink shadow-lg ${hero ? 'inset-x-0' : 'right-0 left-0 lg:left-auto lg:w-[34rem]'}`}
      >
        <div data-search-message />
        <ul role="listbox" id={`${id}-list`} aria-label="搜索建议" className="py-1" />
      </div>
      <p role="status" className="sr-only" />
    </div>
  );
}
