import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: '医保问答', template: '%s · 医保问答' },
  description: '医保、社保常见问题的清楚解答：家庭共济、异地就医备案、灵活就业参保缴费、生育津贴。',
  manifest: '/manifest.webmanifest',
  icons: { icon: '/favicon.svg' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f5f4f' };

type Props = { children: ReactNode };

export default function RootLayout({ children }: Props) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
