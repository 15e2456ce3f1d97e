import { searchPath } from '@/lib/core/urls';

/** The shareable address of a search: /search/?q=… */
export function searchHref(query: string): string {
  return `${searchPath()}?q=${encodeURIComponent(query)}`;
}
