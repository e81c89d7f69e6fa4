// Warnings raised on the court page in the tab, above everything else: a
// shared firm account linked by mistake cannot be unlinked (seeds 001-004).
// The same sentences as on the page, each with its source.
import type { Flag } from '../messages';
import { SaidText } from './Info';
import { flagTexts, SERIOUS_FLAGS } from './model';

export function Flags({ flags, court }: { flags: readonly Flag[]; court: string | null }) {
  const texts = flagTexts(flags, court);
  if (!texts.length) return null;
  const serious = texts.some((t) => SERIOUS_FLAGS.has(t.flag));
  return (
    <div class={`flags ${serious ? 'serious' : 'hint'}`} role="alert">
      <p class="where">About the page in this tab:</p>
      {texts.map((t) => (
        <div key={t.flag} data-flag={t.flag} class="flag">
          {t.words.map((w, i) => (
            <p key={i}>
              {i === 0 && <strong>{SERIOUS_FLAGS.has(t.flag) ? 'Stop: ' : 'Check: '}</strong>}
              <SaidText item={w} />
            </p>
          ))}
        </div>
      ))}
    </div>
  );
}
