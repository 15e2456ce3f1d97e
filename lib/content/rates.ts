import { z } from 'zod';
import { readDataFileWithLines, type DataPath } from '@/lib/core/data-file';
import { byteOrder } from '@/lib/core/order';
import type { Problem } from '@/lib/core/problems';
import { parseLexicon } from '../lexicon/lexicon';
import { compileMatcher, findConcepts } from '../lexicon/match';
import {
  CALCULATOR_KINDS,
  HOSPITAL_LEVELS,
  MATERNITY_CASES,
  STATUSES,
  type AnyCalculator,
  type PageCalculator,
  type RateEntryBase,
  type RatesData,
} from '@/lib/calculators/types';
import { isoDateSchema, slugSchema, type SiteData } from './schema';

/**
 * `content/rates/*.yaml`: the numbers the calculators use, one file per calculator, each number with its region,
 * its `valid_from`/`valid_to` and its source (law or notice, article, link). The format is described at the top of
 * each file and, for editors, in docs/editing.md. This module is the one schema and the checks; the content step
 * (run.ts) hands it the files' text and writes `generated/rates.json`.
 */

/** The folder under content/ that holds the rate files. */
export const RATES_DIR = 'rates';

const text = z.string().trim().min(1);
const sourceSchema = z.object({ name: text, article: text.optional(), url: z.url().optional() }).strict();
const regionSchema = z
  .object({ level: z.enum(['national', 'province', 'city']), name: text, slug: slugSchema.optional() })
  .strict()
  .refine((r) => (r.level === 'national') === (r.slug === undefined), 'a national entry has no slug; a province or city has its site slug (beijing, guangzhou)');

const entryBase = {
  region: regionSchema,
  valid_from: isoDateSchema,
  valid_to: isoDateSchema.optional(),
  source: sourceSchema,
  example: z.boolean().default(false),
  note: text.optional(),
};
const money = z.number().nonnegative();

const maternityEntrySchema = z
  .object({
    ...entryBase,
    days: z.array(z.object({ case: z.enum(MATERNITY_CASES), days: z.number().int().positive().max(365), label: text, source: sourceSchema.optional() }).strict()).min(1),
    allowance: z.object({ divisor: z.number().positive(), source: sourceSchema }).strict().optional(),
  })
  .strict();
const hospitalEntrySchema = z
  .object({
    ...entryBase,
    rows: z
      .array(z.object({ hospital_level: z.enum(HOSPITAL_LEVELS), status: z.enum(STATUSES), deductible: money, ratio: z.number().min(0).max(1) }).strict())
      .min(1)
      .refine((rows) => new Set(rows.map((r) => `${r.hospital_level}/${r.status}`)).size === rows.length, 'each hospital level and status appears once'),
    annual_cap: money,
  })
  .strict();
const flexibleEntrySchema = z
  .object({
    ...entryBase,
    tiers: z.array(z.object({ name: text, base: z.number().positive() }).strict()).min(1),
    items: z.array(z.object({ name: text, rate: z.number().positive().max(1) }).strict()).min(1),
  })
  .strict();

const fileBase = { title: text, topics: z.array(slugSchema).min(1), concepts: z.array(slugSchema).default([]) };
export const rateFileSchema = z.discriminatedUnion('calculator', [
  z.object({ calculator: z.literal('maternity'), ...fileBase, entries: z.array(maternityEntrySchema).min(1) }).strict(),
  z.object({ calculator: z.literal('hospital'), ...fileBase, entries: z.array(hospitalEntrySchema).min(1) }).strict(),
  z.object({ calculator: z.literal('flexible'), ...fileBase, entries: z.array(flexibleEntrySchema).min(1) }).strict(),
]);
type RateFile = z.output<typeof rateFileSchema>;
type RawEntry = RateFile['entries'][number];

export type RateFileText = { path: string; text: string };
export type RatesResult = { data?: RatesData; errors: Problem[]; warnings: Problem[] };

/** What every entry carries, in the generated (camelCase) form, with `expired` decided against `today`. */
function baseOf(raw: RawEntry, file: string, line: number, today: string): RateEntryBase {
  return {
    region: raw.region,
    validFrom: raw.valid_from,
    ...(raw.valid_to ? { validTo: raw.valid_to } : {}),
    source: raw.source,
    example: raw.example,
    ...(raw.note ? { note: raw.note } : {}),
    expired: raw.valid_to !== undefined && raw.valid_to < today,
    at: `${file}:${line}`,
  };
}

function toCalculator(file: RateFile, path: string, lineOf: (p: DataPath) => number, today: string): AnyCalculator {
  const head = { title: file.title, topics: file.topics, concepts: file.concepts };
  const base = (raw: RawEntry, i: number) => baseOf(raw, path, lineOf(['entries', i]), today);
  switch (file.calculator) {
    case 'maternity':
      return {
        kind: 'maternity',
        ...head,
        entries: file.entries.map((e, i) => ({
          ...base(e, i),
          days: e.days.map((d) => ({ case: d.case, days: d.days, label: d.label, source: d.source ?? e.source })),
          ...(e.allowance ? { allowance: e.allowance } : {}),
        })),
      };
    case 'hospital':
      return {
        kind: 'hospital',
        ...head,
        entries: file.entries.map((e, i) => ({
          ...base(e, i),
          rows: e.rows.map((r) => ({ hospitalLevel: r.hospital_level, status: r.status, deductible: r.deductible, ratio: r.ratio })),
          annualCap: e.annual_cap,
        })),
      };
    case 'flexible':
      return { kind: 'flexible', ...head, entries: file.entries.map((e, i) => ({ ...base(e, i), tiers: e.tiers, items: e.items })) };
  }
}

/** Checks the schema cannot make: dates in order, one national maternity rule, topics and concepts that exist. */
function checkCalculator(calc: AnyCalculator, path: string, lineOf: (p: DataPath) => number, known: { topics: Set<string>; concepts: Set<string> }): Problem[] {
  const problems: Problem[] = [];
  calc.entries.forEach((e, i) => {
    if (e.validTo !== undefined && e.validTo < e.validFrom) {
      problems.push({ file: path, line: lineOf(['entries', i, 'valid_to']), message: `${e.region.name}: valid_to ${e.validTo} is before valid_from ${e.validFrom}`, fix: 'swap or correct the dates' });
    }
  });
  if (calc.kind === 'maternity') {
    const national = calc.entries.filter((e) => e.region.level === 'national' && e.allowance);
    if (national.length !== 1) {
      problems.push({ file: path, line: lineOf(['entries']), message: `the maternity file needs exactly one national entry with \`allowance\` (found ${national.length})`, fix: 'keep one entry with `region: { level: national }` and `allowance: { divisor: 30, source: … }`' });
    }
  }
  calc.topics.forEach((t, i) => {
    if (!known.topics.has(t)) problems.push({ file: path, line: lineOf(['topics', i]), message: `topic \`${t}\` is not in content/topics.yaml`, fix: 'use a slug from content/topics.yaml' });
  });
  calc.concepts.forEach((c, i) => {
    if (!known.concepts.has(c)) problems.push({ file: path, line: lineOf(['concepts', i]), message: `concept \`${c}\` is not in content/lexicon.yaml`, fix: 'use an `id` from content/lexicon.yaml' });
  });
  return problems;
}

/** The entry a page about `regions` starts on: its own region's, else its province's, else the national one; in force before expired, newest first. */
export function entryForRegions(entries: readonly RateEntryBase[], regions: readonly { slug: string; province: string }[]): number {
  const ranked = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => Number(a.entry.expired) - Number(b.entry.expired) || byteOrder(b.entry.validFrom, a.entry.validFrom));
  for (const region of regions) {
    const own = ranked.find(({ entry }) => entry.region.slug === region.slug) ?? ranked.find(({ entry }) => entry.region.slug === region.province);
    if (own) return own.index;
  }
  return ranked.find(({ entry }) => entry.region.level === 'national')?.index ?? ranked[0]?.index ?? 0;
}

/**
 * Which full answers show which calculator: the answer has one of the calculator's topics and its question or
 * answer names one of its concepts (the lexicon's forms count, so 产假 finds maternity-leave).
 */
function pageCalculators(calculators: readonly AnyCalculator[], site: SiteData, lexiconText: string): Record<string, PageCalculator[]> {
  const lexicon = parseLexicon('lexicon.yaml', lexiconText);
  if (!lexicon.ok) return {};
  const matcher = compileMatcher(lexicon.value.concepts);
  const regionBySlug = new Map(site.regions.map((r) => [r.slug, r]));
  const pages: Record<string, PageCalculator[]> = {};
  for (const article of site.articles) {
    if (article.kind !== 'full') continue;
    const named = new Set(findConcepts(matcher, `${article.question}\n${article.answerText}`).map((h) => h.id));
    const regions = article.regions.flatMap((slug) => regionBySlug.get(slug) ?? []);
    const shown = calculators
      .filter((c) => c.topics.some((t) => article.topics.includes(t)) && c.concepts.some((id) => named.has(id)))
      .map((c) => ({ kind: c.kind, entry: entryForRegions(c.entries, regions) }));
    if (shown.length > 0) pages[article.slug] = shown;
  }
  return pages;
}

/**
 * Reads every rate file: schema errors and contradictions are errors (`file:line: what — fix`); a rate past its
 * `valid_to` is a warning, and the page shows it with a notice. `today` is `YYYY-MM-DD`.
 */
export function buildRates(files: readonly RateFileText[], site: SiteData, lexiconText: string, today: string): RatesResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const calculators: AnyCalculator[] = [];
  const seen = new Map<string, string>();
  const known = { topics: new Set(site.topics.map((t) => t.slug)), concepts: new Set<string>() };
  const lexicon = parseLexicon('lexicon.yaml', lexiconText);
  if (lexicon.ok) for (const c of lexicon.value.concepts) known.concepts.add(c.id);

  for (const { path, text } of [...files].sort((a, b) => byteOrder(a.path, b.path))) {
    const read = readDataFileWithLines(path, text, rateFileSchema);
    if (!read.ok) {
      errors.push(...read.problems);
      continue;
    }
    const { data, lineOf } = read.value;
    const calc = toCalculator(data, path, lineOf, today);
    const before = seen.get(calc.kind);
    if (before) {
      errors.push({ file: path, line: lineOf(['calculator']), message: `a second file for the \`${calc.kind}\` calculator (the first is ${before})`, fix: 'put every region of one calculator in one file, as entries' });
      continue;
    }
    seen.set(calc.kind, path);
    errors.push(...checkCalculator(calc, path, lineOf, known));
    calc.entries.forEach((e, i) => {
      if (e.expired) {
        warnings.push({
          file: path,
          line: lineOf(['entries', i, 'valid_to']),
          message: `${e.region.name}'s rates ended on ${e.validTo} (valid_to); pages show them with a notice that they may have changed`,
          fix: 'add an entry with the new figures, their source and valid_from, or correct valid_to',
        });
      }
    });
    calculators.push(calc);
  }
  if (errors.length > 0) return { errors, warnings };
  calculators.sort((a, b) => CALCULATOR_KINDS.indexOf(a.kind) - CALCULATOR_KINDS.indexOf(b.kind));
  return { data: { checkedOn: today, calculators, pages: pageCalculators(calculators, site, lexiconText) }, errors, warnings };
}

/** `generated/rates.json` as the pages read it (lib/site/rates.ts validates it again, as records are). */
const generatedBase = {
  region: regionSchema,
  validFrom: isoDateSchema,
  validTo: isoDateSchema.optional(),
  source: sourceSchema,
  example: z.boolean(),
  note: z.string().optional(),
  expired: z.boolean(),
  at: z.string(),
};
const generatedHead = { title: z.string(), topics: z.array(slugSchema), concepts: z.array(slugSchema) };
export const ratesDataSchema: z.ZodType<RatesData> = z.object({
  checkedOn: isoDateSchema,
  calculators: z.array(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('maternity'),
        ...generatedHead,
        entries: z.array(
          z.object({
            ...generatedBase,
            days: z.array(z.object({ case: z.enum(MATERNITY_CASES), days: z.number(), label: z.string(), source: sourceSchema })),
            allowance: z.object({ divisor: z.number(), source: sourceSchema }).optional(),
          }),
        ),
      }),
      z.object({
        kind: z.literal('hospital'),
        ...generatedHead,
        entries: z.array(
          z.object({
            ...generatedBase,
            rows: z.array(z.object({ hospitalLevel: z.enum(HOSPITAL_LEVELS), status: z.enum(STATUSES), deductible: z.number(), ratio: z.number() })),
            annualCap: z.number(),
          }),
        ),
      }),
      z.object({
        kind: z.literal('flexible'),
        ...generatedHead,
        entries: z.array(z.object({ ...generatedBase, tiers: z.array(z.object({ name: z.string(), base: z.number() })), items: z.array(z.object({ name: z.string(), rate: z.number() })) })),
      }),
    ]),
  ),
  pages: z.record(slugSchema, z.array(z.object({ kind: z.enum(CALCULATOR_KINDS), entry: z.number().int().nonnegative() }))),
});
