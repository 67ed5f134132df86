// About as much text and markup as one of the product's article pages: a headline, a standfirst,
// a byline and ten paragraphs of about ninety words.
const SENTENCE = "The reference paragraph repeats plain prose so that the page weighs what an article weighs, no more and no less. ";

export function ReferenceArticle({ kind }) {
  return (
    <article>
      <p>Reference section</p>
      <h1>A reference headline of ordinary length for the {kind} page</h1>
      <p>A standfirst of one sentence, as long as the product&apos;s usually are, to match the page&apos;s weight.</p>
      <p>
        By A. Writer in Nairobi · <time dateTime="2026-11-01T08:00:00.000Z">1 November 2026</time>
      </p>
      {Array.from({ length: 10 }, (_, i) => (
        <p key={i}>{SENTENCE.repeat(5)}</p>
      ))}
    </article>
  );
}
