import { spawnSync } from 'node:child_process';

/**
 * When the site published and last changed each content file: the first and the last commit that touched it, from
 * the repository's history — never a file's modification time, which a checkout, a copy or an editor's save
 * rewrites. One `git log` call reads the history of every file at once (a call per file costs seconds per thousand
 * files). Front matter (`date`, `updated`) overrides either date (lib/content/article-body.ts).
 */
export type FileDates = { first: string; last: string };

export type History = {
  /** Dates by path relative to the content folder, `/`-separated; absent when the folder is not in git. */
  dates?: ReadonlyMap<string, FileDates>;
  /** Why there are no dates, or what limits them (a shallow clone's first commit is not the file's first). */
  note?: string;
  /** Wall time the git call took, for the report. */
  ms: number;
};

/** A line that opens a commit in our `git log` format; the file names of that commit follow, one per line. */
const COMMIT = '\u0001';

/**
 * `git log --format=<COMMIT>%cI --name-only` output (newest commit first) → each file's first and last commit
 * date. The committer date is taken as the commit states it (its own time zone), `YYYY-MM-DD`.
 */
export function parseGitLog(text: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  let date: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith(COMMIT)) {
      const iso = line.slice(COMMIT.length).trim();
      date = /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : undefined;
      continue;
    }
    if (line === '' || date === undefined) continue;
    const seen = dates.get(line);
    // Commits come newest first, but a merged branch's can interleave: the earliest and the latest date win.
    if (!seen) dates.set(line, { first: date, last: date });
    else {
      if (date < seen.first) seen.first = date;
      if (date > seen.last) seen.last = date;
    }
  }
  return dates;
}

function git(dir: string, args: string[]): { ok: boolean; out: string } {
  const r = spawnSync('git', ['-C', dir, '-c', 'core.quotePath=false', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { ok: r.status === 0 && !r.error, out: r.stdout ?? '' };
}

/** The history of every file under `dir`, paths relative to it. */
export function readGitHistory(dir: string): History {
  const started = performance.now();
  const log = git(dir, ['log', `--format=${COMMIT}%cI`, '--name-only', '--no-renames', '--relative', '--', '.']);
  if (!log.ok) return { note: 'the content folder is not in a git repository: pages show only front-matter dates', ms: performance.now() - started };
  const dates = parseGitLog(log.out);
  const shallow = git(dir, ['rev-parse', '--is-shallow-repository']).out.trim() === 'true';
  return {
    dates,
    ...(shallow ? { note: 'the repository is a shallow clone: a file first committed before its oldest commit shows a later 首次发布 date' } : {}),
    ms: performance.now() - started,
  };
}
