import { policySuite } from './support/policy-suite';

policySuite('firefox');
