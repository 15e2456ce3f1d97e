import { describe, expect, it } from 'vitest';
import { decodeContent, type Encoding } from '@/lib/content/decode';
import { build, byQuestion, page } from './helpers';

const TEXT = page('医保卡丢了怎么补办', '一、可以到社保卡服务网点补办,也可以在线上申请补办。').replace(/\n/g, '\r\n');
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
const gb18030 = (s: string) => {
  // GB18030 bytes of the few characters used here, built through the decoder's inverse: the test data is fixed.
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) for (let lo = 0x40; lo <= 0xfe; lo++) if (lo !== 0x7f) table.set(decoder.decode(new Uint8Array([hi, lo])), [hi, lo]);
  return new Uint8Array([...s].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f]))));
};
const withMark = (mark: number[], bytes: Uint8Array) => new Uint8Array([...mark, ...bytes]);

describe('every encoding an editor or a scraper saves in is read', () => {
  const cases: [string, Uint8Array, Encoding][] = [
    ['UTF-8', new TextEncoder().encode(TEXT), 'utf-8'],
    ['UTF-8 with a byte-order mark', withMark([0xef, 0xbb, 0xbf], new TextEncoder().encode(TEXT)), 'utf-8'],
    ['UTF-16 LE with a byte-order mark (Notepad "Unicode")', withMark([0xff, 0xfe], utf16le(TEXT)), 'utf-16le'],
    ['UTF-16 BE with a byte-order mark', withMark([0xfe, 0xff], utf16be(TEXT)), 'utf-16be'],
    ['UTF-16 LE without a byte-order mark', utf16le(TEXT), 'utf-16le'],
    ['UTF-16 BE without a byte-order mark', utf16be(TEXT), 'utf-16be'],
    ['GB18030 / GBK', gb18030(TEXT), 'gb18030'],
  ];

  it.each(cases)('%s', (_name, bytes, encoding) => {
    const r = decodeContent('a.txt', bytes);
    expect(r.ok && r.value.encoding).toBe(encoding);
    expect(r.ok && r.value.text).toBe(TEXT.replace(/\r\n/g, '\n'));
    const site = build({ 'a.txt': bytes });
    expect(site.report.errors).toEqual([]);
    expect(site.report.refused).toEqual([]);
    expect(byQuestion(site, '医保卡丢了怎么补办').answerText).toContain('可以到社保卡服务网点补办');
  });

  it('reads UTF-16 whose Chinese characters have a zero byte (一 is U+4E00) by the pattern of the rest', () => {
    const text = '一一一一\n一、一个人\n医保\n';
    const r = decodeContent('a.txt', utf16le(text));
    expect(r.ok && r.value).toEqual({ encoding: 'utf-16le', text });
  });
});

describe('only a file no decoding reads cleanly is refused', () => {
  it.each([
    ['a PNG saved as .txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /NUL bytes and reads as neither UTF-16 LE nor UTF-16 BE/],
    ['bytes with NULs at both parities', new Uint8Array([0, 1, 2, 3]), /binary file/],
    ['a UTF-16 file cut off mid-character', withMark([0xff, 0xfe], utf16le('医保').slice(0, 3)), /UTF-16 LE byte-order mark but is not valid UTF-16/],
    ['a UTF-8 byte-order mark on bytes that are not UTF-8', withMark([0xef, 0xbb, 0xbf], new Uint8Array([0x41, 0xff])), /UTF-8 byte-order mark but is not valid UTF-8/],
    ['bytes that are neither UTF-8 nor GB18030', new Uint8Array([0x41, 0x0a, 0xff, 0xff]), /neither valid UTF-8 nor GB18030/],
  ])('%s', (_name, bytes, message) => {
    const r = decodeContent('bad.txt', bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(message);
  });
});
