import { hardeningSuite } from './support/hardening-suite';

hardeningSuite('chromium');
