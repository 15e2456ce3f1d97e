import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * The layers, lowest first (docs/architecture.md): lib/core → lib/calculators (pure, browser-safe) and lib/lexicon → lib/content (build) → lib/search
 * (the index build and the browser's engine) → lib/markup (markup both render and browser show, as plain trees) → lib/site, app/,
 * components/ (render) → lib/islands (browser).
 * lib/offline (the service worker's rules), lib/export (finishing the export) and lib/dev sit beside them.
 * lib/server (the static server, the feedback store and API) is a tool: it imports only lib/core, and
 * nothing below the tools — nor a page, component or island — imports it. lib/eval (what the benches and tests
 * measure the site with) is a tool too, and no page imports it.
 * A layer imports only layers below it. scripts/ and tests/ sit on top: they import lib/, and nothing imports
 * them (a script may import another script). Paths are resolved, so `@/lib/core/urls` and `../core/urls` are
 * the same import.
 */
const UPPER = {
  render: ['./lib/site', './app', './components'],
  browser: ['./lib/islands'],
  tools: ['./lib/export', './lib/dev', './lib/server', './lib/eval'],
};
const ALL_BUT_CORE = ['./lib/calculators', './lib/lexicon', './lib/content', './lib/search', './lib/offline', './lib/markup', ...UPPER.render, ...UPPER.browser, ...UPPER.tools];

const layers = {
  name: 'layers',
  files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
  rules: {
    'import/no-restricted-paths': [
      'error',
      {
        zones: [
          { target: './lib/core', from: ALL_BUT_CORE, message: 'lib/core is the kernel: it imports no other lib/ folder.' },
          {
            target: './lib/calculators',
            from: ALL_BUT_CORE.filter((p) => p !== './lib/calculators'),
            message: 'lib/calculators is pure and runs in the browser too: it imports only lib/core.',
          },
          { target: './lib/lexicon', from: './lib/content', message: 'lib/lexicon sits below lib/content: move the shared piece into lib/core or lib/lexicon.' },
          {
            target: ['./lib/content', './lib/lexicon'],
            from: ['./lib/search', './lib/offline', ...UPPER.render, ...UPPER.browser, ...UPPER.tools],
            message: 'The content step runs first: it imports only lib/core and lib/lexicon.',
          },
          {
            target: './lib/search',
            from: ['./lib/offline', ...UPPER.render, ...UPPER.browser, ...UPPER.tools],
            message: 'lib/search imports only lib/core, lib/lexicon and lib/content: move the shared piece down.',
          },
          {
            target: ['./lib/search/engine', ...UPPER.browser],
            from: './lib/search/index',
            message: 'The index build runs at build time: the search worker and the islands never import it.',
          },
          {
            target: './lib/offline',
            from: [...UPPER.render, ...UPPER.browser, ...UPPER.tools],
            message: 'lib/offline (the service worker) imports only lower layers: move the shared piece into lib/core.',
          },
          { target: './lib/export', from: [...UPPER.render, ...UPPER.browser, './lib/dev', './lib/eval'], message: 'The finishing step imports no renderer or island: move the shared piece into lib/core.' },
          {
            target: './lib/markup',
            from: ['./lib/offline', ...UPPER.render, ...UPPER.browser, ...UPPER.tools],
            message: 'lib/markup is plain trees the pages and the islands both render: it imports no page, component or island.',
          },
          { target: './lib/site', from: [...UPPER.browser, './app', './components', ...UPPER.tools], message: 'lib/site renders: it imports no island, route or component.' },
          { target: './lib/islands', from: ['./app', './components', ...UPPER.tools], message: 'Islands run in the browser: they import no route, component or build tool.' },
          {
            target: './lib/server',
            from: ALL_BUT_CORE.filter((p) => p !== './lib/server'),
            message: 'lib/server (the static server, the feedback store and API) imports only lib/core: move the shared piece there.',
          },
          { target: ['./app', './components'], from: './lib/server', message: 'Pages are static: the feedback server is reached over HTTP (FEEDBACK_API_PATH), never imported.' },
          {
            target: ['./app', './components', './lib/dev'],
            from: './lib/eval',
            message: 'lib/eval measures the site for the benches and tests: it reads tests/fixtures and is left out of project copies (lib/dev/project-copy.ts), so a page that imports it would not build there.',
          },
          {
            target: ['./app', './components'],
            from: './lib/islands',
            except: ['./start.ts'],
            message: 'Pages declare islands in markup (data-island); only the dev loader starts them from React (lib/islands/start.ts).',
          },
          {
            target: ['./lib', './app', './components', './scripts', './*.ts', './*.mjs'],
            from: './tests',
            message:
              'Nothing imports tests/: the tests depend on the code, never the reverse, and tests/ is left out of project copies (lib/dev/project-copy.ts). Move what is shared into lib/ (lib/eval for what benches and tests share).',
          },
          {
            target: ['./lib', './app', './components', './tests', './*.ts', './*.mjs'],
            from: './scripts',
            message:
              'scripts/ holds command-line entry points only: importing one may run its command. Import the library it calls from lib/ (the server lib/server/static-server.ts, the content step lib/content/run.ts, evaluation lib/eval/, dev tools lib/dev/).',
          },
        ],
      },
    ],
  },
};

/** Neither renderer's library: components/markup.ts turns the trees into React, lib/islands/dom.ts into DOM. */
const markupIsPlain = {
  name: 'markup-is-plain',
  files: ['lib/markup/**'],
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'lib/markup renders nothing itself: the islands have no React.' }] }] },
};

const config = [
  ...nextVitals,
  ...nextTs,
  layers,
  markupIsPlain,
  { ignores: ['.next/**', 'out/**', 'out.*/**', 'generated/**', 'public/search/**', 'public/islands/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];

export default config;
