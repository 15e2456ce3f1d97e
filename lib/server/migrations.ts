/**
 * The feedback tables, as numbered steps. A step once shipped never changes: a new column or a new reason is a
 * new step at the end. `openFeedbackStore` applies the missing ones and records each in `feedback_migrations`.
 * The checks repeat the contract's limits and reasons (lib/core/feedback.ts) as literals on purpose, so the
 * database refuses what the server should never have let through; tests/unit/server keeps the two in step.
 */
export type Migration = { version: number; name: string; statements: string[] };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'feedback table',
    statements: [
      `create table feedback (
        id integer generated always as identity primary key,
        page text not null check (char_length(page) <= 300),
        helpful boolean not null,
        reason text check (reason in ('outdated', 'wrong', 'not-answered', 'unclear')),
        note text check (char_length(note) <= 500),
        received_at timestamptz not null
      )`,
      'create index feedback_page_received on feedback (page, received_at desc)',
      'create index feedback_received on feedback (received_at desc)',
    ],
  },
];
