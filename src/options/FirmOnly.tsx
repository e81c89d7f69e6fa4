// The options page's "Set by your firm only" section: the settings only a
// firm's policy can set (issue 5), shown with where each value came from.
import type { Effective } from '../policy/effective';
import { directoryName } from '../popup/model';
import { Source } from './Source';

export function FirmOnly({ effective }: { effective: Effective }) {
  const s = effective.settings;
  const contact = s.helpContact.value;
  return (
    <section aria-labelledby="firm-set-h">
      <h2 id="firm-set-h">Set by your firm only</h2>
      <dl class="firm-only">
        <div data-setting="helpContact">
          <dt>Your firm’s help, shown in the toolbar popup</dt>
          <dd>
            {contact ? [contact.name, contact.phone, contact.email, contact.url].filter(Boolean).join(' · ') : 'None'}
            <Source id="help-contact-about" setting={s.helpContact} />
          </dd>
        </div>
        <div data-setting="courts">
          <dt>Courts the popup offers</dt>
          <dd>
            {s.courts.value ? s.courts.value.map(directoryName).join('; ') : 'Every district and bankruptcy court'}
            <Source id="courts-about" setting={s.courts} />
          </dd>
        </div>
        <div data-setting="defaultCourt">
          <dt>Court chosen in the popup when the tab shows none</dt>
          <dd>
            {s.defaultCourt.value ? directoryName(s.defaultCourt.value) : 'None'}
            <Source id="default-court-about" setting={s.defaultCourt} />
          </dd>
        </div>
        <div data-setting="lockSettings">
          <dt>Settings locked</dt>
          <dd>
            {s.lockSettings.value
              ? 'Yes: what your firm set cannot be changed here.'
              : effective.policyKeys.length > 0
                ? 'No: what your firm set is its default; your own choices apply.'
                : 'No'}
            <Source id="lock-settings-about" setting={s.lockSettings} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
