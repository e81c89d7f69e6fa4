// What the court's profile says besides the steps: what to have at hand
// before starting, whom to ask, where to read, and the court's own notes
// (go-live dates, one link per account).
import type { ComponentChildren } from 'preact';
import type { StatusReply } from '../messages';
import type { HelpContact } from '../policy/schema';
import type { SourcedText, TextSource } from '../profiles/source';
import { contactLinks, sourceTag } from './model';

/**
 * Whose words these are, beside the text: "Court’s guide, step 3" (the
 * court's own words, quoted) or "General advice" (issue 12, item 4).
 */
export function Said({ source }: { source: TextSource | undefined }) {
  const tag = sourceTag(source);
  return (
    <span class={`said from-${tag.kind}`} title={tag.long}>
      <span class="sr-only">({tag.long})</span>
      <span aria-hidden="true">{tag.short}</span>
    </span>
  );
}

/** A text and its source tag; the court's own words in quotation marks. */
export function SaidText({ item }: { item: SourcedText }) {
  const court = item.source?.kind === 'court';
  return (
    <>
      <span class={court ? 'quote' : 'advice'}>{court ? `“${item.text}”` : item.text}</span> <Said source={item.source} />
    </>
  );
}

/** Web links open in a tab of their own; mail and phone links go to the system's apps. */
function Out({ href, children }: { href: string; children: ComponentChildren }) {
  const web = href.startsWith('https:');
  return (
    <a href={href} {...(web ? { target: '_blank', rel: 'noreferrer' } : {})}>
      {children}
    </a>
  );
}

export function HaveReady({ ready }: { ready: SourcedText[] }) {
  return (
    <section>
      <h2 id="ready-h">Have ready</h2>
      {ready.length > 0 && (
        <ul class="ready">
          {ready.map((r) => (
            <li key={r.text}>
              <SaidText item={r} />
            </li>
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

/**
 * What to try when the filing menus do not appear after linking: the
 * court's own list where its guide has one (ctb step 12), else general
 * advice. Open when that is where the attorney is.
 */
export function Troubleshooting({ status }: { status: StatusReply }) {
  const items = status.troubleshooting;
  if (!items.length) return null;
  const here = status.steps.some((s) => s.id === status.current && s.branch && /menus-missing/.test(s.id));
  return (
    <details class="notes trouble" open={here}>
      <summary>If the filing menus do not appear</summary>
      <ol>
        {items.map((t) => (
          <li key={t.text}>
            <SaidText item={t} />
          </li>
        ))}
      </ol>
    </details>
  );
}

export function Help({ status }: { status: StatusReply }) {
  const { contacts, links, notes } = status;
  if (!contacts.length && !links.length && !notes.length && !status.troubleshooting.length) return null;
  return (
    <section>
      <h2 id="help-h">Help</h2>
      {contacts.length > 0 && (
        <ul class="contacts">
          {contacts.map((c) => (
            <li key={c.label}>
              <span class="who">{c.label}</span>
              {c.about && (
                <span class="about">
                  <SaidText item={c.about} />
                </span>
              )}
              <Ways contact={c} />
            </li>
          ))}
        </ul>
      )}
      {links.length > 0 && (
        <ul class="links">
          {links.map((l) => (
            <li key={l.url}>
              <Out href={l.url}>{l.label}</Out> <Said source={l.source} />
            </li>
          ))}
        </ul>
      )}
      <Troubleshooting status={status} />
      {notes.length > 0 && (
        <details class="notes">
          <summary>Dates and limits</summary>
          <ul>
            {notes.map((n) => (
              <li key={n.text}>
                <SaidText item={n} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
