/**
 * A question read the way a person reads it, before it is searched: what a resident typed or said into the phone,
 * with the parts that carry no meaning taken out. Pure and browser-safe; the words come from content/synonyms.yaml
 * through meta.json.
 *
 * - **Filler** (请问, 在线等, 谢谢, 麻烦问一下 …) is cut out, and so is a particle closing a clause (吗, 么, 呢, 啊 …):
 *   left in, each joins its neighbours into character pairs no answer has, which only dilute what was asked.
 * - **A masked character** (`南*市`, `大*`: the collection the questions come from hid place names so) is one unknown
 *   character: it and the character it hides part of say nothing, so the place is dropped rather than half-read.
 * - **Years in Chinese numerals** (二0一五年, 二〇二四年) become digits, as answers write them.
 * - **Two questions in one** (医保卡年底清零吗?能查到去年的刷卡记录么?) are split at the end of each sentence, and at
 *   a question particle before a space (…能报销吗 一年最多报多少); a sentence that offers another answer to the one
 *   before it (…能领生育津贴吗？还是只能报住院费) stays with it.
 */

export type QuestionWords = { filler: readonly string[] };

export type ReadQuestion = {
  /** The whole question with filler, masks and numerals dealt with. */
  text: string;
  /** Its sentences, when it has more than one that asks something. */
  parts: string[];
};

const NUMERALS: Readonly<Record<string, string>> = { '零': '0', '〇': '0', '○': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };
// Four digits or numerals before 年, at least one of them a numeral: 二0一五年, 二〇二四年.
const YEAR = /([零〇○一二三四五六七八九0-9]{4})(?=年)/gu;
// A masked character, the character before it (the visible half of a two-character place name) and a place suffix.
const MASK = /\p{Script=Han}?[*＊]+[市省县区州镇村]?/gu;
// A particle that closes a clause: before punctuation, a space or the end. 么 and 嘛 closing 什么, 怎么, 这么, 那么,
// 多么, 要么, 干嘛 are the end of a word, not a particle: cut, 是什么 leaves 是什, a pair some answers have by chance.
const PARTICLE = /(?<![什怎这那多要干])[吗么嘛呢啊呀吧哦哈啦]+(?=[\s?？!！。，,；;、~～…]|$)/gu;
const ASKED = /(?<![什怎这那多要干])[吗么呢]\s+(?=\S)/gu;
const SENTENCE_END = /[?？!！。；;\n]+/u;
const HAN = /\p{Script=Han}/gu;
// A sentence opening with 还是 or 或者 offers another answer to the question before it, and is no question of its own.
const ALTERNATIVE = /^(还是|或者|或是)/u;

/** `words.filler` should come longest first (the order meta.json keeps), so 麻烦问一下 goes before 麻烦. */
export function readQuestion(raw: string, words: QuestionWords): ReadQuestion {
  let text = raw.replace(YEAR, (year) => (/[0-9]{4}/.test(year) ? year : Array.from(year, (c) => NUMERALS[c] ?? c).join('')));
  text = text.replace(MASK, ' ');
  for (const filler of words.filler) if (filler) text = text.split(filler).join(' ');
  // 「…能报吗 一年最多报多少」: typed or said without punctuation, a question particle before a space ends a question.
  text = text.replace(ASKED, '？');
  text = text.replace(PARTICLE, ' ');
  const parts: string[] = [];
  for (const sentence of text.split(SENTENCE_END).map((p) => p.replace(/\s+/gu, ' ').trim())) {
    if ((sentence.match(HAN)?.length ?? 0) < 2) continue;
    // 「生孩子能领生育津贴吗？还是只能报住院费」: an alternative belongs to the question before it.
    const last = parts.length - 1;
    if (last >= 0 && ALTERNATIVE.test(sentence)) parts[last] = `${parts[last]} ${sentence}`;
    else parts.push(sentence);
  }
  return { text: text.replace(/\s+/gu, ' ').trim(), parts: parts.length > 1 ? parts : [] };
}
