/**
 * The shape of the rates the calculators use, as the content step writes them to `generated/rates.json`
 * (validated there by lib/content/rates.ts, whose zod schema must produce exactly these types). Plain types:
 * this folder runs in the browser too, so it imports no zod.
 */

export const CALCULATOR_KINDS = ['maternity', 'hospital', 'flexible'] as const;
export type CalculatorKind = (typeof CALCULATOR_KINDS)[number];

/** Where a number comes from: the law or notice, its article, and a link when the text is public. */
export type RateSource = { name: string; article?: string; url?: string };

export type RateRegion = {
  level: 'national' | 'province' | 'city';
  /** As readers write it: 全国, 北京市, 广州市. */
  name: string;
  /** The site's region slug (`beijing`, `guangzhou`), so a page about that region starts with these rates. */
  slug?: string;
};

/** What every entry of a rate file carries, whatever it holds. */
export type RateEntryBase = {
  region: RateRegion;
  validFrom: string;
  /** Absent while still in force. */
  validTo?: string;
  source: RateSource;
  /** 示例: an illustration editors can follow, not a figure to rely on. */
  example: boolean;
  note?: string;
  /** True when `validTo` was before the day the content step ran. */
  expired: boolean;
  /** Where the entry is written, for messages: `rates/maternity.yaml:12`. */
  at: string;
};

/** The cases a maternity day count is made of (女职工劳动保护特别规定 第七条 names each). */
export const MATERNITY_CASES = ['birth', 'difficult_birth', 'extra_baby', 'miscarriage_early', 'miscarriage_late'] as const;
export type MaternityCase = (typeof MATERNITY_CASES)[number];

export type MaternityDays = { case: MaternityCase; days: number; label: string; source: RateSource };
export type MaternityEntry = RateEntryBase & {
  days: MaternityDays[];
  /** The national entry's 生育津贴 rule: monthly wage ÷ divisor per day. */
  allowance?: { divisor: number; source: RateSource };
};

export const HOSPITAL_LEVELS = ['一级', '二级', '三级'] as const;
export type HospitalLevel = (typeof HOSPITAL_LEVELS)[number];
export const STATUSES = ['在职', '退休'] as const;
export type Status = (typeof STATUSES)[number];

export type HospitalRow = { hospitalLevel: HospitalLevel; status: Status; deductible: number; ratio: number };
export type HospitalEntry = RateEntryBase & { rows: HospitalRow[]; annualCap: number };

export type FlexibleTier = { name: string; base: number };
export type FlexibleItem = { name: string; rate: number };
export type FlexibleEntry = RateEntryBase & { tiers: FlexibleTier[]; items: FlexibleItem[] };

type Calculator<K extends CalculatorKind, E> = {
  kind: K;
  title: string;
  /** Topic slugs whose pages may show it, and lexicon concept ids one of which the page must name. */
  topics: string[];
  concepts: string[];
  entries: E[];
};
export type MaternityCalculator = Calculator<'maternity', MaternityEntry>;
export type HospitalCalculator = Calculator<'hospital', HospitalEntry>;
export type FlexibleCalculator = Calculator<'flexible', FlexibleEntry>;
export type AnyCalculator = MaternityCalculator | HospitalCalculator | FlexibleCalculator;

/** A calculator an answer page shows, and the entry (index) its region starts on. */
export type PageCalculator = { kind: CalculatorKind; entry: number };

export type RatesData = {
  /** The day the content step checked validity, `YYYY-MM-DD`. */
  checkedOn: string;
  calculators: AnyCalculator[];
  /** Answer page slug → the calculators it shows. */
  pages: Record<string, PageCalculator[]>;
};
