import { LIMITS } from './limits';
import { fail, ok, type Result } from '@/lib/core/problems';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export type Decoded = { text: string; encoding: Encoding };

const decoders: Record<Encoding, TextDecoder> = {
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true, ignoreBOM: false }),
  gb18030: new TextDecoder('gb18030', { fatal: true }),
};

/**
 * Bytes of one content file → text with `\n` line ends and no byte-order mark.
 * A byte-order mark makes the encoding certain (UTF-8, or UTF-16 as Windows Notepad's "Unicode" writes it). Without
 * one, NUL bytes at every other position are UTF-16's pattern (each ASCII character has a zero half); otherwise UTF-8
 * is tried, then GB18030 (Chinese Windows editors and scrapers). Only a clean decode counts, and only a file that no
 * decoding reads cleanly is refused. NUL bytes in no such pattern, or control characters throughout, mean a binary
 * file; invisible and stray control characters are removed (see `stripInvisible`).
 */
export function decodeContent(file: string, bytes: Uint8Array, totalBytes = bytes.length): Result<Decoded> {
  // The loader may hand over only the first bytes of a huge file; `totalBytes` is its real size.
  if (totalBytes > LIMITS.maxFileBytes || bytes.length > LIMITS.maxFileBytes) {
    return fail({
      file,
      line: 1,
      message: `file is ${formatBytes(Math.max(totalBytes, bytes.length))}, over the ${formatBytes(LIMITS.maxFileBytes)} limit for one page`,
      fix: 'split it into one file per question, or remove what is not the page',
    });
  }
  if (bytes.length === 0) {
    return fail({ file, line: 1, message: 'file is empty', fix: 'write the question on the first line and the answer below it, or delete the file' });
  }
  const bom = byteOrderMark(bytes);
  let decoded: Decoded | undefined;
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    decoded = tryDecode(bytes, bom);
    if (!decoded) {
      return fail({
        file,
        line: 1,
        message: `file starts with a ${bom === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} byte-order mark but is not valid UTF-16 (it is cut off or damaged)`,
        fix: 'open it in an editor and save it again as UTF-8',
      });
    }
  } else if (bom === undefined && bytes.indexOf(0) >= 0) {
    decoded = utf16WithoutMark(bytes);
    if (!decoded) {
      return fail({
        file,
        line: lineAtByte(bytes, bytes.indexOf(0)),
        message: 'file contains NUL bytes and reads as neither UTF-16 LE nor UTF-16 BE: it is a binary file, not text',
        fix: 'save the page as plain text (UTF-8), or remove the file from content/',
      });
    }
  } else {
    decoded = tryDecode(bytes, 'utf-8') ?? (bom === undefined ? tryDecode(bytes, 'gb18030') : undefined);
    if (!decoded) {
      return fail({
        file,
        line: lineAtByte(bytes, firstInvalidUtf8(bytes)),
        message: bom === 'utf-8' ? 'file starts with a UTF-8 byte-order mark but is not valid UTF-8' : 'file is neither valid UTF-8 nor GB18030 text (nor UTF-16)',
        fix: 'open it in an editor and save it again as UTF-8',
      });
    }
  }
  const unified = decoded.text.replace(/\r\n?/g, '\n');
  const control = CONTROL.exec(unified);
  if (control && looksBinary(unified)) {
    return fail({
      file,
      line: lineOf(unified, control.index),
      message: `file contains ${countMatches(unified, CONTROL_ALL)} control characters (the first is U+${codePoint(control[0])}): it looks like a binary file`,
      fix: 'save the page as plain text (UTF-8), or remove the file from content/',
    });
  }
  const text = stripInvisible(unified);
  if (text.trim() === '') {
    return fail({ file, line: 1, message: 'file has only blank lines', fix: 'write the question on the first line and the answer below it, or delete the file' });
  }
  const lines = countLines(text);
  if (lines > LIMITS.maxLines) {
    return fail({
      file,
      line: LIMITS.maxLines + 1,
      message: `file has ${lines} lines, over the ${LIMITS.maxLines}-line limit for one page`,
      fix: 'split it into one file per question, or remove what is not the page',
    });
  }
  return ok({ ...decoded, text });
}

/**
 * Characters that show nothing but break matching: zero-width spaces and joiners, word joiner, byte-order marks
 * anywhere in the text (a file pasted together from several keeps them mid-file), bidirectional marks and
 * embeddings, the soft hyphen, the Mongolian vowel separator, and C0/C1 control characters other than tab and
 * line feed. They are removed before anything reads the text, so `医\u200B保` is 医保 to every rule.
 * Line feeds are never removed, so line numbers stay those of the file.
 */
const INVISIBLE = '\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF';
/** Spaces of other widths read as one ordinary space; the ideographic space U+3000 is kept (it indents). */
const ODD_SPACES = '\\u00A0\\u2000-\\u200A\\u202F\\u205F';
const STRIPPED = new RegExp(`[${INVISIBLE}${ODD_SPACES}]`, 'g');
const ODD_SPACE = new RegExp(`^[${ODD_SPACES}]$`);
/** What text decoded from UTF-16 never holds: control characters other than tab and line ends. */
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROL = /[\u0001-\u0008\u000B-\u001F\u007F-\u009F]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

/** One pass over the text: invisible characters go, odd spaces become spaces. */
export function stripInvisible(text: string): string {
  return text.replace(STRIPPED, (ch) => (ODD_SPACE.test(ch) ? ' ' : ''));
}

/**
 * A stray control character in a scraped page is noise and is removed; a text where they are common is a binary
 * file saved as `.txt` (more than 1 in 200 characters, and more than 8).
 */
function looksBinary(text: string): boolean {
  const n = countMatches(text, CONTROL_ALL);
  return n > 8 && n * 200 > text.length;
}

function byteOrderMark(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function tryDecode(bytes: Uint8Array, encoding: Encoding): Decoded | undefined {
  try {
    return { text: decoders[encoding].decode(bytes), encoding };
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a byte-order mark shows its NUL pattern: every ASCII character (line ends, digits, punctuation) has
 * a zero byte. Which order it is in shows in what each reading gives: the right one reads as Chinese and ASCII
 * text, the wrong one as characters of rare scripts (a line end becomes U+0A00). A binary file reads as neither.
 */
function utf16WithoutMark(bytes: Uint8Array): Decoded | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  let best: { decoded: Decoded; score: number } | undefined;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const decoded = tryDecode(bytes, encoding);
    if (!decoded || NOT_TEXT.test(decoded.text)) continue;
    const score = commonShare(decoded.text);
    if (!best || score > best.score) best = { decoded, score };
  }
  return best && best.score >= 0.9 ? best.decoded : undefined;
}

/** Characters of ordinary Chinese text: ASCII, CJK punctuation and ideographs, full-width forms. */
const COMMON = /[\t\n\r\u0020-\u007E\u00A0-\u00FF\u2000-\u206F\u2460-\u24FF\u25A0-\u27BF\u3000-\u303F\u3400-\u9FFF\uFF00-\uFFEF]/g;

/** The share of a text's first characters that are those of ordinary Chinese text. */
function commonShare(text: string): number {
  const head = text.slice(0, 2048);
  return head.length === 0 ? 0 : countMatches(head, COMMON) / head.length;
}

function countMatches(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function codePoint(ch: string): string {
  return (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** 1-based line of a character offset. */
export function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

/** Offset of the first byte that breaks UTF-8, so the error can name a line. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return 0;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} kB`;
}
