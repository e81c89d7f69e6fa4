// What the court's profile says besides the steps: what to have at hand
// before starting, whom to ask, where to read, and the court's own notes
// (go-live dates, one link per account).
import type { ComponentChildren } from 'preact';
import type { StatusReply } from '../messages';
import type { HelpContact } from '../policy/schema';
import { contactLinks } from './model';

/** Web links open in a tab of their own; mail and phone links go to the system's apps. */
function Out({ href, children }: { href: string; children: ComponentChildren }) {
  const web = href.startsWith('https:');
  return (
    <a href={href} {...(web ? { target: '_blank', rel: 'noreferrer' } : {})}>
      {children}
    </a>
  );
}

export function HaveReady({ ready }: { ready: string[] }) {
  return (
    <section>
      <h2 id="ready-h">Have ready</h2>
      {ready.length > 0 && (
        <ul class="ready">
          {ready.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <p class="privacy">
        <strong>Your passwords stay with you.</strong> This extension never asks for a password and never stores one.
        Type them only into the court’s or PACER’s own login pages.
      </p>
    </section>
  );
}

/** One contact's ways to reach it: mail, phone, web, each named for screen readers. */
function Ways({ contact }: { contact: StatusReply['contacts'][number] }) {
  return (
    <>
      {contactLinks(contact).map((l) => (
        <span class="how" key={l.href}>
          <span class="sr-only">{l.kind === 'email' ? 'Email: ' : l.kind === 'phone' ? 'Phone: ' : 'Website: '}</span>
          <Out href={l.href}>{l.text}</Out>
        </span>
      ))}
    </>
  );
}

/**
 * The firm's own help desk, from the firm's policy (helpContact): above the
 * court's contacts, headed as the firm's, so nobody calls the court about
 * their own computer.
 */
export function FirmHelp({ contact }: { contact: HelpContact }) {
  return (
    <section class="firm-help" aria-labelledby="firm-help-h">
      <h2 id="firm-help-h">Your firm’s help</h2>
      <ul class="contacts">
        <li>
          {contact.name && <span class="who">{contact.name}</span>}
          <Ways contact={{ label: contact.name ?? '', ...contact }} />
        </li>
      </ul>
    </section>
  );
}

export function Help({ status }: { status: StatusReply }) {
  const { contacts, links, notes } = status;
  if (!contacts.length && !links.length && !notes.length) return null;
  return (
    <section>
      <h2 id="help-h">Help</h2>
      {contacts.length > 0 && (
        <ul class="contacts">
          {contacts.map((c) => (
            <li key={c.label}>
              <span class="who">{c.label}</span>
              <Ways contact={c} />
            </li>
          ))}
        </ul>
      )}
      {links.length > 0 && (
        <ul class="links">
          {links.map((l) => (
            <li key={l.url}>
              <Out href={l.url}>{l.label}</Out>
            </li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <details class="notes">
          <summary>What the court says (dates, limits)</summary>
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
