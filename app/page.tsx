import Link from 'next/link';
import { allArticles } from '@/lib/site/records';

export default function HomePage() {
  const articles = allArticles();
  return (
    <main className="mx-auto max-w-2xl p-4">
      <h1 className="text-2xl font-bold">医保问答</h1>
      <ul>
        {articles.map((a) => (
          <li key={a.slug}>
            <Link href={`/q/${a.slug}/`}>{a.question}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
