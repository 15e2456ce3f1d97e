/** Reading what a person typed as an amount, and writing 元 as they are paid: rounded to the 分, grouped by thousands. */

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

/** Typed numbers the way people write them on a phone: `8000`, `8,000`, `８０００`, `8000元`, ` 8000.5 `. */
export function parseAmount(raw: string, what: string, { max, allowZero = false }: { max: number; allowZero?: boolean }): Parsed {
  const text = raw
    .replace(/[０-９．，－]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s,，]/g, '')
    .replace(/元$/, '');
  if (text === '') return { ok: false, message: `请填写${what}` };
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false, message: `${what}请只填数字，例如 8000` };
  const value = Number(text);
  if (value < 0) return { ok: false, message: `${what}不能是负数` };
  if (value === 0 && !allowZero) return { ok: false, message: `${what}是 0，请填写实际金额` };
  if (value > max) return { ok: false, message: `${what}超过 ${formatYuan(max)}，请检查是否多输了 0` };
  return { ok: true, value };
}

/** Rounded half up to the 分, as money is paid; EPSILON keeps 1.005 from becoming 1.00. */
export function roundYuan(value: number): number {
  return Math.round((value + Number.EPSILON * Math.max(1, Math.abs(value))) * 100) / 100;
}

/** `26133.333` → `26,133.33 元`. */
export function formatYuan(value: number): string {
  return `${formatNumber(roundYuan(value), 2)} 元`;
}

/** `26133.3` → `26,133.30`; `fraction` digits after the point. */
export function formatNumber(value: number, fraction = 2): string {
  const [whole = '0', part] = Math.abs(value).toFixed(fraction).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${part ? `.${part}` : ''}`;
}

/** `0.85` → `85%`, `0.075` → `7.5%`. */
export function formatPercent(ratio: number): string {
  return `${Number((ratio * 100).toFixed(2))}%`;
}
