import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ENGINE_ATTRIBUTE, SEARCH_PRELOAD_SCRIPT } from '@/lib/search/preload';

type Hint = { rel: string; href: string; as?: string; crossOrigin?: string };

/** Runs the head script on a page at `url` whose script tag carries `engine`, and lists the links it adds. */
function hintsAt(url: string, engine: string | null = '/islands/engine-ABC.js'): Hint[] {
  const added: Hint[] = [];
  const { pathname, search } = new URL(url);
  runInNewContext(SEARCH_PRELOAD_SCRIPT, {
    location: { pathname, search },
    document: {
      currentScript: { getAttribute: (name: string) => (name === ENGINE_ATTRIBUTE ? engine : null) },
      createElement: () => ({}) as Hint,
      head: { appendChild: (link: Hint) => added.push({ ...link }) },
    },
  });
  return added;
}

describe('the search preload in the head script', () => {
  it('asks for the engine and meta.json on a link to results', () => {
    expect(hintsAt('http://127.0.0.1/search/?q=%E7%94%9F%E8%82%B2%E6%B4%A5%E8%B4%B4')).toEqual([
      { rel: 'modulepreload', href: '/islands/engine-ABC.js' },
      { rel: 'preload', href: '/search/meta.json', as: 'fetch', crossOrigin: 'anonymous' },
    ]);
    expect(hintsAt('http://127.0.0.1/search/?from=home&q=yidi')).toHaveLength(2);
  });

  it('asks for nothing on the search page without a query, on any other page, or without the bundle name (npm run dev)', () => {
    expect(hintsAt('http://127.0.0.1/search/')).toEqual([]);
    expect(hintsAt('http://127.0.0.1/search/?q=')).toEqual([]);
    expect(hintsAt('http://127.0.0.1/?q=%E5%8C%BB%E4%BF%9D')).toEqual([]);
    expect(hintsAt('http://127.0.0.1/q/some-question/')).toEqual([]);
    expect(hintsAt('http://127.0.0.1/search/?q=yibao', null)).toEqual([]);
  });
});
