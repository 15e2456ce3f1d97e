import type { ReactNode } from 'react';
import { lazyIsland } from '@/lib/site/islands';
import { calculate, type Fields } from '@/lib/calculators/calculate';
import { calculateFlexible } from '@/lib/calculators/flexible';
import { BIRTH_SITUATIONS } from '@/lib/calculators/maternity';
import { formatNumber, formatPercent, formatYuan } from '@/lib/calculators/money';
import { entryNotice, sourceText, validityText } from '@/lib/calculators/source';
import { HOSPITAL_LEVELS, STATUSES, type AnyCalculator, type RateEntryBase, type RateSource } from '@/lib/calculators/types';
import { tierChoices, workingLine } from '@/lib/markup/calculator';
import { toReact } from '@/components/markup';

type Props = {
  calculator: AnyCalculator;
  /** The entry (region) the form starts on: the page's region when it names one. */
  entry: number;
};

const FORMULA: Record<AnyCalculator['kind'], string> = {
  maternity: '生育津贴 = 单位上年度职工月平均工资 ÷ 30 × 产假天数',
  hospital: '统筹支付 = (住院总费用 − 自费和先行自付 − 起付线) × 报销比例，不超过最高支付限额；个人负担 = 总费用 − 统筹支付',
  flexible: '每月缴费 = 缴费基数 × 各险种费率之和；每年缴费 = 每月缴费 × 12',
};

/** The first values, so the server markup shows a worked example; the island recalculates from whatever is typed. */
function startingFields(calculator: AnyCalculator, entry: number): Fields {
  switch (calculator.kind) {
    case 'maternity':
      return { wage: '8000', entry: String(entry), situation: 'birth', babies: '1' };
    case 'hospital':
      return { total: '50000', selfPaid: '5000', entry: String(entry), hospitalLevel: '三级', status: '在职' };
    case 'flexible':
      return { entry: String(entry), tier: '0' };
  }
}

/** A table's amount: whole 元 without `.00`, so four columns fit a phone at 长辈模式 sizes. */
const plain = (value: number) => formatNumber(value, Number.isInteger(value) ? 0 : 2);

const regionLabel = (e: RateEntryBase) => `${e.region.name}${e.example ? '（示例）' : ''}${e.expired ? '（已过期）' : ''}`;

function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="calc-field">
      <label htmlFor={id} className="font-bold">
        {label}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className="block text-[0.9375rem] text-muted">
          {hint}
        </span>
      ) : null}
      {children}
    </div>
  );
}

function Amount({ id, name, label, hint, value }: { id: string; name: string; label: string; hint?: string; value: string }) {
  return (
    <Field id={`${id}-${name}`} label={label} hint={hint}>
      <input
        id={`${id}-${name}`}
        name={name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        defaultValue={value}
        aria-describedby={hint ? `${id}-${name}-hint` : undefined}
        className="calc-input"
      />
    </Field>
  );
}

function Choice({ id, name, label, value, options }: { id: string; name: string; label: string; value: string; options: readonly { value: string; label: string }[] }) {
  return (
    <Field id={`${id}-${name}`} label={label}>
      <select id={`${id}-${name}`} name={name} defaultValue={value} className="calc-input">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

function Source({ source }: { source: RateSource }) {
  return source.url ? (
    <a href={source.url} className="text-accent underline underline-offset-4" rel="noopener">
      {sourceText(source)}
    </a>
  ) : (
    <>{sourceText(source)}</>
  );
}

/** Every number the calculator uses, with its region, validity and source: the reference without script. */
function RatesTable({ calculator }: { calculator: AnyCalculator }) {
  const meta = (e: RateEntryBase) => (
    <p className="text-[0.9375rem] text-muted">
      有效期：{validityText(e)}
      {e.expired ? '（已过期）' : ''} · 依据：<Source source={e.source} />
    </p>
  );
  switch (calculator.kind) {
    case 'maternity':
      return calculator.entries.map((e) => (
        <div key={e.at} className="calc-table">
          <table>
            <caption>{regionLabel(e)}{e.region.level === 'national' ? '' : '：在全国天数之上增加'}</caption>
            <thead>
              <tr>
                <th scope="col">情况</th>
                <th scope="col">天数</th>
              </tr>
            </thead>
            <tbody>
              {e.days.map((d) => (
                <tr key={d.case}>
                  <td className="calc-wrap">
                    {d.label}
                    {sourceText(d.source) === sourceText(e.source) ? null : (
                      <>
                        （依据：<Source source={d.source} />）
                      </>
                    )}
                  </td>
                  <td>{d.days} 天</td>
                </tr>
              ))}
            </tbody>
          </table>
          {meta(e)}
        </div>
      ));
    case 'hospital':
      return calculator.entries.map((e) => (
        <div key={e.at} className="calc-table">
          <table>
            <caption>
              {regionLabel(e)}：年度最高支付限额 {formatYuan(e.annualCap)}
            </caption>
            <thead>
              <tr>
                <th scope="col">医院</th>
                <th scope="col">人员</th>
                <th scope="col">起付线（元）</th>
                <th scope="col">报销比例</th>
              </tr>
            </thead>
            <tbody>
              {e.rows.map((r) => (
                <tr key={`${r.hospitalLevel}-${r.status}`}>
                  <td>{r.hospitalLevel}</td>
                  <td>{r.status}</td>
                  <td>{plain(r.deductible)}</td>
                  <td>{formatPercent(r.ratio)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {meta(e)}
        </div>
      ));
    case 'flexible':
      return calculator.entries.map((e, entry) => (
        <div key={e.at} className="calc-table">
          <table>
            <caption>
              {regionLabel(e)}：{e.items.map((i) => `${i.name} ${formatPercent(i.rate)}`).join('，')}
            </caption>
            <thead>
              <tr>
                <th scope="col">档次</th>
                <th scope="col">基数（元）</th>
                <th scope="col">每月（元）</th>
                <th scope="col">每年（元）</th>
              </tr>
            </thead>
            <tbody>
              {e.tiers.map((t, tier) => {
                const r = calculateFlexible(calculator, { entry, tier });
                return (
                  <tr key={t.name}>
                    <td>{t.name}</td>
                    <td>{plain(t.base)}</td>
                    <td>{r.ok ? plain(r.monthly) : r.message}</td>
                    <td>{r.ok ? plain(r.yearly) : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {meta(e)}
        </div>
      ));
  }
}

function Inputs({ calculator, id, fields }: { calculator: AnyCalculator; id: string; fields: Fields }) {
  const regions = calculator.entries.map((e, i) => ({ value: String(i), label: regionLabel(e) }));
  const region = <Choice id={id} name="entry" label="地区" value={fields.entry ?? '0'} options={regions} />;
  switch (calculator.kind) {
    case 'maternity':
      return (
        <>
          <Amount id={id} name="wage" label="单位上年度职工月平均工资（元）" hint="用人单位上年度职工月平均工资，不是本人工资" value={fields.wage ?? ''} />
          {region}
          <Choice id={id} name="situation" label="生育情况" value={fields.situation ?? 'birth'} options={BIRTH_SITUATIONS} />
          <Choice id={id} name="babies" label="胎数" value={fields.babies ?? '1'} options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: n === 1 ? '单胎' : `${n} 胞胎` }))} />
        </>
      );
    case 'hospital':
      return (
        <>
          <Amount id={id} name="total" label="住院总费用（元）" value={fields.total ?? ''} />
          <Amount id={id} name="selfPaid" label="自费和先行自付部分（元）" hint="目录外的全自费项目和乙类先行自付，费用清单上有；不清楚就填 0" value={fields.selfPaid ?? ''} />
          <Choice id={id} name="hospitalLevel" label="医院级别" value={fields.hospitalLevel ?? '三级'} options={HOSPITAL_LEVELS.map((l) => ({ value: l, label: `${l}医院` }))} />
          <Choice id={id} name="status" label="人员类别" value={fields.status ?? '在职'} options={STATUSES.map((s) => ({ value: s, label: s }))} />
          {region}
        </>
      );
    case 'flexible': {
      const entry = calculator.entries[Number(fields.entry)] ?? calculator.entries[0];
      return (
        <>
          {region}
          <Choice id={id} name="tier" label="缴费档次" value={fields.tier ?? '0'} options={tierChoices(entry?.tiers ?? [])} />
        </>
      );
    }
  }
}

/**
 * One calculator as server markup that works without script: the formula, the inputs filled with a worked example
 * and that example's result and working, a notice on the chosen rates, and the rates table with sources. The island
 * lib/islands/calculator.ts recalculates as the reader types, with the same functions (lib/calculators/).
 */
export function Calculator({ calculator, entry }: Props) {
  const id = `calc-${calculator.kind}`;
  const fields = startingFields(calculator, entry);
  const result = calculate(calculator, fields);
  const chosen = calculator.entries[entry];
  const notice = chosen ? entryNotice(chosen) : '';
  const estimate = calculator.kind === 'hospital';
  return (
    <section id={calculator.kind} aria-labelledby={`${id}-title`} className="calculator" data-island="calculator" data-island-src={lazyIsland('calculator')} data-rates={JSON.stringify(calculator)}>
      <h2 id={`${id}-title`} className="text-xl font-bold">
        {calculator.title}
        {/* The title already says 估算 to a screen reader; the badge says it to the eye. */}
        {estimate ? (
          <span aria-hidden="true" className="calc-badge">
            估算
          </span>
        ) : null}
      </h2>
      <p className="mt-2">
        <span className="font-bold">公式：</span>
        {FORMULA[calculator.kind]}
      </p>
      <div role="group" aria-label={`${calculator.title}：填写`} className="calc-fields">
        <Inputs calculator={calculator} id={id} fields={fields} />
      </div>
      <div className="calc-result">
        <p className="text-[0.9375rem] text-muted" data-calc-caption>
          算例（按上面已填的数字）：
        </p>
        <p role="status" aria-live="polite" aria-atomic="true" className="calc-summary" data-calc-summary>
          {result.ok ? result.summary : result.message}
        </p>
        <ol className="calc-lines" aria-label="计算过程" data-calc-lines>
          {result.ok ? result.lines.map((line) => toReact(workingLine(line), line.text)) : null}
        </ol>
        <p role="note" className="calc-notice" data-calc-notice hidden={notice === ''}>
          {notice}
        </p>
        {estimate ? <p className="mt-2 text-[0.9375rem] text-muted">估算只按起付线和一个报销比例计算；目录外项目、分段比例、年内再次住院的起付线各地不同，以医院结算单为准。</p> : null}
        <noscript>
          <p className="mt-2 text-[0.9375rem]">页面脚本没有运行，改了数字不会重算：请按上面的公式和下面的费率表自己计算。</p>
        </noscript>
      </div>
      <details className="calc-rates">
        <summary>费率表和依据（{calculator.entries.length} 个地区）</summary>
        <RatesTable calculator={calculator} />
      </details>
    </section>
  );
}
