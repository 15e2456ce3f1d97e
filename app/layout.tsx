import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { DevContentWatcher } from '@/components/dev-content-watcher';
import { DevIslands } from '@/components/dev-islands';
import { FOOTER_ID, SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { LOCALE, OG_LOCALE, SITE_NAME, SITE_SCRIPT_ATTRIBUTE, SITE_TAGLINE, siteUrl } from '@/lib/core/config';
import { HEAD_SCRIPT } from '@/lib/site/head-script';
import { ENGINE_ATTRIBUTE } from '@/lib/search/preload';
import { islandsEngine, islandsEntry } from '@/lib/site/islands';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(`${siteUrl()}/`),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_TAGLINE,
  applicationName: SITE_NAME,
  // No manifest link here: lib/islands/service-worker.ts adds it once the offline worker is active.
  // A PNG, not an SVG: an SVG icon is a document of its own for the page's thread (scripts/make-icons.ts).
  icons: { icon: [{ url: '/icons/icon-48.png', sizes: '48x48', type: 'image/png' }] },
  openGraph: { siteName: SITE_NAME, locale: OG_LOCALE, type: 'website' },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#0f5f4f' },
    { media: '(prefers-color-scheme: dark)', color: '#121715' },
  ],
  colorScheme: 'light dark',
};

type Props = { children: ReactNode };

const dev = process.env.NODE_ENV === 'development';
const site = { [SITE_SCRIPT_ATTRIBUTE]: '' };

export default function RootLayout({ children }: Props) {
  return (
    // The inline script below adds the reader's 长辈模式 attributes before hydration (`npm run dev`), so they differ from the server's.
    <html lang={LOCALE} suppressHydrationWarning>
      <head>
        {/* Stops Baidu's mobile transcoder from rewriting the pages. */}
        <meta httpEquiv="Cache-Control" content="no-transform" />
        {/* Before the body is parsed: the first paint already has the reader's text size and colours, and `/` works. */}
        <script {...site} {...{ [ENGINE_ATTRIBUTE]: islandsEngine() }} dangerouslySetInnerHTML={{ __html: HEAD_SCRIPT }} />
        {/*
          No first paint of half a page: a busy phone's parser (or a slow network) can stop anywhere, and a paint of a
          button without its word or a list without its last item moves what follows once the rest arrives. The page
          is painted once the footer is parsed, i.e. with all of the header and main; the footer may come after.
        */}
        <link rel="expect" href={`#${FOOTER_ID}`} blocking="render" />
        {/* The islands (lib/islands/): a module, so it runs once the page is parsed and never blocks a paint. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred by definition */}
        {dev ? null : <script {...site} type="module" src={islandsEntry()} />}
      </head>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only rounded-md bg-accent px-4 py-3 text-on-accent focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10"
        >
          跳到正文
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 pt-4 pb-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
        {dev ? (
          <>
            <DevIslands />
            <DevContentWatcher eventsPort={process.env.NEXT_PUBLIC_DEV_EVENTS_PORT ?? '3001'} />
          </>
        ) : null}
      </body>
    </html>
  );
}
