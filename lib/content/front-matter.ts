import matter from 'gray-matter';
import type { ZodError } from 'zod';
import { frontMatterSchema, type FrontMatter } from './schema';
import { fail, ok, type Problem, type Result } from '@/lib/core/problems';
import { ISO_DATE } from '@/lib/core/dates';

export type WithFrontMatter = {
  frontMatter: FrontMatter;
  /** The text after the front-matter block. */
  body: string;
  /** How many lines the front-matter block took, so body line numbers can be reported as file line numbers. */
  bodyLineOffset: number;
  /** File line of each key, so later checks (an unknown topic or region) can name the line. */
  keyLines: Partial<Record<keyof FrontMatter, number>>;
};

const KEYS = Object.keys(frontMatterSchema.shape).join(', ');

/** Splits off and validates the optional YAML block at the top of a file. */
export function readFrontMatter(file: string, text: string): Result<WithFrontMatter> {
  // Only a first line of exactly `---` opens a block (as gray-matter reads it); `----` or `--- 标题` is text.
  if (!OPENING.test(text)) return ok({ frontMatter: {}, body: text, bodyLineOffset: 0, keyLines: {} });
  const unclosed = findUnclosed(text);
  if (unclosed) return fail({ file, ...unclosed });
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Options are passed so gray-matter does not cache every file's text for the life of the process.
    parsed = matter(text, {});
  } catch (error) {
    return fail({
      file,
      // gray-matter hands js-yaml the text right after the opening `---`, so its line 0 is the file's line 1.
      line: 1 + yamlErrorLine(error),
      message: `front matter is not valid YAML (${yamlErrorReason(error)})`,
      fix: 'write it as `key: value` lines between two `---` lines',
    });
  }
  const bodyLineOffset = lineCount(text) - lineCount(parsed.content);
  const data: unknown = parsed.data;
  const checked = frontMatterSchema.safeParse(data);
  if (!checked.success) return fail(...frontMatterProblems(file, text, checked.error));
  for (const key of ['date', 'updated'] as const) {
    const date = checked.data[key];
    if (date === undefined) continue;
    // YAML turns `2025-02-30` into a Date of 2 March without a word; the written text is what the editor meant.
    const line = keyLine(text, key);
    const written = (text.split('\n', line)[line - 1] ?? '').replace(new RegExp(`^${key}:\\s*`), '').replace(/^['"]|['"]\s*$/g, '').trim();
    if (!isCalendarDate(date) || (ISO_DATE.test(written) && written !== date)) {
      return fail({ file, line, message: `front-matter ${key} \`${written || date}\` is not a calendar date`, fix: fixFor(key) });
    }
  }
  const keyLines: WithFrontMatter['keyLines'] = {};
  for (const key of ['slug', 'title', 'topics', 'regions', 'date', 'updated', 'change_note', '更新说明', 'draft'] as const) if (key in checked.data) keyLines[key] = keyLine(text, key);
  return ok({ frontMatter: checked.data, body: parsed.content, bodyLineOffset, keyLines });
}

const OPENING = /^---[ \t]*(?:\n|$)/;
const CLOSING = /^---[ \t]*$/;
/**
 * A line that cannot be part of a YAML block of `key: value` lines: text with no `:` that is not a list item,
 * a comment or an indented continuation — the question, most often, when the closing `---` was forgotten.
 */
const PROSE = /^(?![\s#-])[^:]*$/;

/**
 * An opening `---` whose block never closes, found before YAML is parsed: a line of prose before any closing
 * `---` means it was forgotten (a `---` further down is a rule in the answer), so the report names that line
 * instead of calling the page invalid YAML.
 */
function findUnclosed(text: string): Pick<Problem, 'line' | 'message' | 'fix'> | undefined {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (CLOSING.test(line)) return undefined;
    if (line.trim() !== '' && PROSE.test(line)) {
      return {
        line: i + 1,
        message: `front matter opened on line 1 is not closed: line ${i + 1} \`${line.trim().slice(0, 40)}\` is not a \`key: value\` line, and no \`---\` line closes the block above it`,
        fix: `add a line \`---\` before line ${i + 1} to close the block, or remove the \`---\` on line 1 if the file has no front matter`,
      };
    }
  }
  return {
    line: lines.length,
    message: 'front matter opened on line 1 is not closed: the file ends before a closing `---` line',
    fix: 'close the block with a line `---` and write the question and answer below it, or remove the `---` on line 1',
  };
}

function frontMatterProblems(file: string, text: string, error: ZodError): Problem[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return {
        file,
        line: keyLine(text, issue.keys[0] ?? ''),
        message: `unknown front-matter key ${issue.keys.map((k) => `\`${k}\``).join(', ')}`,
        fix: `use only ${KEYS}`,
      };
    }
    const key = String(issue.path[0] ?? '');
    return {
      file,
      line: keyLine(text, key),
      message: `front-matter \`${issue.path.join('.')}\` is invalid: ${issue.message}`,
      fix: fixFor(key),
    };
  });
}

function fixFor(key: string): string {
  switch (key) {
    case 'slug':
      return 'write lower-case ASCII letters, digits and single hyphens, at most 80 characters (e.g. `yibao-gongji`)';
    case 'date':
    case 'updated':
      return 'write the date as YYYY-MM-DD';
    case 'change_note':
    case '更新说明':
      return 'write one line of at most 200 characters saying what changed, as `change_note` or `更新说明` (not both)';
    case 'draft':
      return 'write `draft: true` or `draft: false`';
    case 'topics':
      return 'write a list of topic slugs from content/topics.yaml, e.g. `topics: [family-copay]`';
    case 'regions':
      return 'write a list of region names, e.g. `regions: [广州]`';
    default:
      return 'write a non-empty text value';
  }
}

function isCalendarDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

function keyLine(text: string, key: string): number {
  const lines = text.split('\n', 200);
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === '---') break;
    if (key !== '' && lines[i]?.startsWith(`${key}:`)) return i + 1;
  }
  return 1;
}

function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function yamlErrorLine(error: unknown): number {
  if (typeof error === 'object' && error !== null && 'mark' in error) {
    const mark: unknown = error.mark;
    if (typeof mark === 'object' && mark !== null && 'line' in mark && typeof mark.line === 'number') return mark.line;
  }
  return 0;
}

function yamlErrorReason(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'reason' in error && typeof error.reason === 'string') return error.reason;
  return error instanceof Error ? error.message.split('\n')[0] ?? 'parse error' : 'parse error';
}
