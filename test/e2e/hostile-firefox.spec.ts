import { hostileSuite, hostileTestBuildSuite } from './support/hostile-suite';

hostileSuite('firefox');
hostileTestBuildSuite('firefox');
