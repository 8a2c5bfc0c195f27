// Managers and admins: their dashboards come later; until then a page that shows no patient data.
export function DashboardPlaceholder() {
  return (
    <main id="main" className="placeholder-page" tabIndex={-1}>
      <h1>Your dashboard</h1>
      <p>Your dashboard arrives in a later release.</p>
      <p className="hint">Throughput, redirection and SLA figures by practice, team and day will appear here. It never shows patient details.</p>
    </main>
  );
}
