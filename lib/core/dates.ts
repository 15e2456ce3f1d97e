/** A date as records, front matter and the search index write it: `2025-03-18`. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2025年3月18日`, the way Chinese readers write a date. */
export function chineseDate(year: number, month: number, day: number): string {
  return `${year}年${month}月${day}日`;
}

/** `2025-03-18` → `2025年3月18日`; anything else is shown as it is. */
export function formatDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  return chineseDate(Number(y), Number(m), Number(d));
}

/** `2024` → `2024年`. */
export function formatYear(year: number): string {
  return `${year}年`;
}
