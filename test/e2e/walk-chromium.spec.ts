import { walkSuite } from './support/walk-suite';

walkSuite('chromium');
