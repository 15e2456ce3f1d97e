import type { Region } from '@/lib/content/schema';
import { HOTLINE } from '@/lib/core/config';
import { catalog } from '@/lib/site/records';
import { regionPath } from '@/lib/core/urls';

type Props = { regions: readonly Region[] };

/** The disclaimer beside every answer: not medical advice, and local rules have the final word. */
export function MedicalNotice({ regions }: Props) {
  return (
    <aside aria-labelledby="notice-heading" className="rounded-lg border border-line bg-sunken p-4 text-[0.9375rem] [grid-area:note] lg:self-start">
      <h2 id="notice-heading" className="text-base font-bold">
        请注意
      </h2>
      <ul className="mt-2 list-disc space-y-2 pl-5">
        <li>本内容不能代替面诊，如有不适请尽快就医。</li>
        <li>
          医保政策因地区而异，并会逐年调整。
          {regions.length > 0 ? (
            <>
              本文涉及
              {regions.map((region, index) => (
                <span key={region.slug}>
                  {index > 0 ? '、' : ''}
                  <a href={regionPath(region.slug)} className="text-accent underline underline-offset-4">
                    {catalog().regionLabel(region)}
                  </a>
                </span>
              ))}
              的规定，其他地区可能不同。
            </>
          ) : null}
        </li>
        <li>
          办理前请向参保地医保部门咨询，或拨打 <strong className="font-bold">{HOTLINE}</strong> 医保服务热线，以其答复为准。
        </li>
      </ul>
    </aside>
  );
}
