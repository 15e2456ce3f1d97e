import { searchPath } from '@/lib/site/urls';

/** The shareable address of a search: /search/?q=… */
export function searchHref(query: string): string {
  return `${searchPath()}?q=${encodeURIComponent(query)}`;
}
