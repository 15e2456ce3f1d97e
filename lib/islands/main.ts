// The one script a page loads (scripts/build-islands.ts bundles it): a module, so it runs once the HTML is parsed.
import { startIslands } from './start';

void startIslands();
