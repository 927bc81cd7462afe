import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="state" role="alert">
      <p className="eyebrow">404</p>
      <h1>Nothing here</h1>
      <p>There is no page, measure or source at this address. It may have been mistyped, or the figure may not be in Tally yet.</p>
      <p>
        <Link href="/">Back to the dashboard</Link> · <Link href="/sources">All sources</Link> · <Link href="/measures">All measures</Link>
      </p>
    </div>
  );
}
