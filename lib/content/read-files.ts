import type { Problem } from '@/lib/core/problems';
import { refuse, type Log } from './build-log';
import { decodeContent } from './decode';
import { readFrontMatter } from './front-matter';
import type { SourceFile } from './input';
import { parsePage, questionKey, type Page } from './parse-page';
import type { FrontMatter } from './schema';
import { typeset } from './typography';

export type ParsedFile = {
  file: string;
  frontMatter: FrontMatter;
  keyLines: Partial<Record<keyof FrontMatter, number>>;
  page: Page;
  /** The title rule, decided once: the front matter's `title`, else the file's first line, typeset. */
  question: string;
  /** An editor's title is taken as written; a first line may lose a site's name (lib/content/title-suffix.ts). */
  titleFromFrontMatter: boolean;
  key: string;
};

/** Reads one file's bytes into a page, or the problems that stop it. */
export function readPage(file: string, bytes: Uint8Array, size = bytes.length): { parsed?: ParsedFile; problems: Problem[]; warnings: Problem[] } {
  const decoded = decodeContent(file, bytes, size);
  if (!decoded.ok) return { problems: decoded.problems, warnings: [] };
  const fm = readFrontMatter(file, decoded.value.text);
  if (!fm.ok) return { problems: fm.problems, warnings: [] };
  const page = parsePage(file, fm.value.body, fm.value.bodyLineOffset);
  if (!page.ok) return { problems: page.problems, warnings: [] };
  const question = typeset(fm.value.frontMatter.title ?? page.value.question);
  return {
    parsed: { file, frontMatter: fm.value.frontMatter, keyLines: fm.value.keyLines, page: page.value, question, titleFromFrontMatter: fm.value.frontMatter.title !== undefined, key: questionKey(question) },
    problems: [],
    warnings: page.value.warnings,
  };
}

export type Progress = (done: number, total: number) => void;

export function readFiles(files: SourceFile[], log: Log, onProgress?: Progress): ParsedFile[] {
  const parsed: ParsedFile[] = [];
  files.forEach((f, i) => {
    const r = readPage(f.path, f.bytes, f.size);
    refuse(log, ...r.problems);
    log.warnings.push(...r.warnings);
    if (r.parsed) parsed.push(r.parsed);
    if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1, files.length);
  });
  return parsed;
}
