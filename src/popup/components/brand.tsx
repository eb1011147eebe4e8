/** The top bar: the product's name and the page's host, as the popup's banner landmark. */
export function Brand({ host }: { host: string | null }) {
  return (
    <header class="brand">
      <svg class="brand-mark" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M1.5 6.5h9M3.5 9.5h11M1.5 12.5h7" />
        <circle cx="12.5" cy="5" r="2.2" />
      </svg>
      <span class="brand-name">Fogwatch</span>
      {host && <span class="brand-host">{host}</span>}
    </header>
  );
}
