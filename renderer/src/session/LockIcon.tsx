/** A padlock drawn inline: emoji fonts are missing on many Linux field laptops. */
export function LockIcon(): React.JSX.Element {
  return (
    <svg className="lock-icon" viewBox="0 0 16 16" width="18" height="18" aria-hidden="true">
      <path
        d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
      <circle cx="8" cy="11" r="1.2" fill="white" />
    </svg>
  );
}
