import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { readDataFile } from './data-file';
import { formatProblem } from './problems';

/**
 * A YAML data file read from disk by a build or bench script, validated by its schema; throws every problem as
 * `file:line: what — how to fix`. The content step itself reads texts it was handed (`readDataFile`), so that it
 * never touches the disk; this is for the scripts around it, so that none parses YAML its own way.
 */
export function loadDataFile<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const read = readDataFile(file, readFileSync(file, 'utf8'), schema);
  if (!read.ok) throw new Error(read.problems.map(formatProblem).join('\n'));
  return read.value;
}
