/** The two national pages link to each other; the current one is marked for screen readers. */

const PAGES = [
  { href: '/team/landelijk', label: 'Beoordelingen door de tijd' },
  { href: '/team/landelijk/kaart', label: 'Kaart per thema' },
];

export function NationalNav(props: { current: string }) {
  return (
    <nav aria-label="Landelijk overzicht" class="national-nav">
      <ul>
        {PAGES.map((page) => (
          <li>
            <a href={page.href} aria-current={page.href === props.current ? 'page' : undefined}>
              {page.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The national pages' own stylesheet, linked in the body like the team stylesheet. */
export function NationalStyles() {
  return <link rel="stylesheet" href="/static/national.css" />;
}
