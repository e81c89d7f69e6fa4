import { hostileSuite, hostileTestBuildSuite } from './support/hostile-suite';

hostileSuite('chromium');
hostileTestBuildSuite('chromium');
