import { sessionSuite } from './support/session-suite';

sessionSuite('firefox');
