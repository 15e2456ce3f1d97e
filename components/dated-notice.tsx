import { HOTLINE } from '@/lib/core/config';
import { formatYear } from '@/lib/core/dates';

type Props = { year: number };

/** A calm flag near the top of an answer whose figures describe an earlier year's policy. */
export function DatedNotice({ year }: Props) {
  return (
    <p role="note" className="rounded-lg border border-notice-line bg-notice px-4 py-3 text-[0.9375rem] text-notice-ink">
      文中的数字描述的是 {formatYear(year)}的政策，之后可能已经调整。现行标准请以当地医保部门或 {HOTLINE} 医保服务热线公布的为准。
    </p>
  );
}
