// Warnings raised on the court page in the tab, above everything else: a
// shared firm account linked by mistake cannot be unlinked (seeds 001-004).
import type { Flag } from '../messages';
import { flagTexts } from './model';

export function Flags({ flags }: { flags: readonly Flag[] }) {
  const texts = flagTexts(flags);
  if (!texts.length) return null;
  const serious = texts.some((t) => t.flag === 'shared-firm-account' || t.flag === 'name-mismatch');
  return (
    <div class={`flags ${serious ? 'serious' : 'hint'}`} role="alert">
      <p class="where">About the page in this tab:</p>
      {texts.map((t) => (
        <p key={t.flag} data-flag={t.flag}>
          <strong>{t.flag === 'shared-firm-account' || t.flag === 'name-mismatch' ? 'Stop: ' : 'Check: '}</strong>
          {t.text}
        </p>
      ))}
    </div>
  );
}
