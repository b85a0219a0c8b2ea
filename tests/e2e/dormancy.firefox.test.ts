// Dormant frames in Firefox: the tests of dormancy.ts.
import { dormancyTests } from './dormancy';
import { useFirefox, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const firefox = useFirefox();

dormancyTests(server, (url) => firefox.open(url));
