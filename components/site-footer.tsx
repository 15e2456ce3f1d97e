import { OfflineControls } from '@/components/offline-controls';
import { HOTLINE, SITE_NAME } from '@/lib/core/config';
import { glossaryPath, homePath, privacyPath, regionsPath, searchPath, topicsPath } from '@/lib/core/urls';

/** The footer's id: the layout's first paint waits for it to be parsed (app/layout.tsx). */
export const FOOTER_ID = 'site-footer';

/** Where the content comes from and what it cannot replace, on every page. */
export function SiteFooter() {
  return (
    <footer id={FOOTER_ID} className="mt-16 border-t border-line bg-sunken">
      <div className="mx-auto max-w-6xl space-y-4 px-4 py-8 text-[0.9375rem] text-muted">
        <p>
          内容来源：{SITE_NAME}的问答整理自公开的健康新闻问答内容，每页注明原始来源和日期（原文未注明的不标）。
        </p>
        <p>
          免责声明：本站内容仅供参考，不能代替面诊，也不是医保经办机构的正式答复。医保政策因地区而异、逐年调整，办理前请以当地医保部门或
          {HOTLINE} 医保服务热线的答复为准。
        </p>
        <nav aria-label="页脚" className="print-hidden">
          <ul className="flex flex-wrap gap-x-2">
            {[
              { href: homePath(), label: '首页' },
              { href: topicsPath(), label: '全部主题' },
              { href: regionsPath(), label: '按地区' },
              { href: glossaryPath(), label: '医保名词解释' },
              { href: searchPath(), label: '搜索' },
              { href: privacyPath(), label: '隐私说明' },
            ].map((item) => (
              <li key={item.href}>
                <a href={item.href} className="inline-flex min-h-11 items-center px-2 text-accent underline underline-offset-4">
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <OfflineControls />
      </div>
    </footer>
  );
}
