import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHROME_BUILD, launchChromium } from './support/harness';
import { DEV_EXTENSION_ID } from './support/extension-id';
import { policySuite } from './support/policy-suite';

test('the development key gives the unpacked build the id the policy is addressed to', async () => {
  expect(JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')).key).toBeTruthy();
  const h = await launchChromium();
  try {
    const handles = h.handles();
    expect(handles.name === 'chromium' && handles.extensionId).toBe(DEV_EXTENSION_ID);
  } finally {
    await h.close();
  }
});

policySuite('chromium');
