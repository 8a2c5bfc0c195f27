// The possible-red-flag marker: the screen could not settle a flag and a clinician must confirm or
// clear it. An outlined icon and the words "Possible red flag", so it never depends on its amber colour.
export function PossibleRedFlagMarker() {
  return (
    <span className="red-flag-possible">
      <svg className="red-flag-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M8 1.8 14.3 13.3H1.7z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
        <path d="M8 6v3.6M8 11.3v.6" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      Possible red flag
    </span>
  );
}
