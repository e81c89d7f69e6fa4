// npm run privacy-page: docs/store/privacy.md (the privacy statement the store
// listings point to) as public/privacy.html, a page of the extension itself,
// so the statement needs no website and ships with the code it describes.
// The markdown is kept simple: "# ", "## ", "- " items, paragraphs, **bold**.
// test/store-listing.test.ts checks the committed page is this script's output.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
export const PRIVACY_MD = join(ROOT, 'docs/store/privacy.md');
export const PRIVACY_HTML = join(ROOT, 'public/privacy.html');

const escape = (t: string) => t.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
const inline = (t: string) => escape(t).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');

export function privacyHtml(md: string): string {
  const out: string[] = [];
  let list = false;
  for (const line of md.split('\n')) {
    if (line.startsWith('- ')) {
      if (!list) out.push('<ul>');
      list = true;
      out.push(`  <li>${inline(line.slice(2))}</li>`);
      continue;
    }
    if (list) out.push('</ul>');
    list = false;
    if (!line.trim()) continue;
    const h = /^(#{1,2}) (.*)$/.exec(line);
    out.push(h ? `<h${h[1]!.length}>${inline(h[2]!)}</h${h[1]!.length}>` : `<p>${inline(line)}</p>`);
  }
  if (list) out.push('</ul>');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>CM/ECF Link Guide: privacy statement</title>
    <!-- Generated from docs/store/privacy.md by npm run privacy-page: edit that file. -->
    <link rel="icon" href="icon/32.png" />
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; max-width: 44em; margin: 2em auto; padding: 0 1em; color: #1b1b1b; }
      h1 { color: #1a4480; font-size: 1.6em; }
      h2 { color: #1a4480; font-size: 1.2em; margin-top: 1.5em; }
      @media (prefers-color-scheme: dark) { body { background: #1b1b1b; color: #f0f0f0; } h1, h2 { color: #9fc3f7; } }
    </style>
  </head>
  <body>
    <main>
${out.map((l) => `      ${l}`).join('\n')}
    </main>
  </body>
</html>
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(PRIVACY_HTML, privacyHtml(readFileSync(PRIVACY_MD, 'utf8')));
  console.log('public/privacy.html');
}
