// The main steps in order: reached ones ticked, the current one marked for
// the eye and for screen readers (aria-current="step"), a detour (a branch
// step) shown under its number only while it is the current one.
import type { StatusReply } from '../messages';
import { checklist, type ChecklistItem } from './model';

function Marker({ item }: { item: ChecklistItem }) {
  // The circle is decoration; the words before the title say the same.
  return (
    <span class={`marker ${item.mark}`} aria-hidden="true">
      {item.mark === 'done' ? '✓' : item.mark === 'skipped' || (item.mark === 'optional' && item.passed) ? '–' : item.number}
    </span>
  );
}

const SAID: Record<ChecklistItem['mark'], string> = {
  done: 'done',
  current: 'you are here',
  optional: 'may not appear',
  skipped: 'skipped',
  todo: 'to do',
};

export function Checklist({ status }: { status: StatusReply }) {
  const items = checklist(status);
  if (!items.length) return null;
  return (
    <section>
      <h2 id="steps-h">The steps</h2>
      <p class="small">Step names are this guide’s summaries; on each page it quotes the court where its guide says it.</p>
      <ol class="checklist" aria-labelledby="steps-h">
        {items.map((item) => (
          <li key={item.id} class={item.mark} aria-current={item.mark === 'current' ? 'step' : undefined}>
            <Marker item={item} />
            <span class="title">
              <span class="sr-only">
                Step {item.number}, {item.mark === 'optional' && item.passed ? 'did not appear, which is fine' : SAID[item.mark]}:{' '}
              </span>
              {item.title}
              {item.mark === 'current' && (
                <span class="here" aria-hidden="true">
                  You are here
                </span>
              )}
              {item.mark === 'skipped' && (
                <span class="tag" aria-hidden="true">
                  Skipped
                </span>
              )}
              {item.mark === 'optional' && (
                <span class="tag optional" aria-hidden="true">
                  {item.passed ? 'Did not appear: fine' : 'May not appear'}
                </span>
              )}
            </span>
            {item.branch && (
              <ul class="branch">
                <li class="current" aria-current="step">
                  <span class="sr-only">Now, you are here: </span>
                  <span class="here" aria-hidden="true">
                    You are here
                  </span>
                  {item.branch.title}
                </li>
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
