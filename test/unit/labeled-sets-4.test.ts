import { labeledSets } from './labeled-sets.js';

labeledSets(4);
