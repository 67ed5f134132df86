import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/components/article/article-card";
import { latestArticles } from "@/lib/content/articles";
import { bioParagraphs, getAuthorProfile } from "@/lib/content/authors";

// An author's page: who they are and their latest published articles. Same for every reader.

const LATEST = 20;

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await getAuthorProfile((await params).slug);
  if (!author) return {};
  return { title: author.name, description: bioParagraphs(author.bio)[0], alternates: { canonical: `/authors/${author.slug}` } };
}

export default async function AuthorPage({ params }: Props) {
  const author = await getAuthorProfile((await params).slug);
  if (!author) notFound();
  const items = await latestArticles(LATEST, { authorSlug: author.slug });
  return (
    <div className="mx-auto max-w-2xl">
      <header className="flex flex-wrap items-center gap-4">
        {author.photoUrl && (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={author.photoUrl} alt={author.name} width={96} height={96} className="h-24 w-24 rounded-full object-cover" />
        )}
        <div>
          <h1 className="font-serif text-3xl font-bold">{author.name}</h1>
          {author.location && <p className="text-muted">{author.location}</p>}
        </div>
      </header>
      <div className="mt-6 space-y-3 font-serif text-lg">
        {bioParagraphs(author.bio).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      <section aria-labelledby="articles-heading" className="mt-10">
        <h2 id="articles-heading" className="font-serif text-2xl font-bold">
          Latest articles
        </h2>
        {items.map((article) => (
          <ArticleCard key={article.id} article={article} />
        ))}
        {items.length === 0 && <p className="mt-4">No articles yet.</p>}
      </section>
    </div>
  );
}
