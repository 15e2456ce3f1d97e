/** `2025-03-18` → `2025年3月18日`, the way Chinese readers write a date. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** `2024` → `2024年`. */
export function formatYear(year: number): string {
  return `${year}年`;
}
