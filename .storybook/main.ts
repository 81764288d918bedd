import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  // The two real reports and the test fixtures are served at the same paths as in the repository.
  staticDirs: [
    { from: '../data', to: '/data' },
    { from: '../test/fixtures', to: '/test/fixtures' },
  ],
  core: { disableTelemetry: true },
  docs: {},
};
export default config;
