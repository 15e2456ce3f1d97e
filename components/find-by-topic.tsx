import { TopicCards } from '@/components/topic-cards';
import { catalog } from '@/lib/site/records';

/** 「按主题查找」: every topic, featured first — the way on from a page that could not give the reader what they asked for. */
export function FindByTopic({ id }: { id: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-bold">
        按主题查找
      </h2>
      <div className="mt-3">
        <TopicCards topics={catalog().topicsFeaturedFirst()} headingLevel={3} />
      </div>
    </section>
  );
}
