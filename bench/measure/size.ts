// contentScriptBytes / contentScriptGzipBytes: every file the built
// manifest (.output/chrome-mv3) injects into a court page (content_scripts
// js and css, any other file under content-scripts/), raw and zlib gzip
// level 9, file by file, summed. What is injected only when a page needs it
// (the overlay's code, when the guide has a step to show; the tester's
// capture; web-accessible resources) is counted apart, as on-demand bytes.
// What the bytes are made of: an esbuild rebuild of the same entry with a
// source map; each group's share of the gzip = gzip(bundle) − gzip(bundle
// without the group's bytes) (lib/size.ts).
import { contentScriptComposition, injectedFiles, ON_DEMAND, recognizerBundle } from '../lib/size';
import { budgeted, fmtBytes, info, type Section } from '../lib/report';
import { sum } from '../lib/stats';

export async function measureSize(): Promise<Section> {
  const injected = injectedFiles();
  /** On every page the script runs on; web-accessible resources are loaded only on demand. */
  const always = injected.filter((f) => f.how !== 'web_accessible_resources' && f.how !== ON_DEMAND);
  const onDemand = injected.filter((f) => f.how === 'web_accessible_resources' || f.how === ON_DEMAND);
  const composition = await contentScriptComposition();
  // The recogniser alone, as measure/load.ts evaluates it in the page: its size for the record.
  const recognizer = await recognizerBundle('__linkGuideRecognizerBundle');
  const metrics = {
    contentScriptBytes: sum(always.map((f) => f.bytes)),
    contentScriptGzipBytes: sum(always.map((f) => f.gzipBytes)),
    contentScriptOnDemandGzipBytes: sum(onDemand.map((f) => f.gzipBytes)),
    recognizerBundleBytes: recognizer.bytes,
    recognizerBundleGzipBytes: recognizer.gzipBytes,
  };
  const notes = [
    `Content script composition (esbuild rebuild: ${fmtBytes(composition.rebuiltBytes)}, gzip ${fmtBytes(composition.rebuiltGzipBytes)}):`,
    ...composition.groups
      .slice(0, 12)
      .map((g) => `  ${g.name.padEnd(42)} ${String(g.bytes).padStart(7)} B minified   ~${String(g.gzipShare).padStart(6)} B of the gzip`),
  ];
  return {
    metrics,
    rows: [
      info('contentScriptBytes (raw)', fmtBytes(metrics.contentScriptBytes)),
      budgeted('contentScriptGzipBytes', 'contentScriptGzipBytes', fmtBytes(metrics.contentScriptGzipBytes)),
      info('  injected on demand (overlay, capture)', fmtBytes(metrics.contentScriptOnDemandGzipBytes)),
    ],
    details: {
      injectedFiles: injected,
      composition: composition.groups.map((g) => ({ name: g.name, bytes: g.bytes, gzipShare: g.gzipShare, files: g.files })),
      compositionRebuiltBytes: composition.rebuiltBytes,
      compositionRebuiltGzipBytes: composition.rebuiltGzipBytes,
    },
    notes,
  };
}
