import { sameWordsInAnotherShape } from './metamorphic.js';

sameWordsInAnotherShape(2);
