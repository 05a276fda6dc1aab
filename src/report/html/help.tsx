/**
 * Help entries ("waar kunt u terecht"): contact, e-mail and web address from the monitor
 * team's settings. Only http(s) addresses become links and only plain addresses become
 * mailto links, so a bad setting can never inject a `javascript:` link.
 */
import type { HelpEntry } from '../model.ts';

const SAFE_URL = /^https?:\/\/[^\s<>"']+$/i;
const PLAIN_EMAIL = /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[a-z]{2,}$/i;

export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url);
}

function Email(props: { email: string }) {
  const { email } = props;
  return PLAIN_EMAIL.test(email) ? <a href={`mailto:${email}`}>{email}</a> : <span>{email}</span>;
}

function Url(props: { url: string }) {
  const { url } = props;
  return isSafeUrl(url) ? <a href={url}>{url}</a> : <span>{url}</span>;
}

function HelpItem(props: { entry: HelpEntry }) {
  const { topic, contact, email, url } = props.entry;
  return (
    <li>
      <span class="label">{topic}</span>
      {contact ? `: ${contact}` : ''}
      {email ? (
        <>
          {contact ? ', ' : ': '}
          <Email email={email} />
        </>
      ) : null}
      {url ? (
        <>
          {contact || email ? '; meer informatie: ' : ': '}
          <Url url={url} />
        </>
      ) : null}
    </li>
  );
}

export function HelpList(props: { entries: HelpEntry[]; title?: string }) {
  const { entries, title = 'Meer weten of hulp nodig?' } = props;
  if (entries.length === 0) return null;
  return (
    <div class="help">
      <p class="label">{title}</p>
      <ul>
        {entries.map((entry) => (
          <HelpItem entry={entry} />
        ))}
      </ul>
    </div>
  );
}
