'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="state" role="alert">
      <h1>Something went wrong</h1>
      <p>Tally could not load this page. Nothing you entered has been lost.</p>
      <button className="btn btn--primary" onClick={() => reset()}>
        Try again
      </button>
    </div>
  );
}
