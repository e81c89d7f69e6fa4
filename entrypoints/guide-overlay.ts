// Injected by the background (scripting.executeScript) into a court page
// when the guide has a step to show there; see src/overlay/global.ts.
import { mountOverlay } from '../src/overlay/mount';
import { provideOverlay } from '../src/overlay/global';
import { flagWarnings } from '../src/guide/flag-words';

export default defineUnlistedScript(() => {
  provideOverlay({ mountOverlay, flagWarnings });
});
