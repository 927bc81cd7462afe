import { IngestForm } from '@/app/components/ingest/IngestForm';

export const metadata = { title: 'Add an article' };

export default function IngestPage() {
  return (
    <>
      <p className="eyebrow">Add an article</p>
      <h1>Find every figure in an article</h1>
      <p className="lede">
        Paste a link to an article, or its text. Tally finds each figure, who states it and as of when, and proposes the measure it belongs to. Confident matches are accepted at
        once (marked as not reviewed); the rest wait on <a href="/review">review</a>.
      </p>
      <IngestForm />
    </>
  );
}
