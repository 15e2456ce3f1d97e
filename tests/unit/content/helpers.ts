import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite, DATA_FILES, type BuildInput, type BuildResult } from '@/lib/content/build';
import type { Article } from '@/lib/content/schema';

export const CONTENT_DIR = path.resolve('content');

/** The real editor data files, so tests exercise the rules the site ships with. */
export function realData(): BuildInput['data'] {
  const read = (name: string) => readFileSync(path.join(CONTENT_DIR, name), 'utf8');
  return { topics: read(DATA_FILES.topics), scope: read(DATA_FILES.scope), regions: read(DATA_FILES.regions), lexicon: read(DATA_FILES.lexicon), furniture: read(DATA_FILES.furniture), keyPoint: read(DATA_FILES.keyPoint) };
}

export function seedFiles(): { path: string; bytes: Uint8Array }[] {
  return readdirSync(CONTENT_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: f, bytes: readFileSync(path.join(CONTENT_DIR, f)) }));
}

const encoder = new TextEncoder();

/** Builds a site from files written in the test: `{ 'a.txt': 'text' | bytes }`. */
export function build(files: Record<string, string | Uint8Array>, withSeeds = false): BuildResult {
  const written = Object.entries(files).map(([p, content]) => ({ path: p, bytes: typeof content === 'string' ? encoder.encode(content) : content }));
  return buildSite({ files: [...(withSeeds ? seedFiles() : []), ...written], data: realData() });
}

export function articles(result: BuildResult): Article[] {
  if (!result.siteData) throw new Error(`build failed:\n${result.report.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n')}`);
  return result.siteData.articles;
}

export function byQuestion(result: BuildResult, question: string): Article {
  const found = articles(result).find((a) => a.question === question || a.altTitles.includes(question));
  if (!found) throw new Error(`no article for ${question}`);
  return found;
}

/** A small valid page in the seeds' format. */
export function page(question: string, answer: string, related: [title: string, summary: string, source: string][] = []): string {
  const lines = [question, '', answer, '', '提示:本内容不能代替面诊,如有不适请尽快就医。', '相关推荐', ''];
  for (const [t, s, src] of related) lines.push(t, '', s, '', src, '');
  return lines.join('\n');
}
