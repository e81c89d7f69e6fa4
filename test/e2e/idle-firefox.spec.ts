import { idleSuite } from './support/idle-suite';
