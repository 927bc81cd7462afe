/** Loading states with the shape of what is coming, so the page does not jump when it arrives. */
export function DashboardSkeleton() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">Loading the figures…</p>
      <div className="skeleton" style={{ height: 44, width: '60%', marginBottom: 12 }} />
      <div className="skeleton" style={{ height: 20, width: '80%', marginBottom: 28 }} />
      <div className="summary">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="skeleton" style={{ height: 84 }} />
        ))}
      </div>
      <div className="grid">
        {[0, 1].map((i) => (
          <div key={i} className="skeleton" style={{ height: 320 }} />
        ))}
      </div>
    </div>
  );
}

export function PageSkeleton() {
  return (
    <div aria-busy="true">
      <p className="sr-only">Loading…</p>
      <div className="skeleton" style={{ height: 16, width: 200, marginBottom: 16 }} />
      <div className="skeleton" style={{ height: 40, width: '55%', marginBottom: 24 }} />
      <div className="skeleton" style={{ height: 360 }} />
    </div>
  );
}
