import { recognitionSuite } from './support/recognition-suite';

recognitionSuite('firefox');
