import type { Article } from './schema';

/** True when an answer's figures describe a year before the one the site is built in. */
export function isDated<T extends Pick<Article, 'newestYear'>>(article: T, year: number): article is T & { newestYear: number } {
  return article.newestYear !== undefined && article.newestYear < year;
}
