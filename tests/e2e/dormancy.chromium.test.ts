// Dormant frames in Chromium: the tests of dormancy.ts.
import { dormancyTests } from './dormancy';
import { useChromium, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const chromium = useChromium();

dormancyTests(
  server,
  (url) => chromium.open(url),
  () => chromium.errors,
);
