/**
 * Code-unit order of two strings — the one ordering the content step sorts by, so every build agrees whatever
 * the machine's locale (localeCompare would not).
 */
export function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
