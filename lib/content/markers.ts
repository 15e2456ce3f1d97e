/**
 * Every line form the answer parser understands, in one place: what a scraper leaves of headings, lists, steps,
 * tips, Q&A pairs and disclaimers. `structure.ts` (one file per block kind in `structure/`) decides what to build
 * from them; docs/editing.md shows editors the same forms. Each pattern reads one trimmed line.
 */

const CN_DIGITS = '一二三四五六七八九十';
const CN_NUMBER = `[${CN_DIGITS}]{1,3}`;

/** `一、扣款对象` `二. 顺序`: a section heading (`<h2>`). */
export const CN_HEADING = new RegExp(`^(${CN_NUMBER})[、.．]\\s*(\\S.*)$`);
/** `（一）职工医保`: a sub-heading (`<h3>`). */
export const CN_SUBHEADING = new RegExp(`^[（(](${CN_NUMBER})[)）]\\s*(\\S.*)$`);
/**
 * `## 标题`, `### 一、标题`, or `##标题` (two or more marks need no space). A single `#` needs its space, so a
 * hashtag `#医保新规#` stays text.
 */
export const MD_HEADING = /^(#{1,6})(?:[ \t]+|(?<=##)(?!#))(\S.*?)(?:[ \t]+#+)?$/;
/** `**办理材料**` or `【办理材料】` alone on a line, optionally with a colon: used as a heading. */
export const LABEL_HEADING = /^(?:\*\*(?=\S)([^*]+?)\*\*|【([^】]+)】)\s*[:：]?$/;
/** A line of three or more `-`, `*` or `_`: a rule between parts. */
export const THEMATIC_BREAK = /^(?:([-*_])[ \t]*){3,}$/;
/** Longest text a heading line may have; a longer line is a paragraph that happens to start the same way. */
export const MAX_HEADING_CHARS = 50;

/** A date as feeds print it beside a source or a listed title: `2025-03-18`, `2025/3/18`, `2025.3.18`, `2025年3月18日`; year, month and day captured. */
export const WRITTEN_DATE = String.raw`(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?`;

/** Text ending in `。` `；` `！`: a finished sentence, so not a title or a heading. */
export const SENTENCE_END = /[。；;！!]$/;
/** A sentence's stop anywhere in the text: a cell or a caption holding one is prose, not a label. */
export const SENTENCE_STOP = /[。；;！!？?]/;

/** List markers, each family its own level of numbering. */
export type ListStyle = 'bullet' | 'number' | 'paren' | 'circled' | 'step';
/** How deep a numbering family sits in the usual Chinese outline 1. → (1) → ①, so `(1)` after `1.` nests. */
export const STYLE_RANK: Record<ListStyle, number> = { bullet: 0, step: 0, number: 1, paren: 2, circled: 3 };

/** An ASCII or full-width digit: scrapers of Chinese pages print `１．` as often as `1.`. */
const DIGIT = '[0-9０-９]';
const DIGITS_ONLY = new RegExp(`^${DIGIT}+$`);

/**
 * `•` or another bullet sign, or `-` `*` `+` and a space. The text may open with bold (`- **线上办理**：…`);
 * `**标题**` alone has no space after its first `*`, and `***` / `- - -` are rules, so neither is a bullet.
 */
const BULLET = /^(?:[•●◦○▪▫■□◆◇▶►▸·]\s*|[-*+]\s+)(\S.*)$/;
/** `1.` `1．` `1、` `1)` `1）` and their full-width forms `１．`, not `1.5倍` or `2025年`. */
const NUMBER = new RegExp(`^(${DIGIT}{1,3})(?:[.．、](?!${DIGIT})|[)）])\\s*(\\S.*)$`);
/** The number a scraper printed twice (`1. 1.个人医保账户`). */
const REPEATED_NUMBER = new RegExp(`^(${DIGIT}{1,3})[.．、](?!${DIGIT})\\s*`);
/** `(1)` `（1）` `（１）`. */
const PAREN = new RegExp(`^[(（](${DIGIT}{1,3})[)）]\\s*(\\S.*)$`);
/** A keycap digit, as social posts number their points: `1️⃣ 出生医学证明` (a digit, an optional variation selector, U+20E3). */
const KEYCAP = /^([0-9])\uFE0F?\u20E3\s*(\S.*)$/u;
/** `①`…`⑳`, `⑴`…`⒇`, `⒈`…`⒛`. */
const CIRCLED = /^([\u2460-\u249B])\s*(\S.*)$/;
/**
 * A step of a procedure: `第一步:` `第1步` `步骤1:` `步骤一、` `Step 1:` `STEP2.`. The label is followed by a
 * separator, a bracketed name of the step (`第一步【登记】…`, `第2步〔缴费〕…`) or ends the line, so
 * `第一步是准备材料` stays a sentence.
 */
const STEP = new RegExp(
  `^(?:第\\s*(${DIGIT}{1,2}|${CN_NUMBER})\\s*步|步骤\\s*(${DIGIT}{1,2}|${CN_NUMBER})|step\\s*(${DIGIT}{1,2}))(?:\\s*[:：、，,.．)）]\\s*|\\s+|$|(?=[【〔〖［\\[（(「]))(.*)$`,
  'i',
);

export type ListMarker = { style: ListStyle; number: number; content: string };

/** A list or step line → its family, number and text; undefined for any other line. */
function stepOf(text: string): ListMarker | undefined {
  const step = STEP.exec(text);
  return step ? { style: 'step', number: toNumber(step[1] ?? step[2] ?? step[3] ?? '1'), content: (step[4] ?? '').trim() } : undefined;
}

export function listMarker(text: string): ListMarker | undefined {
  const step = stepOf(text);
  if (step) return step;
  const circled = CIRCLED.exec(text);
  if (circled) {
    // Three runs of twenty: ① circled, ⑴ in parentheses (the `(1)` family), ⒈ with a full stop (the `1.` family).
    const offset = (circled[1]?.codePointAt(0) ?? 0x2460) - 0x2460;
    const style = offset < 20 ? 'circled' : offset < 40 ? 'paren' : 'number';
    return { style, number: (offset % 20) + 1, content: circled[2] ?? '' };
  }
  const keycap = KEYCAP.exec(text);
  if (keycap) return { style: 'number', number: toNumber(keycap[1] ?? '1'), content: keycap[2] ?? '' };
  const paren = PAREN.exec(text);
  if (paren) return { style: 'paren', number: toNumber(paren[1] ?? '1'), content: paren[2] ?? '' };
  const number = NUMBER.exec(text);
  if (number) {
    const value = toNumber(number[1] ?? '1');
    const content = number[2] ?? '';
    const repeated = REPEATED_NUMBER.exec(content);
    return { style: 'number', number: value, content: repeated && toNumber(repeated[1] ?? '') === value ? content.slice(repeated[0].length) : content };
  }
  const bullet = THEMATIC_BREAK.test(text) ? null : BULLET.exec(text);
  if (!bullet) return undefined;
  // `• 第1步、…`: a step written as a bullet is a step.
  const content = bullet[1] ?? '';
  return stepOf(content) ?? { style: 'bullet', number: 1, content };
}

/** `3`, `３` or `三` / `十二` → 3 / 12. */
export function toNumber(text: string): number {
  if (DIGITS_ONLY.test(text)) return Number(text.normalize('NFKC'));
  const digit = (ch: string | undefined) => CN_DIGITS.indexOf(ch ?? '') + 1;
  if (text.length === 1) return digit(text);
  const ten = text.indexOf('十');
  if (ten < 0) return digit(text.charAt(0));
  const tens = ten === 0 ? 1 : digit(text.charAt(0));
  return tens * 10 + (ten === text.length - 1 ? 0 : digit(text.charAt(ten + 1)));
}

/**
 * Labels of a tip: a line that opens with one of these and a colon (or in 【】 or bold) is a note in the answer.
 * Longest first, so `注意事项` is not read as `注意`.
 */
const TIP_LABELS = ['温馨提示', '温馨提醒', '友情提示', '友情提醒', '特别提醒', '特别提示', '特别注意', '特别说明', '重要提示', '重要提醒', '注意事项', '小贴士', '小提示', '提示', '提醒', '注意', '备注', '贴士', '注'];
const LABEL_GROUP = `(?:${TIP_LABELS.join('|')})`;
const TIP_FORMS = [
  new RegExp(`^\\*\\*\\s*(${LABEL_GROUP})\\s*[:：]?\\s*\\*\\*\\s*[:：]?\\s*(.*)$`),
  new RegExp(`^【(${LABEL_GROUP})】\\s*[:：]?\\s*(.*)$`),
  new RegExp(`^(${LABEL_GROUP})\\s*[:：]\\s*(.*)$`),
];

export type Tip = { label: string; body: string };

/** `温馨提示：…` `**注意**：…` `【小贴士】…` → the label and the rest of the line (empty when a list follows). */
export function tipOf(text: string): Tip | undefined {
  for (const re of TIP_FORMS) {
    const m = re.exec(text);
    if (m) return { label: m[1] ?? '', body: (m[2] ?? '').trim() };
  }
  return undefined;
}

/**
 * A question's or an answer's label, with the pair's number when it has one, in any numbering (`问：` `问一：`
 * `问1、` `问题（二）：` `Q3 ` `Q01：`): after a number a separator or a space, without one a colon, so `问一下` and
 * `答案是` stay words.
 */
const QA_NUMBER = '(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[（(](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[)）])';
const QA_TAIL = `(?:${QA_NUMBER}\\s*(?:[:：.．、]|\\s)|[:：])`;
const ASKS = '(?:问题?|提问|Q)';
const ANSWERS = '(?:答|回答|解答|A)';
/** `问:` / `问题：` / `Q:` / `问一：` / `Q3 ` and `答:` / `回答：` / `A:` / `答一：` / `A3 `. */
export const QUESTION_LABEL = new RegExp(`^${ASKS}\\s*${QA_TAIL}\\s*(\\S.*)$`);
export const ANSWER_LABEL = new RegExp(`^${ANSWERS}\\s*${QA_TAIL}\\s*(.*)$`);
/** `问:…？答:…` on one line. */
export const QA_ONE_LINE = new RegExp(`^${ASKS}\\s*${QA_TAIL}\\s*(\\S.*?[？?])\\s*${ANSWERS}\\s*${QA_TAIL}\\s*(\\S.*)$`);

/** The label a disclaimer line may open with: `提示:` `免责声明：` `【温馨提示】`. */
const DISCLAIMER_LABEL = /^[【[]?(?:温馨提示|温馨提醒|友情提示|特别提示|特别提醒|重要提示|风险提示|免责声明|声明|提示|提醒|注意|说明|注)[】\]]?\s*[:：]?\s*/;
/** What a disclaimer's clause may open with: `本内容` `以上信息` `文中建议`. */
const ABOUT = '(?:本文|本页|本站|本回答|本内容|本信息|以上|上述|文中|该|此|本)?(?:所有|全部)?(?:内容|信息|文章|回答|解答|答案|资料|建议|科普)?(?:均|仅|只|都)?';
/**
 * The clauses a medical disclaimer is made of. A line is a disclaimer only when every clause (split at `，。；！`)
 * is one of these, so `温馨提示:出院时带齐发票和费用清单，回参保地就医报销时要用` is a tip and stays.
 */
const DISCLAIMER_CLAUSES: RegExp[] = [
  // 本内容不能代替面诊 / 不能替代医生的诊断和治疗 / 不可取代专业医疗建议
  new RegExp(
    `^${ABOUT}(?:并)?(?:不能|无法|不可以|不可|不应|不宜|不)(?:用来|用于)?(?:代替|替代|取代|作为)(?:医生|医师|执业医师|专业医生|专业人士)?的?(?:当面|线下)?(?:面诊|诊断|诊疗|治疗|就医|就诊|医嘱|医生|(?:专业)?(?:医疗|医学)?(?:意见|建议|诊断|指导))(?:[和或及与、](?:面诊|诊断|诊疗|治疗|用药|意见|建议|指导))*(?:的依据)?$`,
  ),
  // 本内容仅供参考 / 仅作科普
  new RegExp(`^${ABOUT}(?:供|作|作为|用于)(?:参考|科普|健康科普|学习参考|参考之用|科普之用)(?:之用|使用)?$`),
  // 不构成医疗建议 / 不作为诊断依据
  new RegExp(`^${ABOUT}(?:不构成|不作为|不能作为)(?:任何)?(?:医疗|诊疗|医学|专业)?(?:建议|诊断|意见|依据|诊断依据|治疗依据|治疗方案)(?:[或和](?:诊断|治疗)(?:依据)?)?$`),
  // 如有不适请尽快就医 / 如有不适 / 请及时就医 / 身体不适请到医院就诊
  /^(?:如有|如果有|若有|如出现|如|若|身体)?(?:任何)?(?:身体)?(?:不适|症状)(?:症状)?$/,
  /^(?:(?:如有|如果有|若有|如出现|如|若)(?:任何)?(?:身体)?(?:不适|症状)(?:症状|加重)?|身体不适)?(?:请|应|应当|建议|需|需要)?(?:您)?(?:及时|尽快|尽早|立即|马上)?(?:前往|到|去)?(?:正规|专业)?(?:医院|医疗机构)?(?:就医|就诊|检查|咨询医生|咨询专业医生|线下就医|面诊)$/,
  // 具体请遵医嘱 / 以医生诊断为准 / 请咨询专业医生
  /^(?:具体|详细|用药|诊疗|治疗)?(?:情况)?(?:请|应|需)?(?:遵|遵从|遵循|听从|以)(?:医嘱|医生(?:的)?(?:诊断|建议|意见|指导)|专业医生(?:的)?(?:诊断|建议|意见))(?:为准)?$/,
  /^(?:具体|详细|如有疑问|如有疑问的话)?(?:诊疗|治疗|用药|病情)?(?:问题)?(?:请|建议|可)?(?:您)?(?:及时)?(?:咨询|询问|请教)(?:专业|您的|主治)?(?:医生|医师|医务人员)$/,
  // 具体以当地医保政策为准 / 一切以官方公布为准: a hedge, a disclaimer only under a label (声明：…)
  /^(?:具体|一切|最终|详细)?(?:内容|情况|政策|标准)?(?:请|均)?以(?:当地|各地|参保地|官方|相关部门)?[\p{Script=Han}]{0,8}(?:政策|规定|公布|解释|通知)为准$/u,
];
const DISCLAIMER_WORDS = /面诊|诊|医|参考|科普|不适|症状|医嘱|建议|依据|为准/;
/** Clauses that carry a medical meaning; `仅供参考` alone needs a label to count as a disclaimer. */
const MEDICAL = /面诊|诊断|诊疗|治疗|就医|就诊|医生|医师|医嘱|不适|医疗建议|医学/;

/**
 * A true medical disclaimer: a line made only of disclaimer clauses (`提示:本内容不能代替面诊,如有不适请尽快就医。`).
 * The site shows its own standard notice instead. Anything that also says something else is kept as text.
 */
export function isDisclaimer(text: string): boolean {
  // Every disclaimer clause holds one of these words; most answer lines hold none and are settled here.
  if (text.length > 120 || !DISCLAIMER_WORDS.test(text)) return false;
  const label = DISCLAIMER_LABEL.exec(text);
  const body = text.slice(label ? label[0].length : 0).replace(/[*【】]/g, '');
  const clauses = body
    .normalize('NFKC')
    .split(/[,;!。;!.\s]+/)
    .map((c) => c.replace(/[“”"'‘’()（）]/g, ''))
    .filter(Boolean);
  if (clauses.length === 0) return false;
  if (!clauses.every((c) => DISCLAIMER_CLAUSES.some((re) => re.test(c)))) return false;
  return label !== null || MEDICAL.test(body);
}
