import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { fail, ok, type Problem, type Result } from './problems';

/**
 * An editor-maintained YAML file under content/ (topics, scope, regions), validated by a schema.
 * Every problem names the line in that file, so a typo is fixed where it was made.
 */
export function readDataFile<S extends z.ZodType>(file: string, text: string, schema: S): Result<z.output<S>> {
  const read = readDataFileWithLines(file, text, schema);
  return read.ok ? ok(read.value.data) : read;
}

/** A path into a data file, e.g. `['concepts', 3, 'forms', 1]`. */
export type DataPath = readonly (string | number)[];

/**
 * `readDataFile`, plus the line each value was written on, for checks the schema cannot make (a word claimed
 * twice, an unknown topic): the nearest enclosing node's line when the path names nothing.
 */
export function readDataFileWithLines<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): Result<{ data: z.output<S>; lineOf: (path: DataPath) => number }> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    // The parser can report one mistake twice at the same place: each line and message is said once.
    const said = new Map<string, Problem>();
    for (const e of doc.errors) {
      const problem = { file, line: lineCounter.linePos(e.pos[0]).line, message: `not valid YAML: ${e.message.split('\n')[0] ?? e.code}`, fix: 'check indentation and quoting on that line' };
      said.set(`${problem.line}\n${problem.message}`, problem);
    }
    return fail(...said.values());
  }
  const lineOf = (path: DataPath): number => {
    let node: unknown = doc.getIn(path, true);
    for (let cut = path.length - 1; !isNode(node) && cut >= 0; cut--) node = doc.getIn(path.slice(0, cut), true);
    const offset = isNode(node) && node.range ? node.range[0] : 0;
    return lineCounter.linePos(offset).line;
  };
  const checked = schema.safeParse(doc.toJS());
  if (checked.success) return ok({ data: checked.data, lineOf });
  return fail(
    ...checked.error.issues.map((issue): Problem => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      return {
        file,
        line: lineOf(path),
        message: `\`${path.join('.') || '(top level)'}\` is invalid: ${issue.message}`,
        fix: 'follow the format described in the comment at the top of the file',
      };
    }),
  );
}

/** Compiles an editor's pattern, or says which one is broken. */
export function compilePattern(file: string, pattern: string): Result<RegExp> {
  try {
    return ok(new RegExp(pattern, 'u'));
  } catch (error) {
    return fail({
      file,
      line: 1,
      message: `pattern \`${pattern}\` is not a valid regular expression (${error instanceof Error ? error.message : String(error)})`,
      fix: 'escape special characters with a backslash, or write the plain word',
    });
  }
}
