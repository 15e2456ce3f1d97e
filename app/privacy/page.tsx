import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { feedbackEndpoint, HOTLINE } from '@/lib/core/config';
import { FEEDBACK_LIMITS } from '@/lib/core/feedback';
import { FEEDBACK_QUEUE_DAYS } from '@/lib/offline/policy';
import { breadcrumbJsonLd, pageMetadata } from '@/lib/site/seo';
import { homePath, privacyPath } from '@/lib/core/urls';

const TITLE = '隐私说明';

export const metadata: Metadata = pageMetadata({
  title: TITLE,
  description: '「这个回答有帮助吗？」会保存什么、不保存什么、谁会看；长辈模式等设置只留在你自己的浏览器里。',
  path: privacyPath(),
});

const section = 'max-w-measure space-y-2';
const heading = 'text-xl font-bold';
const list = 'list-disc space-y-1 pl-5';

/**
 * What the site keeps about its readers, in plain words: the feedback form's fields (lib/core/feedback.ts, which
 * must change with this page) and what the islands keep in the reader's own browser (lib/islands, lib/offline).
 */
export default function PrivacyPage() {
  const crumbs = [
    { name: '首页', path: homePath() },
    { name: TITLE, path: privacyPath() },
  ];
  const feedback = feedbackEndpoint() !== null;
  return (
    <>
      <JsonLd data={[breadcrumbJsonLd(crumbs)]} />
      <Breadcrumbs crumbs={crumbs} />
      <div className="mt-2 space-y-8">
        <header className="max-w-measure">
          <h1 className="text-[1.75rem] leading-snug font-bold lg:text-[2rem]">{TITLE}</h1>
          <p className="mt-2">本站不用登录，不放广告，也不用第三方统计。下面说明本站会保存什么，以及哪些东西只留在你自己的手机或电脑上。</p>
        </header>

        <section aria-labelledby="privacy-feedback" className={section}>
          <h2 id="privacy-feedback" className={heading}>
            「这个回答有帮助吗？」
          </h2>
          {feedback ? (
            <>
              <p>每个回答下面都可以告诉我们它有没有帮助。你点了「提交」（或「有」「没有」）之后，本站只保存这几样：</p>
              <ul className={list}>
                <li>是哪一页的回答（页面地址，例如 /q/…/）；</li>
                <li>你选的「有」或「没有」；</li>
                <li>你选的原因（如果选了）；</li>
                <li>你写的补充说明（如果写了，最多 {FEEDBACK_LIMITS.noteChars} 字）；</li>
                <li>收到反馈的时间。</li>
              </ul>
              <p>
                本站<strong className="font-bold">不保存</strong>你的 IP 地址，不保存浏览器和手机型号等信息（User-Agent），也不用 Cookie，所以反馈和发反馈的人对不上号。
              </p>
              <p>
                <strong className="font-bold">补充说明里请不要写姓名、身份证号、电话号码</strong>，也不要写医保卡号、住址或病情细节等能认出你的内容。反馈不会有人回复；具体问题请向参保地医保部门咨询，或拨打 {HOTLINE} 医保服务热线。
              </p>
              <p>反馈只有本站编辑会看，用来改正过时或有误的内容，把回答写得更清楚。</p>
              <p>
                没有网络时提交的反馈，会先保存在这台设备的浏览器里，联网后自动发送，发出后就从浏览器里删掉；{FEEDBACK_QUEUE_DAYS} 天内一直没能发出的会被丢弃。
              </p>
            </>
          ) : (
            <p>本站目前没有开放反馈，不收集任何读者填写的内容。</p>
          )}
        </section>

        <section aria-labelledby="privacy-browser" className={section}>
          <h2 id="privacy-browser" className={heading}>
            只留在你浏览器里的东西
          </h2>
          <p>下面这些都保存在你自己的浏览器里，只在这台设备上起作用，不会发给本站：</p>
          <ul className={list}>
            <li>「长辈模式」的开关、字号和高对比度的选择（保存在浏览器的本地存储里，下次打开还是同样的设置）；</li>
            <li>打开过的页面的副本，让没有网络时也能阅读；页面最下方的「清除离线内容」可以把它们全部删掉；</li>
            <li>手机开了省流量时，浏览器会记下这一点，这样本站就不会预先下载页面。</li>
          </ul>
          <p>「朗读」用的是手机或电脑自带的语音功能，本站不保存任何朗读设置，朗读的内容也不会发给本站。</p>
        </section>
      </div>
    </>
  );
}
