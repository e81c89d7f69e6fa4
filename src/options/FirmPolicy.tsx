// The options page's "Firm policy" section: which keys the firm's IT set, and
// every part of the policy that was ignored with its reason (issue 5).
import type { Effective } from '../policy/effective';

export function FirmPolicy({ effective }: { effective: Effective }) {
  return (
    <section aria-labelledby="policy-h" class="policy">
      <h2 id="policy-h">Firm policy</h2>
      {effective.policyKeys.length === 0 && effective.ignored.length === 0 ? (
        <p>No firm policy is set for this extension on this computer.</p>
      ) : (
        <p>
          Your firm’s IT set{' '}
          {effective.policyKeys.length === 0 ? (
            'nothing that could be applied.'
          ) : (
            <>
              {effective.policyKeys.map((k, i) => (
                <span key={k}>
                  {i > 0 ? ', ' : ''}
                  <code>{k}</code>
                </span>
              ))}
              .
            </>
          )}
        </p>
      )}
      {effective.ignored.length > 0 && (
        <div class="ignored-list">
          <h3 id="ignored-h">Ignored parts of the policy</h3>
          <p>These were not applied; everything else was. Tell your firm’s IT:</p>
          <ul aria-labelledby="ignored-h">
            {effective.ignored.map((i, n) => (
              <li key={n} data-key={i.key}>
                {i.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
