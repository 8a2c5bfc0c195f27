// The red-flag marker: an icon and the words "Red flag", so it never depends on colour.
export function RedFlagMarker() {
  return (
    <span className="red-flag">
      <svg className="red-flag-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M8 1 15 14H1z" fill="currentColor" />
        <path d="M8 6v4M8 11.5v1" stroke="#d5281b" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      Red flag
    </span>
  );
}
